package org.qslmail.mail;

/**
 * Receive settings: POP3 (as in hQSL) or IMAP. {@code apop} asks for APOP (POP3 only): the check then
 * fails when the greeting carries no timestamp, it never falls back to USER/PASS. {@code auth} selects
 * the mechanism as for SMTP (on POP3 LOGIN means USER/PASS); it is ignored when {@code apop} is set.
 */
public record ReceiveSettings(Protocol protocol, String host, int port, Security security, AuthMethod auth,
		boolean apop, boolean deleteAfterReceive) {

	public ReceiveSettings {
		if (protocol == null || protocol == Protocol.SMTP || host == null || host.isBlank() || port <= 0
				|| port > 65535 || security == null || auth == null) {
			throw new IllegalArgumentException("POP3 or IMAP with host, port, security and auth required"); //$NON-NLS-1$
		}
		if (apop && protocol != Protocol.POP3) {
			throw new IllegalArgumentException("APOP is a POP3 option"); //$NON-NLS-1$
		}
	}

	public Endpoint endpoint() {
		return new Endpoint(protocol, host, port, security);
	}
}
