package org.qslmail.log.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.osgi.util.NLS;
import org.qslmail.core.Band;
import org.qslmail.log.AdifField;
import org.qslmail.log.ImportProblem;
import org.qslmail.log.ImportSummary;
import org.qslmail.log.Qso;
import org.qslmail.log.SkipReason;

/**
 * Cabrillo 3.0: the header's {@code CALLSIGN:} and {@code CONTEST:}, then {@code QSO:} lines
 * {@code freq mo date time call-sent exch-sent… call-rcvd exch-rcvd… [t]}.
 * <p>
 * Which field holds the received call (fields counted from 1 after {@code QSO:}, as TQSL counts them):
 * <ol>
 * <li>the field given in the import options, if any;</li>
 * <li>else the contest's field from {@link #CONTEST_CALL_FIELD} (from TQSL's {@code cabrillomap});</li>
 * <li>else the symmetric rule: the sent and received halves have the same number of fields, so with {@code n}
 * fields after the time (a trailing transmitter id {@code 0}/{@code 1} removed when {@code n} is odd) the received
 * call is field {@code 5 + n/2}.</li>
 * </ol>
 * Frequencies of 1800 and more are kHz; smaller ones and {@code 1.2G}… are band designators.
 * Modes: CW→CW, PH→SSB, FM→FM, RY→RTTY, DG→DIGITAL (kept as written: Cabrillo does not say which data mode).
 */
public final class CabrilloSource implements QsoSource {

	/** Field of the received call per CONTEST (TQSL {@code config.xml} cabrillomap and the contests' rules). */
	public static final Map<String, Integer> CONTEST_CALL_FIELD = Map.ofEntries( //
			Map.entry("CQ-WW-CW", 8), Map.entry("CQ-WW-SSB", 8), Map.entry("CQ-WW-RTTY", 9), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("CQ-WPX-CW", 8), Map.entry("CQ-WPX-SSB", 8), Map.entry("CQ-WPX-RTTY", 8), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("ARRL-DX-CW", 8), Map.entry("ARRL-DX-SSB", 8), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("ARRL-VHF-JAN", 7), Map.entry("ARRL-VHF-JUN", 7), Map.entry("ARRL-VHF-SEP", 7), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("RSGB-IOTA", 9), Map.entry("ARRL-SS-CW", 10), Map.entry("ARRL-SS-SSB", 10), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("IARU-HF", 8), Map.entry("JIDX-CW", 8), Map.entry("JIDX-SSB", 8)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private static final Charset CP932 = Charset.forName("windows-31j"); //$NON-NLS-1$

	private final LineInput lines;
	private final OptionalInt callField;
	private final ImportSummary summary;
	private final Charset forced;
	private String stationCallsign;
	private String contest;

	public CabrilloSource(InputStream in, Charset forced, OptionalInt callField, String stationCallsign,
			ImportSummary summary) {
		this.lines = new LineInput(in, 4096);
		this.forced = forced;
		this.callField = callField;
		this.stationCallsign = stationCallsign;
		this.summary = summary;
	}

	@Override
	public Qso next() throws IOException {
		while (lines.next()) {
			String text = decode(lines.bytes(), lines.length()).strip();
			int colon = text.indexOf(':');
			if (colon < 0) {
				continue;
			}
			String tag = text.substring(0, colon).trim().toUpperCase(Locale.ROOT);
			String rest = text.substring(colon + 1).trim();
			switch (tag) {
			case "CALLSIGN" -> { //$NON-NLS-1$
				if (stationCallsign == null && !rest.isEmpty()) {
					stationCallsign = rest.toUpperCase(Locale.ROOT);
				}
			}
			case "CONTEST" -> contest = rest.toUpperCase(Locale.ROOT); //$NON-NLS-1$
			case "X-QSO" -> summary.skip(new ImportProblem(lines.offset(), lines.number(), SkipReason.EXCLUDED, //$NON-NLS-1$
					Messages.CabrilloSource_xqso));
			case "QSO" -> { //$NON-NLS-1$
				try {
					return toQso(rest.split("\\s+")); //$NON-NLS-1$
				} catch (BadRecordException e) {
					summary.skip(new ImportProblem(lines.offset(), lines.number(), e.reason(), e.getMessage()));
				}
			}
			default -> {
				// other header tags are not needed for the log
			}
			}
		}
		return null;
	}

	private String decode(byte[] bytes, int length) {
		if (forced != null) {
			return new String(bytes, 0, length, forced);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(java.nio.ByteBuffer.wrap(bytes, 0, length)).toString();
		} catch (CharacterCodingException e) {
			return new String(bytes, 0, length, CP932);
		}
	}

	/** The 1-based field (after QSO:) of the received call for a line with {@code n} fields. */
	int callFieldFor(int n) {
		if (callField.isPresent()) {
			return callField.getAsInt();
		}
		Integer known = contest == null ? null : CONTEST_CALL_FIELD.get(contest);
		if (known != null) {
			return known;
		}
		int afterTime = n - 4;
		if (afterTime % 2 == 1) {
			afterTime--; // a transmitter id at the end
		}
		return 5 + afterTime / 2;
	}

	private Qso toQso(String[] f) throws BadRecordException {
		if (f.length < 6) {
			throw new BadRecordException(SkipReason.SYNTAX, NLS.bind(Messages.CabrilloSource_fields, Integer.toString(f.length)));
		}
		int n = f.length;
		if (n % 2 == 1 && (f[n - 1].equals("0") || f[n - 1].equals("1"))) { //$NON-NLS-1$ //$NON-NLS-2$
			n--;
		}
		int field = callFieldFor(n);
		if (field < 6 || field > n) {
			throw new BadRecordException(SkipReason.MISSING_FIELD, NLS.bind(Messages.CabrilloSource_noCallField, Integer.toString(field)));
		}
		Qso q = new Qso();
		String call = f[field - 1].toUpperCase(Locale.ROOT);
		AdifMapping.checkCall(call);
		q.setCall(call);
		String mine = f[4].toUpperCase(Locale.ROOT);
		q.setStationCallsign(stationCallsign != null ? stationCallsign : mine);
		if (!mine.equals(q.stationCallsign())) {
			q.setOperator(mine);
		}
		LocalDate date;
		try {
			date = LocalDate.parse(f[2]);
		} catch (DateTimeParseException e) {
			throw new BadRecordException(SkipReason.BAD_DATE, NLS.bind(Messages.AdifMapping_badDate, AdifMapping.shorten(f[2])));
		}
		LocalTime time = AdifMapping.parseTime(f[3]);
		q.setInstant(date.atTime(time).toInstant(ZoneOffset.UTC));
		String freq = f[0];
		try {
			BigDecimal v = new BigDecimal(freq);
			if (v.compareTo(BigDecimal.valueOf(1800)) >= 0) {
				BigDecimal mhz = v.movePointLeft(3).stripTrailingZeros();
				q.setFrequency(mhz.toPlainString());
				q.setBand(Band.ofMhz(mhz).orElse(null));
			} else {
				q.setBand(Band.find(freq).orElse(null));
			}
		} catch (NumberFormatException e) {
			q.setBand(Band.find(freq).orElse(null));
		}
		String mode = switch (f[1].toUpperCase(Locale.ROOT)) {
		case "CW" -> "CW"; //$NON-NLS-1$ //$NON-NLS-2$
		case "PH" -> "SSB"; //$NON-NLS-1$ //$NON-NLS-2$
		case "FM" -> "FM"; //$NON-NLS-1$ //$NON-NLS-2$
		case "RY" -> "RTTY"; //$NON-NLS-1$ //$NON-NLS-2$
		default -> f[1].toUpperCase(Locale.ROOT);
		};
		q.setMode(mode);
		List<String> sent = Arrays.asList(f).subList(5, field - 1);
		List<String> rcvd = Arrays.asList(f).subList(field, n);
		if (!sent.isEmpty()) {
			q.extraFields().add(new AdifField("STX_STRING", String.join(" ", sent))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!rcvd.isEmpty()) {
			q.extraFields().add(new AdifField("SRX_STRING", String.join(" ", rcvd))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (contest != null) {
			q.extraFields().add(new AdifField("CONTEST_ID", contest)); //$NON-NLS-1$
		}
		return q;
	}

	@Override
	public long position() {
		return lines.position();
	}

	@Override
	public void close() throws IOException {
		lines.close();
	}
}
