package org.qslmail.cli.internal.mail;

import java.util.List;
import java.util.Map;

/** A minimal JSON writer for the command line's {@code --json} output (maps keep their order). */
final class Json {

	static String write(Object value) {
		StringBuilder b = new StringBuilder();
		write(b, value);
		return b.toString();
	}

	private static void write(StringBuilder b, Object value) {
		if (value == null) {
			b.append("null"); //$NON-NLS-1$
		} else if (value instanceof Boolean || value instanceof Number) {
			b.append(value);
		} else if (value instanceof Map<?, ?> map) {
			b.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> e : map.entrySet()) {
				if (!first) {
					b.append(',');
				}
				first = false;
				string(b, String.valueOf(e.getKey()));
				b.append(':');
				write(b, e.getValue());
			}
			b.append('}');
		} else if (value instanceof List<?> list) {
			b.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					b.append(',');
				}
				write(b, list.get(i));
			}
			b.append(']');
		} else {
			string(b, String.valueOf(value));
		}
	}

	private static void string(StringBuilder b, String s) {
		b.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> b.append("\\\""); //$NON-NLS-1$
			case '\\' -> b.append("\\\\"); //$NON-NLS-1$
			case '\n' -> b.append("\\n"); //$NON-NLS-1$
			case '\r' -> b.append("\\r"); //$NON-NLS-1$
			case '\t' -> b.append("\\t"); //$NON-NLS-1$
			default -> {
				if (c < 0x20) {
					b.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
				} else {
					b.append(c);
				}
			}
			}
		}
		b.append('"');
	}

	private Json() {
	}
}
