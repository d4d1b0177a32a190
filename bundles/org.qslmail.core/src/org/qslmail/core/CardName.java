package org.qslmail.core;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.qslmail.core.internal.Messages;

/**
 * The file name of an e-QSL card image. hQSL documents only that its JPEG name carries the JST date-time,
 * band and mode (hqsl-behaviour.md §6.1, §8); its exact pattern is NOT FOUND, so QSL Mail uses this scheme of
 * its own:
 *
 * <pre>
 * SENDER_RECIPIENT_yyyyMMdd-HHmmJ_BAND_MODE[+SUBMODE].jpg
 * JA1ABC_JA2XYZ_20250101-0830J_40m_CW.jpg
 * KH0-JA1ABC-P_7J1-JA2XYZ_20241231-2359J_70cm_MFSK+FT4.jpg
 * </pre>
 *
 * <ul>
 * <li>SENDER is the station that made the card, RECIPIENT the station it is addressed to. The {@code /} of
 * portable calls, illegal in file names, is written as {@code -}, which never occurs in a callsign, so the
 * substitution is reversible.</li>
 * <li>Fields are separated by {@code _}, which occurs in none of them.</li>
 * <li>Date and time are always JST (as in hQSL), to the minute; the {@code J} says so explicitly.</li>
 * <li>BAND is the ADIF band name ({@code 40m}, {@code 70cm}, {@code 1.25cm}); frequencies are not used
 * because hQSL matches bands, not frequencies.</li>
 * <li>MODE and SUBMODE are the ADIF fields; in them every character other than {@code A-Z} and {@code 0-9}
 * (e.g. the blank in {@code VARA HF} or the {@code /} in {@code OLIVIA 4/125}) is percent-encoded as the
 * UTF-8 bytes {@code %XX}, upper-case hex.</li>
 * </ul>
 * The result uses only {@code A-Z a-z 0-9 _ - + . %}, is legal on Windows, macOS and Linux, is at most
 * {@value #MAX_LENGTH} characters, and {@link #parse(String)} reads back exactly the value that
 * {@link #fileName()} wrote. Parsing ignores case (file systems on Windows and macOS may not keep it); the
 * writer always uses the canonical case.
 *
 * @param sender      the station that made the card
 * @param recipient   the station the card is for
 * @param jstDateTime QSO date-time in JST, truncated to minutes
 * @param band        the band
 * @param mode        the mode
 */
public record CardName(Callsign sender, Callsign recipient, LocalDateTime jstDateTime, Band band, Mode mode) {

	/** The extension of card images. */
	public static final String EXTENSION = ".jpg"; //$NON-NLS-1$

	/** Longest file name we write, the common limit of NTFS, APFS and ext4. */
	public static final int MAX_LENGTH = 255;

	private static final char SEPARATOR = '_';
	private static final char PORTABLE = '-';
	private static final char SUBMODE = '+';
	private static final int FIELDS = 5;

	private static final Pattern CALL_FIELD = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*"); //$NON-NLS-1$
	private static final Pattern DATE_TIME_FIELD = Pattern
			.compile("(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})[Jj]"); //$NON-NLS-1$
	private static final Pattern MODE_FIELD = Pattern.compile("([A-Za-z0-9%]+)(?:\\+([A-Za-z0-9%]+))?"); //$NON-NLS-1$

	/**
	 * @throws InvalidInputException when the year cannot be written with four digits or the name would be
	 *                               longer than {@value #MAX_LENGTH}
	 */
	public CardName {
		Objects.requireNonNull(sender, "sender"); //$NON-NLS-1$
		Objects.requireNonNull(recipient, "recipient"); //$NON-NLS-1$
		Objects.requireNonNull(band, "band"); //$NON-NLS-1$
		Objects.requireNonNull(mode, "mode"); //$NON-NLS-1$
		jstDateTime = Objects.requireNonNull(jstDateTime, "jstDateTime").truncatedTo(ChronoUnit.MINUTES); //$NON-NLS-1$
		if (jstDateTime.getYear() < 1 || jstDateTime.getYear() > 9999) {
			throw new InvalidInputException(
					Messages.format(Messages.CardName_year, String.valueOf(jstDateTime.getYear())),
					jstDateTime.toString());
		}
		String name = format(sender, recipient, jstDateTime, band, mode);
		if (name.length() > MAX_LENGTH) {
			throw new InvalidInputException(
					Messages.format(Messages.CardName_tooLong, String.valueOf(name.length()), String.valueOf(MAX_LENGTH)),
					name);
		}
	}

	/** @return the card name for a QSO logged at {@code time}, in JST whatever zone it was logged in */
	public static CardName of(Callsign sender, Callsign recipient, StationTime time, Band band, Mode mode) {
		return new CardName(sender, recipient, time.toJst().dateTime(), band, mode);
	}

	/** @return the QSO time, in JST */
	public StationTime time() {
		return new StationTime(jstDateTime, LogZone.JST);
	}

	/** @return the file name, e.g. {@code JA1ABC_JA2XYZ_20250101-0830J_40m_CW.jpg} */
	public String fileName() {
		return format(sender, recipient, jstDateTime, band, mode);
	}

	private static String format(Callsign sender, Callsign recipient, LocalDateTime jst, Band band, Mode mode) {
		StringBuilder name = new StringBuilder(64);
		name.append(sender.text().replace('/', PORTABLE)).append(SEPARATOR);
		name.append(recipient.text().replace('/', PORTABLE)).append(SEPARATOR);
		name.append(String.format(Locale.ROOT, "%04d%02d%02d-%02d%02d%c", jst.getYear(), jst.getMonthValue(), //$NON-NLS-1$
				jst.getDayOfMonth(), jst.getHour(), jst.getMinute(), LogZone.JST.suffix())).append(SEPARATOR);
		name.append(band.adifName()).append(SEPARATOR);
		encode(mode.name(), name);
		mode.submode().ifPresent(submode -> encode(submode, name.append(SUBMODE)));
		return name.append(EXTENSION).toString();
	}

	private static void encode(String text, StringBuilder out) {
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
				out.append(c);
			} else {
				out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF)); //$NON-NLS-1$
			}
		}
	}

	/**
	 * Reads a card file name (the name only, no folder).
	 *
	 * @throws InvalidInputException naming the part that is wrong
	 */
	public static CardName parse(String fileName) {
		String raw = fileName == null ? "" : fileName; //$NON-NLS-1$
		if (raw.isBlank()) {
			throw new InvalidInputException(Messages.CardName_empty, raw);
		}
		if (raw.indexOf('/') >= 0 || raw.indexOf('\\') >= 0) {
			throw new InvalidInputException(Messages.format(Messages.CardName_notFileName, raw), raw);
		}
		if (!raw.toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
			throw new InvalidInputException(Messages.format(Messages.CardName_extension, raw, EXTENSION), raw);
		}
		String stem = raw.substring(0, raw.length() - EXTENSION.length());
		String[] fields = stem.split(String.valueOf(SEPARATOR), -1);
		if (fields.length != FIELDS) {
			throw new InvalidInputException(Messages.format(Messages.CardName_fieldCount, raw,
					String.valueOf(fields.length), String.valueOf(FIELDS)), raw);
		}
		Callsign sender = callsign(fields[0], raw);
		Callsign recipient = callsign(fields[1], raw);
		LocalDateTime jst = dateTime(fields[2], raw);
		Band band = Band.ofAdif(fields[3]).filter(b -> b.adifName().equalsIgnoreCase(fields[3]))
				.orElseThrow(() -> new InvalidInputException(Messages.format(Messages.CardName_band, fields[3]), raw));
		Mode mode = mode(fields[4], raw);
		return new CardName(sender, recipient, jst, band, mode);
	}

	private static Callsign callsign(String field, String raw) {
		if (!CALL_FIELD.matcher(field).matches()) {
			throw new InvalidInputException(Messages.format(Messages.CardName_callsign, field, ""), raw); //$NON-NLS-1$
		}
		try {
			return Callsign.parse(field.replace(PORTABLE, '/'));
		} catch (InvalidInputException e) {
			throw new InvalidInputException(Messages.format(Messages.CardName_callsign, field, e.getMessage()), raw);
		}
	}

	private static LocalDateTime dateTime(String field, String raw) {
		Matcher matcher = DATE_TIME_FIELD.matcher(field);
		if (matcher.matches()) {
			try {
				return LocalDateTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
						Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)),
						Integer.parseInt(matcher.group(5)));
			} catch (DateTimeException e) {
				// falls through to the common message
			}
		}
		throw new InvalidInputException(Messages.format(Messages.CardName_dateTime, field), raw);
	}

	private static Mode mode(String field, String raw) {
		Matcher matcher = MODE_FIELD.matcher(field);
		if (!matcher.matches()) {
			throw new InvalidInputException(Messages.format(Messages.CardName_mode, field), raw);
		}
		String name = decode(matcher.group(1), field, raw);
		String submode = matcher.group(2) == null ? null : decode(matcher.group(2), field, raw);
		if (name.isBlank() || (submode != null && submode.isBlank())) {
			throw new InvalidInputException(Messages.format(Messages.CardName_mode, field), raw);
		}
		return Mode.ofAdif(name, submode);
	}

	private static String decode(String encoded, String field, String raw) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (int i = 0; i < encoded.length(); i++) {
			char c = encoded.charAt(i);
			if (c != '%') {
				bytes.write(c);
				continue;
			}
			if (i + 2 >= encoded.length() || Character.digit(encoded.charAt(i + 1), 16) < 0
					|| Character.digit(encoded.charAt(i + 2), 16) < 0) {
				throw new InvalidInputException(Messages.format(Messages.CardName_escape, field), raw);
			}
			bytes.write(Character.digit(encoded.charAt(i + 1), 16) * 16 + Character.digit(encoded.charAt(i + 2), 16));
			i += 2;
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
					.toString();
		} catch (CharacterCodingException e) {
			throw new InvalidInputException(Messages.format(Messages.CardName_escape, field), raw);
		}
	}

	/** @return {@link #fileName()} */
	@Override
	public String toString() {
		return fileName();
	}
}
