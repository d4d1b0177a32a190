package org.qslmail.mail;

import java.util.List;

/**
 * The authentication choice. {@link #AUTOMATIC} tries what the server offers, strongest first:
 * DIGEST-MD5, CRAM-MD5, LOGIN, PLAIN. On POP3, LOGIN means USER/PASS and APOP is a separate
 * option of the receive settings.
 */
public enum AuthMethod {
	NONE("none", null), //$NON-NLS-1$
	PLAIN("plain", "PLAIN"), //$NON-NLS-1$ //$NON-NLS-2$
	LOGIN("login", "LOGIN"), //$NON-NLS-1$ //$NON-NLS-2$
	CRAM_MD5("cram-md5", "CRAM-MD5"), //$NON-NLS-1$ //$NON-NLS-2$
	DIGEST_MD5("digest-md5", "DIGEST-MD5"), //$NON-NLS-1$ //$NON-NLS-2$
	AUTOMATIC("auto", null); //$NON-NLS-1$

	/** The order in which {@link #AUTOMATIC} tries mechanisms. */
	public static final List<AuthMethod> STRONGEST_FIRST = List.of(DIGEST_MD5, CRAM_MD5, LOGIN, PLAIN);

	private final String id;
	private final String mechanism;

	AuthMethod(String id, String mechanism) {
		this.id = id;
		this.mechanism = mechanism;
	}

	/** The word used on the command line and in account files. */
	public String id() {
		return id;
	}

	/** The SASL mechanism name, or {@code null} for NONE and AUTOMATIC. */
	public String mechanism() {
		return mechanism;
	}

	/** Whether the password itself crosses the wire (only protected by TLS, if any). */
	public boolean sendsPasswordInClear() {
		return this == PLAIN || this == LOGIN;
	}

	/** Parses {@link #id()} or the mechanism name, case-insensitively ({@code automatic} too). */
	public static AuthMethod parse(String text) {
		String t = text.trim();
		if (t.equalsIgnoreCase("automatic")) { //$NON-NLS-1$
			return AUTOMATIC;
		}
		for (AuthMethod m : values()) {
			if (m.id.equalsIgnoreCase(t) || (m.mechanism != null && m.mechanism.equalsIgnoreCase(t))) {
				return m;
			}
		}
		throw new IllegalArgumentException(t);
	}
}
