package org.qslmail.sandbox.internal;

import java.net.URI;
import java.util.Optional;

import org.qslmail.directory.DirectoryLocation;

/** The sandbox directory, registered with a higher ranking than the configured one while the sandbox runs. */
record SandboxLocation(URI directory) implements DirectoryLocation {

	/** Above the configured location's 0. */
	static final int RANKING = 100;

	@Override
	public Optional<URI> uri() {
		return Optional.of(directory);
	}

	@Override
	public boolean sandbox() {
		return true;
	}
}
