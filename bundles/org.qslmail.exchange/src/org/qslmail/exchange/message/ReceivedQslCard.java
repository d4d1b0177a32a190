package org.qslmail.exchange.message;

import java.time.LocalDateTime;

import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.CardName;
import org.qslmail.core.LogZone;
import org.qslmail.core.Mode;
import org.qslmail.core.StationTime;

/**
 * A card read from a trusted QSL mail. The QSO comes from the ADIF part, or (an hQSL card without one) from
 * the image's file name; nothing else in the mail is used. {@code adif} is the ADIF part as text, {@code null}
 * for an hQSL card. {@code cardId} is X-QSLMail-Card (checked against the record) or, when the mail carries
 * none, computed from the QSO the same way.
 */
public record ReceivedQslCard(String cardId, Callsign sender, Callsign recipient, LocalDateTime utc, Band band, Mode mode,
		String rstSent, String zone, byte[] jpeg, int width, int height, String adif, String messageId, String from,
		String to, boolean fromAdif) {

	/** The file name of the image in the store, by the card-name scheme. */
	public CardName cardName() {
		return CardName.of(sender, recipient, new StationTime(utc, LogZone.UTC), band, mode);
	}
}
