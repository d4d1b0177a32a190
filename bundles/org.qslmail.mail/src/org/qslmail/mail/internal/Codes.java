package org.qslmail.mail.internal;

/** The error numbers of the hQSL settings manual (seed 000). */
public final class Codes {
	/** Connection error and the like (also TLS, certificate and protocol errors). */
	public static final String CONNECT = "No-1"; //$NON-NLS-1$
	/** Authentication failed (POP3/IMAP, or SMTP without a 535 reply). */
	public static final String AUTH = "No-2"; //$NON-NLS-1$
	/** Timeout. */
	public static final String TIMEOUT = "No-4"; //$NON-NLS-1$
	/** The server does not offer the chosen authentication method. */
	public static final String AUTH_METHOD = "No-8"; //$NON-NLS-1$
	public static final String SMTP_AUTH = "No-535"; //$NON-NLS-1$

	/** An SMTP reply code as a number of the manual: {@code No-550}, {@code No-451}, ... */
	public static String smtp(int replyCode) {
		return "No-" + replyCode; //$NON-NLS-1$
	}

	private Codes() {
	}
}
