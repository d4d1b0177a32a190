package org.qslmail.account;

import java.io.IOException;

import org.eclipse.equinox.security.storage.ISecurePreferences;

/**
 * Where the passwords are kept, as an optional OSGi service. Without one, the account service uses the
 * default Equinox secure storage; tests and special deployments register one (the highest ranked is used),
 * e.g. a storage file opened on a given password.
 */
public interface SecureStorageSource {

	/** The root of the secure storage to use. */
	ISecurePreferences open() throws IOException;
}
