package org.qslmail.exchange.card;

import java.util.Objects;

/** Something placed on a card, at a position in pixels from the card's top-left corner. */
public sealed interface CardElement {

	int x();

	int y();

	/** A QSO value, drawn in a style. */
	record FieldText(Field field, int x, int y, TextStyle style) implements CardElement {
		public FieldText {
			Objects.requireNonNull(field);
			Objects.requireNonNull(style);
		}
	}

	/** Fixed text of the design, e.g. a label or the station's address. */
	record FixedText(String text, int x, int y, TextStyle style) implements CardElement {
		public FixedText {
			Objects.requireNonNull(text);
			Objects.requireNonNull(style);
		}
	}

	/** A QR code holding the QSO record (ADIF), {@code size} pixels square, top-left at x, y. */
	record QrCode(int x, int y, int size) implements CardElement {
		public QrCode {
			if (size < 21) {
				throw new IllegalArgumentException("size " + size); //$NON-NLS-1$
			}
		}
	}
}
