package org.qslmail.exchange.message;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The header of a mail as QSL Mail reads it: names in any case, folded lines joined, values kept as they
 * are. Enough to decide from the header alone (POP3 {@code TOP n 0}, IMAP header fetch) whether a mail is QSL
 * mail, which card it carries and how old its QSO is.
 */
public final class QslHeaders {

	public static final String QSL = "X-QSLMail-QSL"; //$NON-NLS-1$
	public static final String CARD = "X-QSLMail-Card"; //$NON-NLS-1$
	public static final String QSO_DATE = "X-QSLMail-QSO-Date"; //$NON-NLS-1$
	/** The format version this receiver reads. */
	public static final int VERSION = 1;

	private static final Pattern CARD_ID = Pattern.compile("[0-9a-f]{32}"); //$NON-NLS-1$
	private static final DateTimeFormatter QSO_DATE_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm'Z'", Locale.ROOT); //$NON-NLS-1$

	/** One header field: name as written, value unfolded (the CR LF of folding removed). */
	public record Field(String name, String value) {
	}

	private final List<Field> fields;
	private final String injection;

	private QslHeaders(List<Field> fields, String injection) {
		this.fields = Collections.unmodifiableList(fields);
		this.injection = injection;
	}

	/**
	 * Reads a header block (up to the empty line; anything after it is ignored). Tolerant: LF or CR LF line
	 * ends, folded lines. A line that is neither a field nor a continuation makes {@link #malformed()} true.
	 */
	public static QslHeaders parse(byte[] bytes) {
		return parse(bytes, 0, headerEnd(bytes));
	}

	/** The offset just after the empty line ending the header, or the length when there is none. */
	static int headerEnd(byte[] b) {
		for (int i = 0; i < b.length; i++) {
			if (b[i] == '\n') {
				if (i + 1 < b.length && b[i + 1] == '\n') {
					return i + 2;
				}
				if (i + 2 < b.length && b[i + 1] == '\r' && b[i + 2] == '\n') {
					return i + 3;
				}
			}
		}
		return b.length;
	}

	static QslHeaders parse(byte[] b, int from, int to) {
		List<Field> fields = new ArrayList<>();
		String injection = null;
		StringBuilder current = null;
		String name = null;
		int lineStart = from;
		boolean malformed = false;
		for (int i = from; i <= to; i++) {
			if (i < to && b[i] != '\n') {
				continue;
			}
			int end = i;
			if (end > lineStart && b[end - 1] == '\r') {
				end--;
			}
			String line = new String(b, lineStart, end - lineStart, StandardCharsets.UTF_8);
			lineStart = i + 1;
			if (line.isEmpty()) {
				if (i >= to - 2) {
					continue;
				}
				continue;
			}
			if (line.indexOf('\r') >= 0) {
				injection = "bare CR in: " + abbreviate(line); //$NON-NLS-1$
			}
			char first = line.charAt(0);
			if ((first == ' ' || first == '\t') && current != null) {
				current.append(line);
				continue;
			}
			if (current != null) {
				fields.add(new Field(name, current.toString().strip()));
			}
			int colon = line.indexOf(':');
			if (colon <= 0 || !token(line.substring(0, colon))) {
				malformed = true;
				current = null;
				name = null;
				continue;
			}
			name = line.substring(0, colon);
			current = new StringBuilder(line.substring(colon + 1));
		}
		if (current != null) {
			fields.add(new Field(name, current.toString().strip()));
		}
		QslHeaders h = new QslHeaders(fields, injection);
		h.malformed = malformed;
		return h;
	}

	private boolean malformed;

	private static boolean token(String name) {
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c <= ' ' || c >= 127) {
				return false;
			}
		}
		return true;
	}

	static String abbreviate(String s) {
		String t = s.replace("\r", "\\r").replace("\n", "\\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return t.length() > 120 ? t.substring(0, 120) + "..." : t; //$NON-NLS-1$
	}

	/** Every field in order. */
	public List<Field> fields() {
		return fields;
	}

	/** Whether a line was neither a header field nor a continuation. */
	public boolean malformed() {
		return malformed;
	}

	/** The first value of a field (name in any case), or {@code null}. */
	public String get(String fieldName) {
		for (Field f : fields) {
			if (f.name().equalsIgnoreCase(fieldName)) {
				return f.value();
			}
		}
		return null;
	}

	/** Every value of a field. */
	public List<String> all(String fieldName) {
		List<String> values = new ArrayList<>();
		for (Field f : fields) {
			if (f.name().equalsIgnoreCase(fieldName)) {
				values.add(f.value());
			}
		}
		return values;
	}

	/** Whether the mail says it is QSL mail ({@code X-QSLMail-QSL} with digits). */
	public boolean isQslMail() {
		String v = get(QSL);
		return v != null && !v.isEmpty() && v.chars().allMatch(Character::isDigit) && v.length() < 6;
	}

	/** The format version, or -1. */
	public int version() {
		return isQslMail() ? Integer.parseInt(get(QSL)) : -1;
	}

	/** X-QSLMail-Card when well-formed (32 lower-case hex digits; upper case is accepted and lowered), else {@code null}. */
	public String cardId() {
		String v = get(CARD);
		if (v == null) {
			return null;
		}
		String lower = v.strip().toLowerCase(Locale.ROOT);
		return CARD_ID.matcher(lower).matches() ? lower : null;
	}

	/** X-QSLMail-QSO-Date as UTC date-time, or {@code null} when absent or unreadable. */
	public LocalDateTime qsoDateUtc() {
		String v = get(QSO_DATE);
		if (v == null) {
			return null;
		}
		try {
			return LocalDateTime.parse(v.strip(), QSO_DATE_FORMAT);
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** The Message-ID without angle brackets and blanks, or {@code null}. */
	public String messageId() {
		String v = get("Message-ID"); //$NON-NLS-1$
		if (v == null) {
			return null;
		}
		String id = v.strip();
		if (id.startsWith("<") && id.endsWith(">")) { //$NON-NLS-1$ //$NON-NLS-2$
			id = id.substring(1, id.length() - 1).strip();
		}
		return id.isEmpty() || id.length() > 998 ? null : id;
	}

	/**
	 * Header injection: a CR or LF inside a value (a bare CR, or a value whose encoded words decode to one), or a
	 * QSL header given twice with different values. {@code null} when there is none.
	 */
	public String injection() {
		if (injection != null) {
			return injection;
		}
		for (String name : List.of(QSL, CARD, QSO_DATE, "Message-ID", "From", "To")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			List<String> values = all(name);
			if (values.stream().distinct().count() > 1) {
				return name + " given twice: " + abbreviate(String.join(" | ", values)); //$NON-NLS-1$ //$NON-NLS-2$
			}
			for (String v : values) {
				String decoded = EncodedWords.decode(v);
				if (decoded.indexOf('\r') >= 0 || decoded.indexOf('\n') >= 0) {
					return name + " value with CR/LF: " + abbreviate(decoded); //$NON-NLS-1$
				}
			}
		}
		return null;
	}
}
