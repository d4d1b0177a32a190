package org.qslmail.exchange.send;

import java.time.Instant;

/**
 * What happened to one QSO in a send run.
 *
 * @param qsoId     the QSO's id in the log
 * @param call      the partner's call as logged
 * @param time      the QSO's start
 * @param status    the outcome
 * @param address   the partner's registered address, or null
 * @param cardName  the card's file name, or null
 * @param detail    the server's reply for {@link Status#REJECTED} and {@link Status#FAILED}, the reason for
 *                  {@link Status#INVALID}, otherwise null
 */
public record SendResult(long qsoId, String call, Instant time, Status status, String address, String cardName,
		String detail) {

	/** Outcomes of one QSO. */
	public enum Status {
		/** The server accepted the card; the sent mark is written. */
		SENT("sent"), //$NON-NLS-1$
		/** Accepted in an earlier run that stopped before writing the mark; only the mark is written now. */
		RECOVERED("recovered"), //$NON-NLS-1$
		/** The partner has no address in the directory. */
		NOT_REGISTERED("not-registered"), //$NON-NLS-1$
		/** The server refused the recipient or the message; {@code detail} is its reply. */
		REJECTED("rejected"), //$NON-NLS-1$
		/** Not sent because of a failure (connection, rendering, log); {@code detail} says which. */
		FAILED("failed"), //$NON-NLS-1$
		/**
		 * An earlier run stopped during the DATA of this card, so the server may have it: not sent again
		 * (see docs/exchange-send.md; --force sends it).
		 */
		UNCERTAIN("uncertain"), //$NON-NLS-1$
		/** The QSO lacks what a card needs (band, mode, a valid call); {@code detail} says what. */
		INVALID("invalid"), //$NON-NLS-1$
		/** The run was cancelled before this card. */
		NOT_SENT("not-sent"); //$NON-NLS-1$

		private final String id;

		Status(String id) {
			this.id = id;
		}

		/** The name in --json output. */
		public String id() {
			return id;
		}
	}
}
