package org.qslmail.exchange.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;

import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.Mode;

/**
 * One card in the received-card store. {@code key} is stable (the card identity, X-QSLMail-Card);
 * {@code utc} the QSO time in UTC; {@code image} the JPEG named by the card-name scheme; {@code adif} the
 * ADIF part, {@code null} for an hQSL card that had none; {@code message} the raw mail as received.
 */
public record ReceivedCard(String key, Callsign sender, Callsign recipient, LocalDateTime utc, Band band, Mode mode,
		Path image, Path adif, Path message, String messageId, Instant received) {
}
