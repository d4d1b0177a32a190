package org.qslmail.matching;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.LogZone;

/**
 * A QSL received from a partner: who sent it, the QSO as the partner logged it, and the card image if
 * there is one. The time is an instant, so cards written in JST and logs kept in UTC compare directly;
 * {@code zone} only remembers how the card wrote it.
 *
 * @param sender    the partner's call as on the card
 * @param recipient our call as the partner logged it, if the card says
 * @param band      the band, or empty when the card gives neither band nor frequency
 * @param mode      the mode as written on the card (after the partner's own aliases)
 */
public record ReceivedCard(Callsign sender, Optional<Callsign> recipient, Instant time, LogZone zone,
		Optional<Band> band, String mode, Optional<Path> image, CardOrigin origin) {

	public ReceivedCard {
		Objects.requireNonNull(sender);
		Objects.requireNonNull(recipient);
		Objects.requireNonNull(time);
		Objects.requireNonNull(zone);
		Objects.requireNonNull(band);
		Objects.requireNonNull(mode);
		Objects.requireNonNull(image);
		Objects.requireNonNull(origin);
	}
}
