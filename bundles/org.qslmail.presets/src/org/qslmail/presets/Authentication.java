package org.qslmail.presets;

import java.util.Locale;
import java.util.Optional;

/**
 * The SMTP-AUTH or POP3/IMAP login a provider documents. {@link #PASSWORD_CLEARTEXT} and
 * {@link #PASSWORD_ENCRYPTED} are the two kinds autoconfig files name without saying which mechanism:
 * the first is PLAIN, LOGIN or the protocol's own login, the second CRAM-MD5 or DIGEST-MD5; the mail
 * service then picks the strongest mechanism of that kind that the server offers.
 */
public enum Authentication {
	NONE("none"), //$NON-NLS-1$
	PLAIN("plain"), //$NON-NLS-1$
	LOGIN("login"), //$NON-NLS-1$
	CRAM_MD5("cram-md5"), //$NON-NLS-1$
	DIGEST_MD5("digest-md5"), //$NON-NLS-1$
	PASSWORD_CLEARTEXT("password-cleartext"), //$NON-NLS-1$
	PASSWORD_ENCRYPTED("password-encrypted"); //$NON-NLS-1$

	private final String key;

	Authentication(String key) {
		this.key = key;
	}

	public String key() {
		return key;
	}

	public static Optional<Authentication> ofKey(String key) {
		for (Authentication authentication : values()) {
			if (authentication.key.equals(key == null ? null : key.toLowerCase(Locale.ROOT))) {
				return Optional.of(authentication);
			}
		}
		return Optional.empty();
	}
}
