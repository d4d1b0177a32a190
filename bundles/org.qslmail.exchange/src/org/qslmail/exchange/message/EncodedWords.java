package org.qslmail.exchange.message;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** RFC 2047 encoded words ({@code =?charset?B|Q?text?=}) in header values, decoded for display and checks only. */
final class EncodedWords {

	private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?="); //$NON-NLS-1$

	static String decode(String value) {
		if (value == null || value.indexOf("=?") < 0) { //$NON-NLS-1$
			return value;
		}
		Matcher m = WORD.matcher(value);
		StringBuilder out = new StringBuilder();
		int last = 0;
		while (m.find()) {
			String between = value.substring(last, m.start());
			if (last == 0 || !between.isBlank()) {
				out.append(between);
			}
			out.append(word(m.group(1), m.group(2), m.group(3), m.group()));
			last = m.end();
		}
		out.append(value.substring(last));
		return out.toString();
	}

	private static String word(String charsetName, String encoding, String text, String raw) {
		Charset charset;
		try {
			int star = charsetName.indexOf('*'); // RFC 2231 language
			charset = Charset.forName(star > 0 ? charsetName.substring(0, star) : charsetName);
		} catch (IllegalArgumentException e) {
			return raw;
		}
		try {
			byte[] bytes;
			if (encoding.equalsIgnoreCase("B")) { //$NON-NLS-1$
				bytes = Base64.getMimeDecoder().decode(text);
			} else {
				ByteArrayOutputStream b = new ByteArrayOutputStream();
				for (int i = 0; i < text.length(); i++) {
					char c = text.charAt(i);
					if (c == '_') {
						b.write(' ');
					} else if (c == '=' && i + 2 < text.length()) {
						b.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
						i += 2;
					} else {
						b.write(c);
					}
				}
				bytes = b.toByteArray();
			}
			return new String(bytes, charset);
		} catch (IllegalArgumentException e) {
			return raw;
		}
	}

	/** RFC 2231 extended value {@code charset'lang'%XX...}; {@code null} when it cannot be read. */
	static String decode2231(String value) {
		int q1 = value.indexOf('\'');
		int q2 = q1 < 0 ? -1 : value.indexOf('\'', q1 + 1);
		if (q2 < 0) {
			return null;
		}
		Charset charset;
		try {
			charset = q1 == 0 ? StandardCharsets.US_ASCII : Charset.forName(value.substring(0, q1));
		} catch (IllegalArgumentException e) {
			return null;
		}
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		String text = value.substring(q2 + 1);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%') {
				if (i + 2 >= text.length()) {
					return null;
				}
				int hi = Character.digit(text.charAt(i + 1), 16);
				int lo = Character.digit(text.charAt(i + 2), 16);
				if (hi < 0 || lo < 0) {
					return null;
				}
				b.write(hi * 16 + lo);
				i += 2;
			} else {
				b.write(c);
			}
		}
		return new String(b.toByteArray(), charset);
	}

	private EncodedWords() {
	}
}
