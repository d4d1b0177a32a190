package org.qslmail.log.internal;

import java.util.ArrayList;
import java.util.List;

import org.qslmail.log.AdifField;

/**
 * The extra fields of a QSO in one text column: {@code name:length:value} repeated, lengths in Java characters.
 * Order, names and values are kept exactly.
 */
public final class ExtraCodec {

	private ExtraCodec() {
	}

	public static String encode(List<AdifField> fields) {
		if (fields.isEmpty()) {
			return null;
		}
		StringBuilder b = new StringBuilder();
		for (AdifField f : fields) {
			b.append(f.name()).append(':').append(f.value().length()).append(':').append(f.value());
		}
		return b.toString();
	}

	public static List<AdifField> decode(String text) {
		List<AdifField> out = new ArrayList<>();
		if (text == null) {
			return out;
		}
		int i = 0;
		while (i < text.length()) {
			int c1 = text.indexOf(':', i);
			int c2 = text.indexOf(':', c1 + 1);
			String name = text.substring(i, c1);
			int len = Integer.parseInt(text, c1 + 1, c2, 10);
			out.add(new AdifField(name, text.substring(c2 + 1, c2 + 1 + len)));
			i = c2 + 1 + len;
		}
		return out;
	}
}
