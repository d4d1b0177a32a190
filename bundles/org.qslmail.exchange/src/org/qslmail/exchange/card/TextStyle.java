package org.qslmail.exchange.card;

import java.util.Objects;

/**
 * How a text element is drawn. {@code font} is a font family name or one of Java's logical fonts
 * ({@code SansSerif}, {@code Serif}, {@code Monospaced}), which always exist and cover Japanese where a
 * Japanese font is installed. {@code x} of the element is the left edge, centre or right edge of the text
 * according to {@code align}; {@code y} is the baseline.
 */
public record TextStyle(String font, int size, boolean bold, int rgb, Align align) {

	public enum Align {
		LEFT, CENTER, RIGHT
	}

	public static final TextStyle DEFAULT = new TextStyle("SansSerif", 32, false, 0x000000, Align.LEFT); //$NON-NLS-1$

	public TextStyle {
		Objects.requireNonNull(font);
		Objects.requireNonNull(align);
		if (size < 4 || size > 1000) {
			throw new IllegalArgumentException("size " + size); //$NON-NLS-1$
		}
	}
}
