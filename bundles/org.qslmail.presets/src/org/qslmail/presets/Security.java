package org.qslmail.presets;

import java.util.Locale;
import java.util.Optional;

/**
 * How a provider documents the connection: without encryption, TLS from the first byte (SMTPS 465,
 * POP3S 995, IMAPS 993) or an upgrade with STARTTLS/STLS. Pinning a TLS version is the user's choice,
 * not a provider fact, so it is not a preset value.
 */
public enum Security {
	NONE("none"), SSL_TLS("ssl"), STARTTLS("starttls"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final String key;

	Security(String key) {
		this.key = key;
	}

	/** The value in contributions and on the command line. */
	public String key() {
		return key;
	}

	public static Optional<Security> ofKey(String key) {
		for (Security security : values()) {
			if (security.key.equals(key == null ? null : key.toLowerCase(Locale.ROOT))) {
				return Optional.of(security);
			}
		}
		return Optional.empty();
	}
}
