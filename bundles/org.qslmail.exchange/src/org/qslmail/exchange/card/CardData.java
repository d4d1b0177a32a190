package org.qslmail.exchange.card;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.qslmail.core.Band;
import org.qslmail.core.Callsign;

/**
 * The values of one card: the QSO as we logged it.
 *
 * @param frequencyMhz        the logged frequency in MHz as text, e.g. {@code 7.025}, if any
 * @param mode                the mode as shown (the submode where there is one)
 * @param partnerCardReceived whether the partner's card has already arrived (TNX instead of PSE)
 * @param qsoRecord           the QSO as an ADIF record for the QR code; empty for no code
 */
public record CardData(Callsign ownCall, Callsign partnerCall, Instant time, Optional<Band> band,
		Optional<String> frequencyMhz, String mode, String rstSent, String remarks, boolean partnerCardReceived,
		String qsoRecord) {

	public CardData {
		Objects.requireNonNull(ownCall);
		Objects.requireNonNull(partnerCall);
		Objects.requireNonNull(time);
		Objects.requireNonNull(band);
		Objects.requireNonNull(frequencyMhz);
		Objects.requireNonNull(mode);
		Objects.requireNonNull(rstSent);
		Objects.requireNonNull(remarks);
		Objects.requireNonNull(qsoRecord);
	}
}
