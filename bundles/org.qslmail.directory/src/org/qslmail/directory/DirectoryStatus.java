package org.qslmail.directory;

import java.util.Objects;
import java.util.Optional;

/**
 * A station's registration: the registered e-QSL address, if any, and an address waiting for its token
 * to be confirmed.
 */
public record DirectoryStatus(String callsign, Optional<String> address, Optional<String> pendingAddress) {

	public DirectoryStatus {
		Objects.requireNonNull(callsign);
		Objects.requireNonNull(address);
		Objects.requireNonNull(pendingAddress);
	}

	public boolean isRegistered() {
		return address.isPresent();
	}
}
