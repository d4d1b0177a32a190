package org.qslmail.exchange.receive;

import org.qslmail.exchange.message.QuarantineReason;

/**
 * The result for one message: its identity on the server ({@code id}), size, outcome, whether it was deleted on
 * the server, the card key in the store, the sender's callsign (stored cards), and for quarantined or failed
 * messages the reason and detail.
 */
public record MessageResult(String id, long size, MessageOutcome outcome, boolean deleted, String cardKey,
		String sender, QuarantineReason reason, String detail) {
}
