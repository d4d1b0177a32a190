package org.qslmail.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.qslmail.core.internal.Messages;

/**
 * An amateur-radio callsign as logged, portable designators included: {@code JA1ABC}, {@code JA1ABC/1},
 * {@code JA1ABC/P}, {@code JA1ABC/QRP}, {@code 7J1/JA1ABC}, {@code KH0/JA1ABC/P}.
 * <p>
 * The text is normalised (trimmed, upper case) and may contain only {@code A-Z}, {@code 0-9} and {@code /}.
 * The <em>base</em> call is the part that looks like a full call (at least three characters, with letters and
 * a digit); when several parts qualify, the longest wins and on a tie the first one, so short prefixes such
 * as {@code 7J1} or {@code KH0} and suffixes such as {@code /1} are never mistaken for the call. At most one
 * part may precede the base call; the parts after it form the suffix ({@code 1/QRP} is kept as one suffix).
 * <p>
 * {@link #equals(Object)} compares the whole normalised text (LoTW and Club Log match calls exactly, portable
 * designators included); {@link #sameStation(Callsign)} is the weaker comparison of base calls.
 */
public final class Callsign implements Comparable<Callsign> {

	/**
	 * Our own sanity limit (no public source gives one): long enough for any real portable form, short enough
	 * to keep card file names well below file-system limits.
	 */
	public static final int MAX_LENGTH = 32;

	private static final int MAX_PARTS = 3;
	private static final int MIN_BASE_LENGTH = 3;

	private final String text;
	private final String base;
	private final String prefix;
	private final String suffix;

	private Callsign(String text, String base, String prefix, String suffix) {
		this.text = text;
		this.base = base;
		this.prefix = prefix;
		this.suffix = suffix;
	}

	/**
	 * Parses a callsign.
	 *
	 * @throws InvalidInputException when the text is empty, too long, contains other characters than
	 *                               letters, digits and {@code /}, or has no part that looks like a call
	 */
	public static Callsign parse(String text) {
		String raw = text == null ? "" : text; //$NON-NLS-1$
		String normalised = raw.strip().toUpperCase(Locale.ROOT);
		if (normalised.isEmpty()) {
			throw new InvalidInputException(Messages.Callsign_empty, raw);
		}
		if (normalised.length() > MAX_LENGTH) {
			throw new InvalidInputException(
					Messages.format(Messages.Callsign_tooLong, normalised, String.valueOf(MAX_LENGTH)), raw);
		}
		for (int i = 0; i < normalised.length(); i++) {
			char c = normalised.charAt(i);
			if (!isLetter(c) && !isDigit(c) && c != '/') {
				throw new InvalidInputException(Messages.format(Messages.Callsign_invalidCharacter, normalised,
						String.valueOf(c), String.valueOf(i + 1)), raw);
			}
		}
		String[] parts = normalised.split("/", -1); //$NON-NLS-1$
		for (String part : parts) {
			if (part.isEmpty()) {
				throw new InvalidInputException(Messages.format(Messages.Callsign_emptyPart, normalised), raw);
			}
		}
		if (parts.length > MAX_PARTS) {
			throw new InvalidInputException(
					Messages.format(Messages.Callsign_tooManyParts, normalised, String.valueOf(MAX_PARTS)), raw);
		}
		int baseIndex = -1;
		for (int i = 0; i < parts.length; i++) {
			if (looksLikeCall(parts[i]) && (baseIndex < 0 || parts[i].length() > parts[baseIndex].length())) {
				baseIndex = i;
			}
		}
		if (baseIndex < 0) {
			throw new InvalidInputException(Messages.format(Messages.Callsign_noBase, normalised), raw);
		}
		if (baseIndex > 1) {
			// two parts in front of the call: we cannot tell which one is the prefix
			throw new InvalidInputException(Messages.format(Messages.Callsign_ambiguous, normalised), raw);
		}
		String prefix = baseIndex == 1 ? parts[0] : ""; //$NON-NLS-1$
		String suffix = String.join("/", Arrays.asList(parts).subList(baseIndex + 1, parts.length)); //$NON-NLS-1$
		return new Callsign(normalised, parts[baseIndex], prefix, suffix);
	}

	/** @return the callsign, or empty when {@code text} is not a valid callsign */
	public static Optional<Callsign> find(String text) {
		try {
			return Optional.of(parse(text));
		} catch (InvalidInputException e) {
			return Optional.empty();
		}
	}

	private static boolean looksLikeCall(String part) {
		if (part.length() < MIN_BASE_LENGTH) {
			return false;
		}
		boolean letter = false;
		boolean digit = false;
		for (int i = 0; i < part.length(); i++) {
			letter |= isLetter(part.charAt(i));
			digit |= isDigit(part.charAt(i));
		}
		return letter && digit;
	}

	private static boolean isLetter(char c) {
		return c >= 'A' && c <= 'Z';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/** @return the normalised callsign, e.g. {@code KH0/JA1ABC/P} */
	public String text() {
		return text;
	}

	/** @return the base call, e.g. {@code JA1ABC} for {@code KH0/JA1ABC/P} */
	public String base() {
		return base;
	}

	/** @return the portable prefix, e.g. {@code KH0} or {@code 7J1}, if any */
	public Optional<String> prefix() {
		return prefix.isEmpty() ? Optional.empty() : Optional.of(prefix);
	}

	/** @return the portable suffix, e.g. {@code P}, {@code 1}, {@code QRP}, {@code MM}, if any */
	public Optional<String> suffix() {
		return suffix.isEmpty() ? Optional.empty() : Optional.of(suffix);
	}

	/** @return whether the call carries a prefix or a suffix */
	public boolean isPortable() {
		return !prefix.isEmpty() || !suffix.isEmpty();
	}

	/** @return whether both calls have the same base call, whatever the portable designators */
	public boolean sameStation(Callsign other) {
		return base.equals(other.base);
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof Callsign other && text.equals(other.text);
	}

	@Override
	public int hashCode() {
		return text.hashCode();
	}

	@Override
	public int compareTo(Callsign other) {
		return text.compareTo(other.text);
	}

	@Override
	public String toString() {
		return text;
	}
}
