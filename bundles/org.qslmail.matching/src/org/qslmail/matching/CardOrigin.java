package org.qslmail.matching;

import java.util.Objects;

/**
 * Where a received card came from, for the user and for moving or deleting it: a card file in a folder,
 * a record of an ADIF confirmation download, or the received-card store of the exchange.
 *
 * @param location the file path (or store key)
 * @param position the record's position in the file (1-based), 0 for a card file
 */
public record CardOrigin(Kind kind, String location, long position) {

	public enum Kind {
		CARD_FILE, ADIF_CONFIRMATION, CARD_STORE
	}

	public CardOrigin {
		Objects.requireNonNull(kind);
		Objects.requireNonNull(location);
	}
}
