package org.qslmail.exchange.receive;

/** What happened to one message of the mailbox; ids as in {@code receive-qsl --json}. */
public enum MessageOutcome {
	/** Parsed, stored and synced. */
	STORED("stored"), //$NON-NLS-1$
	/** Already in the store (same message identity, Message-ID or card): not fetched, or fetched and kept once. */
	ALREADY_STORED("already-stored"), //$NON-NLS-1$
	/** Not trusted as a card: kept raw in the quarantine folder with the reason; left on the server. */
	QUARANTINED("quarantined"), //$NON-NLS-1$
	/** Not QSL mail by its header: not fetched, left on the server. */
	NOT_QSL("not-qsl"), //$NON-NLS-1$
	/** QSL mail for a QSO before the cut-off: deleted on the server unread. */
	DELETED_OLD("deleted-old"), //$NON-NLS-1$
	/** Could not be received (connection lost, store error); left on the server. */
	FAILED("failed"); //$NON-NLS-1$

	private final String id;

	MessageOutcome(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}
}
