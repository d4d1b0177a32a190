package org.qslmail.mail;

import java.util.Locale;

/** How a connection is encrypted; the five choices of the hQSL settings manual. */
public enum Security {
	/** No encryption. Passwords may then travel in clear, and the result carries a warning. */
	NONE("none"), //$NON-NLS-1$
	/** Implicit TLS from the first byte (SMTP 465, POP3 995, IMAP 993), TLS 1.2 or 1.3. */
	SSL_TLS("ssl"), //$NON-NLS-1$
	/** Plain connect, then STARTTLS/STLS; the check fails when the server does not offer it. */
	STARTTLS("starttls"), //$NON-NLS-1$
	/** Implicit TLS restricted to TLS 1.2. */
	TLS1_2("tls1.2"), //$NON-NLS-1$
	/** Implicit TLS restricted to TLS 1.3. */
	TLS1_3("tls1.3"); //$NON-NLS-1$

	private final String id;

	Security(String id) {
		this.id = id;
	}

	/** The word used on the command line and in account files. */
	public String id() {
		return id;
	}

	/** Whether TLS starts right after the TCP connect. */
	public boolean implicitTls() {
		return this == SSL_TLS || this == TLS1_2 || this == TLS1_3;
	}

	/** The TLS protocol versions this mode allows. */
	public String[] protocols() {
		return switch (this) {
		case TLS1_2 -> new String[] { "TLSv1.2" }; //$NON-NLS-1$
		case TLS1_3 -> new String[] { "TLSv1.3" }; //$NON-NLS-1$
		default -> new String[] { "TLSv1.3", "TLSv1.2" }; //$NON-NLS-1$ //$NON-NLS-2$
		};
	}

	/** Parses {@link #id()}, case-insensitively. */
	public static Security parse(String text) {
		for (Security s : values()) {
			if (s.id.equalsIgnoreCase(text.trim()) || s.name().equalsIgnoreCase(text.trim())) {
				return s;
			}
		}
		throw new IllegalArgumentException(text.toLowerCase(Locale.ROOT));
	}
}
