package org.qslmail.mail;

import java.time.Duration;

/**
 * One QSL mail account: the address, the login (empty = the address, as the hQSL manual allows) and
 * password, send and receive settings, POP-before-SMTP, the timeout (default 60 s) that bounds every
 * connect, read and write, and the trust additions.
 */
public record MailAccount(String address, String user, char[] password, SmtpSettings smtp,
		ReceiveSettings receive, boolean popBeforeSmtp, Duration timeout, TrustSettings trust) {

	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

	public MailAccount {
		if (address == null || address.indexOf('@') < 1) {
			throw new IllegalArgumentException("address"); //$NON-NLS-1$
		}
		timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
		trust = trust == null ? TrustSettings.SYSTEM : trust;
		password = password == null ? new char[0] : password;
	}

	/** The user name for the receive server. */
	public String loginUser() {
		return user == null || user.isBlank() ? address : user;
	}

	/** The user name for the send server (the separate send account when set). */
	public String smtpUser() {
		return smtp != null && smtp.sendUser() != null && !smtp.sendUser().isBlank() ? smtp.sendUser() : loginUser();
	}

	/** The password for the send server (the separate one when set). */
	public char[] smtpPassword() {
		return smtp != null && smtp.sendPassword() != null && smtp.sendPassword().length > 0 ? smtp.sendPassword()
				: password;
	}

	public int timeoutMillis() {
		long ms = timeout.toMillis();
		return (int) Math.max(1, Math.min(Integer.MAX_VALUE, ms));
	}
}
