package org.qslmail.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.qslmail.core.internal.Messages;

/**
 * The user's mode-alias table, so that e.g. {@code CW} and HAMLOG's {@code A1} match (hQSL "mode aliasing";
 * its syntax is NOT FOUND, so this is our own).
 * <p>
 * Syntax, one entry per line: {@code CANONICAL=ALIAS[,ALIAS…]}, e.g. {@code CW=A1}, {@code SSB=A3J,USB},
 * {@code FM=F3E}. The left side is the mode that counts, the right side the spellings that stand for it.
 * Blank lines and lines starting with {@code #} are ignored, blanks around names are dropped, and names are
 * compared without regard to case. Aliases do not chain: a name is either canonical or an alias, never both,
 * so the table needs no cycle detection and {@link #canonical(String)} is one lookup.
 */
public final class ModeAliases {

	/** The table without aliases: every mode stands only for itself. */
	public static final ModeAliases NONE = new ModeAliases(Map.of());

	private final Map<String, String> aliasToCanonical;

	private ModeAliases(Map<String, String> aliasToCanonical) {
		this.aliasToCanonical = Collections.unmodifiableMap(new LinkedHashMap<>(aliasToCanonical));
	}

	/**
	 * Parses a table given as text, lines separated by any line break.
	 *
	 * @throws ModeAliasException for the first malformed line
	 */
	public static ModeAliases parse(String text) {
		return parse(text == null ? List.of() : text.lines().toList());
	}

	/**
	 * Parses a table given as lines.
	 *
	 * @throws ModeAliasException for the first malformed line
	 */
	public static ModeAliases parse(List<String> lines) {
		Map<String, String> aliases = new LinkedHashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			int lineNumber = i + 1;
			String line = lines.get(i) == null ? "" : lines.get(i); //$NON-NLS-1$
			String content = line.strip();
			if (content.isEmpty() || content.startsWith("#")) { //$NON-NLS-1$
				continue;
			}
			int equals = content.indexOf('=');
			if (equals < 0) {
				throw error(ModeAliasException.Reason.MISSING_EQUALS, lineNumber, line, content);
			}
			if (content.indexOf('=', equals + 1) >= 0) {
				throw error(ModeAliasException.Reason.EXTRA_EQUALS, lineNumber, line, content);
			}
			String canonical = normalise(content.substring(0, equals));
			if (canonical.isEmpty()) {
				throw error(ModeAliasException.Reason.EMPTY_CANONICAL, lineNumber, line, content);
			}
			for (String entry : content.substring(equals + 1).split(",", -1)) { //$NON-NLS-1$
				String alias = normalise(entry);
				if (alias.isEmpty()) {
					throw error(ModeAliasException.Reason.EMPTY_ALIAS, lineNumber, line, content);
				}
				if (alias.equals(canonical)) {
					throw error(ModeAliasException.Reason.SELF_ALIAS, lineNumber, line, alias);
				}
				String earlier = aliases.get(alias);
				if (earlier != null && !earlier.equals(canonical)) {
					throw error(ModeAliasException.Reason.CONFLICT, lineNumber, line, alias, earlier);
				}
				if (aliases.containsValue(alias)) {
					throw error(ModeAliasException.Reason.CHAINED, lineNumber, line, alias);
				}
				if (aliases.containsKey(canonical)) {
					throw error(ModeAliasException.Reason.CHAINED, lineNumber, line, canonical);
				}
				aliases.put(alias, canonical);
			}
		}
		return aliases.isEmpty() ? NONE : new ModeAliases(aliases);
	}

	private static ModeAliasException error(ModeAliasException.Reason reason, int lineNumber, String line,
			String... details) {
		String pattern = switch (reason) {
			case MISSING_EQUALS -> Messages.ModeAliases_MISSING_EQUALS;
			case EXTRA_EQUALS -> Messages.ModeAliases_EXTRA_EQUALS;
			case EMPTY_CANONICAL -> Messages.ModeAliases_EMPTY_CANONICAL;
			case EMPTY_ALIAS -> Messages.ModeAliases_EMPTY_ALIAS;
			case SELF_ALIAS -> Messages.ModeAliases_SELF_ALIAS;
			case CONFLICT -> Messages.ModeAliases_CONFLICT;
			case CHAINED -> Messages.ModeAliases_CHAINED;
		};
		Object[] args = new Object[1 + details.length];
		args[0] = String.valueOf(lineNumber);
		System.arraycopy(details, 0, args, 1, details.length);
		return new ModeAliasException(reason, lineNumber, line, Messages.format(pattern, args));
	}

	private static String normalise(String mode) {
		return mode == null ? "" : mode.strip().toUpperCase(Locale.ROOT); //$NON-NLS-1$
	}

	/**
	 * @return the canonical name for {@code mode}: the mode an alias stands for, otherwise the mode itself;
	 *         both upper-cased and stripped
	 */
	public String canonical(String mode) {
		String normalised = normalise(mode);
		return aliasToCanonical.getOrDefault(normalised, normalised);
	}

	/** @return whether both modes are the same string once aliases are resolved (hQSL's comparison) */
	public boolean sameMode(String a, String b) {
		return canonical(a).equals(canonical(b));
	}

	/**
	 * @return whether both modes belong to the same {@link ModeGroup} once aliases are resolved; when the group
	 *         of either is unknown (no ADIF mode), this falls back to {@link #sameMode(String, String)}
	 */
	public boolean sameGroup(String a, String b) {
		String canonicalA = canonical(a);
		String canonicalB = canonical(b);
		if (canonicalA.isEmpty() || canonicalB.isEmpty()) {
			return canonicalA.equals(canonicalB);
		}
		Optional<ModeGroup> groupA = Mode.parse(canonicalA).group();
		Optional<ModeGroup> groupB = Mode.parse(canonicalB).group();
		if (groupA.isPresent() && groupB.isPresent()) {
			return groupA.get() == groupB.get();
		}
		return canonicalA.equals(canonicalB);
	}

	/** @return alias → canonical name, in the order of the table */
	public Map<String, String> aliases() {
		return aliasToCanonical;
	}

	/** @return the table as lines {@code CANONICAL=ALIAS}, one per alias; {@link #parse(List)} reads them back */
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		aliasToCanonical.forEach((alias, canonical) -> lines.add(canonical + '=' + alias));
		return List.copyOf(lines);
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof ModeAliases other && aliasToCanonical.equals(other.aliasToCanonical);
	}

	@Override
	public int hashCode() {
		return aliasToCanonical.hashCode();
	}

	@Override
	public String toString() {
		return String.join("\n", lines()); //$NON-NLS-1$
	}
}
