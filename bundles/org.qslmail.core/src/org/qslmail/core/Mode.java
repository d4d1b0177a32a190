package org.qslmail.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.qslmail.core.internal.Messages;

/**
 * A mode as ADIF writes it: a MODE with an optional SUBMODE ({@code MFSK}/{@code FT4}, {@code SSB}/{@code USB},
 * {@code FT8}). Text that is no ADIF mode (HAMLOG's {@code A1}, {@code A3J}, …) is kept as it is, upper-cased;
 * its {@link #group()} is then unknown. User aliases ({@code CW=A1}) are applied by {@link ModeAliases}, not here.
 * <p>
 * The mode list is the current (non-deprecated) ADIF 3.1.6 list and the submodes are those named in ham-data.md
 * §2.5, including the import-only values (PSK31, JT65A, DSTAR, …) that ADIF re-exports as MODE + SUBMODE. Other
 * submodes are accepted as they come. Groups follow TQSL's {@code config.xml}: CW is CW; AM, FM, SSB and
 * DIGITALVOICE are PHONE; ATV, FAX and SSTV are IMAGE; every other ADIF mode is DATA.
 */
public final class Mode {

	/** Current ADIF 3.1.6 modes (ham-data.md §2.5). */
	private static final Set<String> ADIF_MODES = Set.of("AM", "ARDOP", "ATV", "CHIP", "CLO", "CONTESTI", "CW", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"DIGITALVOICE", "DOMINO", "DYNAMIC", "FAX", "FM", "FSK", "FSK441", "FT8", "HELL", "ISCAT", "JT4", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"JT44", "JT65", "JT6M", "JT9", "MFSK", "MSK144", "MT63", "MTONE", "OLIVIA", "OPERA", "PAC", "PAX", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"PKT", "PSK", "PSK2K", "Q15", "QRA64", "ROS", "RTTY", "RTTYM", "SSB", "SSTV", "T10", "THOR", "THRB", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			"TOR", "V4", "VOI", "WINMOR", "WSPR"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** Known submodes and the mode each belongs to (ham-data.md §2.5, import-only values included). */
	private static final Map<String, String> SUBMODE_PARENT = submodes();

	private static Map<String, String> submodes() {
		Map<String, String> map = new LinkedHashMap<>();
		put(map, "SSB", "USB", "LSB"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		put(map, "CW", "PCW"); //$NON-NLS-1$ //$NON-NLS-2$
		put(map, "MFSK", "FT4", "FST4", "FST4W", "JS8", "Q65", "JTMS", "MFSK16"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		put(map, "PSK", "PSK31", "PSK63", "QPSK31"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		put(map, "RTTY", "ASCI"); //$NON-NLS-1$ //$NON-NLS-2$
		put(map, "DIGITALVOICE", "C4FM", "DMR", "DSTAR", "FREEDV", "M17"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		put(map, "DYNAMIC", "VARA HF", "VARA SATELLITE", "VARA FM 1200", "VARA FM 9600"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		put(map, "JT65", "JT65A", "JT65B", "JT65B2", "JT65C", "JT65C2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		put(map, "HELL", "HELL80"); //$NON-NLS-1$ //$NON-NLS-2$
		put(map, "THRB", "THRBX"); //$NON-NLS-1$ //$NON-NLS-2$
		return Map.copyOf(map);
	}

	private static void put(Map<String, String> map, String mode, String... submodes) {
		for (String submode : submodes) {
			map.put(submode, mode);
		}
	}

	private final String name;
	private final String submode; // null when absent

	private Mode(String name, String submode) {
		this.name = name;
		this.submode = submode;
	}

	/**
	 * Reads a single mode string as a log shows it: an ADIF mode ({@code FT8}, {@code CW}), a known submode
	 * ({@code FT4} becomes MFSK/FT4, {@code USB} becomes SSB/USB), or anything else kept as it is
	 * ({@code A1}).
	 *
	 * @throws InvalidInputException when the text is empty
	 */
	public static Mode parse(String text) {
		String mode = normalise(text);
		if (mode == null) {
			throw new InvalidInputException(Messages.Mode_empty, text);
		}
		return ofNormalised(mode, null);
	}

	/**
	 * Builds a mode from the ADIF MODE and SUBMODE fields. A MODE that is really a submode (an import-only
	 * value such as {@code PSK31}) is moved to SUBMODE under its mode. An unexpected MODE/SUBMODE pair is kept.
	 *
	 * @param mode    the MODE field
	 * @param submode the SUBMODE field, {@code null} or blank when absent
	 * @throws InvalidInputException when the MODE is empty
	 */
	public static Mode ofAdif(String mode, String submode) {
		String normalisedMode = normalise(mode);
		if (normalisedMode == null) {
			throw new InvalidInputException(Messages.Mode_empty, mode);
		}
		return ofNormalised(normalisedMode, normalise(submode));
	}

	private static Mode ofNormalised(String mode, String submode) {
		if (submode == null && !ADIF_MODES.contains(mode)) {
			String parent = SUBMODE_PARENT.get(mode);
			if (parent != null) {
				return new Mode(parent, mode);
			}
		}
		return new Mode(mode, submode);
	}

	private static String normalise(String text) {
		if (text == null) {
			return null;
		}
		String normalised = text.strip().toUpperCase(Locale.ROOT);
		return normalised.isEmpty() ? null : normalised;
	}

	/** @return the ADIF MODE, or the text as given when it is no ADIF mode */
	public String name() {
		return name;
	}

	/** @return the ADIF SUBMODE, if any */
	public Optional<String> submode() {
		return Optional.ofNullable(submode);
	}

	/** @return whether {@link #name()} is a current ADIF mode */
	public boolean isAdif() {
		return ADIF_MODES.contains(name);
	}

	/** @return the LoTW mode group, or empty for text that is no ADIF mode */
	public Optional<ModeGroup> group() {
		if (!isAdif()) {
			return Optional.empty();
		}
		return Optional.of(switch (name) {
			case "CW" -> ModeGroup.CW; //$NON-NLS-1$
			case "AM", "FM", "SSB", "DIGITALVOICE" -> ModeGroup.PHONE; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			case "ATV", "FAX", "SSTV" -> ModeGroup.IMAGE; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			default -> ModeGroup.DATA;
		});
	}

	/** @return what operators usually write: the submode when there is one ({@code FT4}, {@code USB}), else the mode */
	public String label() {
		return submode != null ? submode : name;
	}

	/** @return the known submodes of an ADIF mode, sorted; empty for other modes */
	public static List<String> knownSubmodes(String adifMode) {
		String mode = normalise(adifMode);
		return SUBMODE_PARENT.entrySet().stream().filter(e -> e.getValue().equals(mode)).map(Map.Entry::getKey)
				.sorted().toList();
	}

	/** @return the current ADIF modes, sorted */
	public static List<String> adifModes() {
		return ADIF_MODES.stream().sorted().toList();
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof Mode other && name.equals(other.name) && Objects.equals(submode, other.submode);
	}

	@Override
	public int hashCode() {
		return Objects.hash(name, submode);
	}

	/** @return {@code MODE} or {@code MODE/SUBMODE}, for diagnostics */
	@Override
	public String toString() {
		return submode != null ? name + '/' + submode : name;
	}
}
