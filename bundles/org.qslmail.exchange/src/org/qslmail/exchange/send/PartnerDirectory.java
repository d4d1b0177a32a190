package org.qslmail.exchange.send;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.qslmail.core.Callsign;
import org.qslmail.directory.DirectoryClient;
import org.qslmail.directory.DirectoryException;
import org.qslmail.directory.DirectorySession;

/** Where partners' registered addresses come from: the QSL directory, asked in bulk. */
@FunctionalInterface
public interface PartnerDirectory {

	/** The registered address of each callsign, empty when it is not registered. */
	Map<Callsign, Optional<String>> lookup(Collection<Callsign> callsigns) throws DirectoryException;

	/** The directory server, with a logged-in session. */
	static PartnerDirectory of(DirectoryClient client, DirectorySession session) {
		return callsigns -> client.lookup(session, callsigns);
	}
}
