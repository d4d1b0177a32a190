package org.qslmail.directory;

import java.net.URI;
import java.util.Optional;

/**
 * Where the QSL directory is, as an OSGi service. The configured server comes from the preference
 * {@code org.qslmail.directory/url} (deployment defaults may set it); while the sandbox runs, it registers a
 * location of higher service ranking for its local directory. Clients use the highest-ranked location.
 */
public interface DirectoryLocation {

	/** The base URI of the directory's HTTP API, or empty when none is configured. */
	Optional<URI> uri();

	/** Whether this is the local sandbox directory (shown as such to the user). */
	boolean sandbox();
}
