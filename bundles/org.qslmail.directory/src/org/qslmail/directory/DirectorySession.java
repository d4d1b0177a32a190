package org.qslmail.directory;

import java.util.Objects;

/** A logged-in station. The token is a secret: it is never shown by {@link #toString()}. */
public record DirectorySession(String callsign, String token) {

	public DirectorySession {
		Objects.requireNonNull(callsign);
		Objects.requireNonNull(token);
	}

	@Override
	public String toString() {
		return "DirectorySession[" + callsign + "]"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
