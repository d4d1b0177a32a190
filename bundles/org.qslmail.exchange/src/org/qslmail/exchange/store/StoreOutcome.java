package org.qslmail.exchange.store;

/** What {@link ReceivedCardStore} did with a message. */
public enum StoreOutcome {
	/** Written, synced and renamed into place; recorded in the journal. */
	STORED,
	/** The card (or this exact quarantined mail) was already in the store; only the new identity was recorded. */
	ALREADY_STORED,
	/** Kept in the quarantine folder with its reason. */
	QUARANTINED
}
