package org.qslmail.exchange.card;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.qslmail.core.LogZone;

/**
 * A card design: size, background (an image scaled to the card, or a colour), the time zone dates and
 * times are written in, whether the band or the frequency is shown, and the elements placed on the card.
 * Stored as a file by {@link CardTemplates}, so stations can share designs.
 *
 * @param background an image file; a relative path in a template file is resolved against that file
 */
public record CardTemplate(int width, int height, Optional<Path> background, int backgroundRgb, LogZone timeZone,
		BandStyle bandStyle, List<CardElement> elements) {

	public enum BandStyle {
		/** The ADIF band name, e.g. 40m. */
		BAND,
		/** The logged frequency in MHz, or the band when none was logged. */
		FREQUENCY
	}

	public static final int MIN_SIZE = 100;
	public static final int MAX_SIZE = 4000;

	public CardTemplate {
		Objects.requireNonNull(background);
		Objects.requireNonNull(timeZone);
		Objects.requireNonNull(bandStyle);
		elements = List.copyOf(elements);
		if (width < MIN_SIZE || width > MAX_SIZE || height < MIN_SIZE || height > MAX_SIZE) {
			throw new IllegalArgumentException(width + "x" + height); //$NON-NLS-1$
		}
	}
}
