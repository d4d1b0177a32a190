package org.qslmail.mail;

import jakarta.mail.internet.MimeMessage;

/**
 * One SMTP connection for sending messages one at a time, with the server's answer to each (for the e-QSL
 * send operation, which writes marks only for accepted messages). Made by
 * {@link MailService#openSmtp(MailAccount, org.eclipse.core.runtime.IProgressMonitor)}; cancelling that
 * monitor closes the socket at once, and the running call then throws
 * {@link org.eclipse.core.runtime.OperationCanceledException}.
 */
public interface SmtpSession extends AutoCloseable {

	/** Called after the server took every recipient and just before DATA: the last moment not to send. */
	@FunctionalInterface
	interface BeforeData {
		/** Throwing stops this message (it is not sent) and ends the session. */
		void beforeData() throws Exception;
	}

	/** The outcome of connecting and logging in; when not ok the session is closed already. */
	MailResult opened();

	/**
	 * Sends one message. {@code ok} means the server accepted it (250 after DATA). A refused recipient or a
	 * message refused by the server leaves the session usable ({@link #isOpen()}); a lost connection closes it.
	 */
	MailResult send(MimeMessage message, BeforeData beforeData);

	/** Whether further messages can be sent. */
	boolean isOpen();

	/** Says QUIT and closes; the result's warnings carry what the server said along the way. */
	@Override
	void close();
}
