package org.qslmail.account;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.qslmail.directory.DirectoryException;
import org.qslmail.directory.DirectoryStatus;
import org.qslmail.mail.MailService;
import org.qslmail.presets.PresetRegistry;

/**
 * The account setup as an OSGi service: the saved accounts, the services the setup uses, and the two steps
 * that talk to the QSL directory (status, and register-and-save).
 */
public interface AccountService {

	/** Where the QSL directory is: the highest-ranked {@code DirectoryLocation} service that has a URI. */
	record DirectoryTarget(URI uri, boolean sandbox) {
	}

	/** What register-and-save did: the directory's status afterwards and the backup file written. */
	record Saved(DirectoryStatus status, Path backup) {
	}

	AccountStore store();

	MailService mail();

	/** The provider presets, when the registry is running. */
	Optional<PresetRegistry> presets();

	/** The directory to use, or empty when none is configured (preference {@code org.qslmail.directory/url}). */
	Optional<DirectoryTarget> directory();

	/** Logs in to the directory and returns the station's registration. */
	DirectoryStatus status(String callsign, char[] directoryPassword, IProgressMonitor monitor)
			throws AccountException, DirectoryException;

	/**
	 * Removes the station's registered address from the directory (in hQSL: registering a blank address); the
	 * station keeps its directory login and the settings on this computer stay. Partners no longer find an
	 * address for the callsign until one is registered again.
	 *
	 * @return the status afterwards (no address)
	 */
	default DirectoryStatus unregister(String callsign, char[] directoryPassword, IProgressMonitor monitor)
			throws AccountException, DirectoryException {
		throw new UnsupportedOperationException("unregister"); //$NON-NLS-1$
	}

	/**
	 * Step 5: only while {@code state} says both checks passed for exactly these values, registers the address
	 * in the directory (token mail read by the receive check), then saves the settings, the passwords (secure
	 * storage) and the backup file.
	 */
	Saved registerAndSave(AccountSettings settings, Secrets secrets, SetupState state, IProgressMonitor monitor)
			throws AccountException, DirectoryException;
}
