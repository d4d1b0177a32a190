package org.qslmail.mail;

/** The mail protocols QSL Mail speaks. */
public enum Protocol {
	SMTP("smtp", 587, 465), //$NON-NLS-1$
	POP3("pop3", 110, 995), //$NON-NLS-1$
	IMAP("imap", 143, 993); //$NON-NLS-1$

	private final String id;
	private final int plainPort;
	private final int tlsPort;

	Protocol(String id, int plainPort, int tlsPort) {
		this.id = id;
		this.plainPort = plainPort;
		this.tlsPort = tlsPort;
	}

	public String id() {
		return id;
	}

	/** The usual port for the given security: implicit TLS ports for SSL/TLS and TLS-only modes. */
	public int defaultPort(Security security) {
		return security.implicitTls() ? tlsPort : plainPort;
	}

	public static Protocol parse(String text) {
		for (Protocol p : values()) {
			if (p.id.equalsIgnoreCase(text.trim()) || (p == POP3 && "pop".equalsIgnoreCase(text.trim()))) { //$NON-NLS-1$
				return p;
			}
		}
		throw new IllegalArgumentException(text);
	}
}
