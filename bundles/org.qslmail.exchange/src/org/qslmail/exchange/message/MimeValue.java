package org.qslmail.exchange.message;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A structured header value such as {@code image/jpeg; name="x.jpg"} or {@code attachment; filename*=UTF-8''x.jpg}:
 * the value in lower case and its parameters (names in any case, quoted strings, RFC 2231 extended and
 * continued values). Tolerant: unknown parameters are kept, a parameter without a value is ignored.
 */
final class MimeValue {

	private final String value;
	private final Map<String, String> parameters;

	private MimeValue(String value, Map<String, String> parameters) {
		this.value = value;
		this.parameters = parameters;
	}

	/** @return the parsed value, or a value {@code fallback} without parameters when the header is absent ({@code null} when fallback is null) */
	static MimeValue parse(String header, String fallback) {
		if (header == null || header.isBlank()) {
			return fallback == null ? null : new MimeValue(fallback, Map.of());
		}
		int semi = indexOutsideQuotes(header, ';', 0);
		String v = (semi < 0 ? header : header.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
		Map<String, String> plain = new LinkedHashMap<>();
		Map<String, TreeMap<Integer, String[]>> continued = new LinkedHashMap<>();
		int pos = semi;
		while (pos >= 0 && pos < header.length()) {
			int next = indexOutsideQuotes(header, ';', pos + 1);
			String item = header.substring(pos + 1, next < 0 ? header.length() : next).strip();
			pos = next;
			int eq = item.indexOf('=');
			if (eq <= 0) {
				continue;
			}
			String name = item.substring(0, eq).strip().toLowerCase(Locale.ROOT);
			String raw = item.substring(eq + 1).strip();
			boolean quoted = raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\""); //$NON-NLS-1$ //$NON-NLS-2$
			String val = quoted ? unquote(raw.substring(1, raw.length() - 1)) : raw;
			// RFC 2231: name*=charset'lang'value, name*0=..., name*1*=...
			int star = name.indexOf('*');
			if (star > 0) {
				String base = name.substring(0, star);
				String suffix = name.substring(star + 1);
				boolean extended = suffix.endsWith("*") || suffix.isEmpty(); //$NON-NLS-1$
				String index = suffix.endsWith("*") ? suffix.substring(0, suffix.length() - 1) : suffix; //$NON-NLS-1$
				int n = 0;
				if (!index.isEmpty()) {
					try {
						n = Integer.parseInt(index);
					} catch (NumberFormatException e) {
						continue;
					}
				}
				if (n > 64) {
					continue;
				}
				continued.computeIfAbsent(base, k -> new TreeMap<>()).put(n, new String[] { val, extended ? "*" : "" }); //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			plain.putIfAbsent(name, EncodedWords.decode(val));
		}
		for (Map.Entry<String, TreeMap<Integer, String[]>> e : continued.entrySet()) {
			StringBuilder joined = new StringBuilder();
			String charsetPrefix = null;
			boolean anyExtended = false;
			for (Map.Entry<Integer, String[]> piece : e.getValue().entrySet()) {
				String text = piece.getValue()[0];
				boolean ext = !piece.getValue()[1].isEmpty();
				anyExtended |= ext;
				if (piece.getKey() == 0 && ext) {
					int q2 = text.indexOf('\'', text.indexOf('\'') + 1);
					if (q2 > 0) {
						charsetPrefix = text.substring(0, q2 + 1);
						text = text.substring(q2 + 1);
					}
				}
				joined.append(text);
			}
			String decoded = anyExtended ? EncodedWords.decode2231((charsetPrefix == null ? "''" : charsetPrefix) + joined) : joined.toString(); //$NON-NLS-1$
			if (decoded != null) {
				plain.put(e.getKey(), decoded);
			}
		}
		return new MimeValue(v, plain);
	}

	private static int indexOutsideQuotes(String s, char c, int from) {
		boolean quoted = false;
		for (int i = from; i < s.length(); i++) {
			char x = s.charAt(i);
			if (x == '\\' && quoted) {
				i++;
			} else if (x == '"') {
				quoted = !quoted;
			} else if (x == c && !quoted) {
				return i;
			}
		}
		return -1;
	}

	private static String unquote(String s) {
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\\' && i + 1 < s.length()) {
				c = s.charAt(++i);
			}
			b.append(c);
		}
		return b.toString();
	}

	String value() {
		return value;
	}

	String parameter(String name) {
		return parameters.get(name);
	}
}
