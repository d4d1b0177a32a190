package org.qslmail.mail;

/** What kind of thing went wrong; names as in {@code --json} output. */
public enum Category {
	CONNECT("connect"), //$NON-NLS-1$
	TLS("tls"), //$NON-NLS-1$
	CERTIFICATE("certificate"), //$NON-NLS-1$
	AUTH("auth"), //$NON-NLS-1$
	AUTH_METHOD("auth-method"), //$NON-NLS-1$
	SENDER("sender"), //$NON-NLS-1$
	RECIPIENT("recipient"), //$NON-NLS-1$
	TIMEOUT("timeout"), //$NON-NLS-1$
	SERVER("server"), //$NON-NLS-1$
	MAILBOX("mailbox"); //$NON-NLS-1$

	private final String id;

	Category(String id) {
		this.id = id;
	}

	/** The name used in JSON output. */
	public String id() {
		return id;
	}
}
