package org.qslmail.mail;

/**
 * Send settings. {@code sendUser}/{@code sendPassword} are the optional separate send account of the
 * manual; when {@code null} (or the password empty) the account's user and password are used.
 */
public record SmtpSettings(String host, int port, Security security, AuthMethod auth, String sendUser,
		char[] sendPassword) {

	public SmtpSettings {
		if (host == null || host.isBlank() || port <= 0 || port > 65535 || security == null || auth == null) {
			throw new IllegalArgumentException("host, port, security and auth are required"); //$NON-NLS-1$
		}
	}

	public SmtpSettings(String host, int port, Security security, AuthMethod auth) {
		this(host, port, security, auth, null, null);
	}

	public Endpoint endpoint() {
		return new Endpoint(Protocol.SMTP, host, port, security);
	}
}
