package org.qslmail.mail;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import jakarta.mail.internet.MimeMessage;

/**
 * The mail transport, an OSGi service. Every operation is bounded by the account's timeout per connect,
 * read and write, and stops at once when the monitor is cancelled (the socket is closed; the method then
 * throws {@link org.eclipse.core.runtime.OperationCanceledException}). Failures never throw: they come
 * back as a {@link MailResult} with category, number, server reply and hint.
 */
public interface MailService {

	/**
	 * Sends messages over one SMTP connection (one EHLO, one AUTH, one transaction per message). Stops at the
	 * first failing message; the result's warnings name how many were sent before.
	 */
	MailResult send(MailAccount account, List<MimeMessage> messages, IProgressMonitor monitor);

	/**
	 * Opens one SMTP connection (connect, TLS, AUTH as for {@link #send}) over which messages are then sent one
	 * by one, each with the server's own answer. The monitor is watched for the whole session.
	 */
	default SmtpSession openSmtp(MailAccount account, IProgressMonitor monitor) {
		throw new UnsupportedOperationException();
	}

	/** Sends a test mail to the account's own address, carrying a unique token returned in the result. */
	MailResult sendCheck(MailAccount account, IProgressMonitor monitor);

	/**
	 * Looks for the test mail with this token in the inbox (POP3 or IMAP) and removes exactly that mail.
	 * Category {@link Category#MAILBOX} when it is not there.
	 */
	MailResult receiveCheck(MailAccount account, String token, IProgressMonitor monitor);

	/**
	 * Like {@link #receiveCheck(MailAccount, String, IProgressMonitor)}, but the result's token is the value of
	 * the found mail's header {@code valueHeader}: how a secret sent by mail reaches the program, e.g. the QSL
	 * directory's one-time registration token, mailed with {@code X-QSLMail-Check: token} and
	 * {@code X-QSLMail-Directory-Token: secret}. Category {@link Category#MAILBOX} when the mail or that header is
	 * missing.
	 */
	MailResult receiveCheck(MailAccount account, String token, String valueHeader, IProgressMonitor monitor);

	/**
	 * Logs in to the account's receive server (POP3 or IMAP INBOX) and returns the open mailbox. POP3 servers
	 * must offer {@code UIDL} (category {@link Category#MAILBOX} with a hint when they do not). The monitor
	 * stays bound to the mailbox: cancelling it closes the connection.
	 *
	 * @since 1.1
	 */
	Mailbox openMailbox(MailAccount account, IProgressMonitor monitor) throws MailboxException;

	/** Connects to one endpoint without logging in and reports what it offers. */
	ProbeResult probe(Endpoint endpoint, TrustSettings trust, Duration timeout, IProgressMonitor monitor);

	/**
	 * Finds working settings for an address: presets first (when a {@link PresetProvider} is present),
	 * then guessed candidates probed in parallel; ends within about one timeout. Ranked best first.
	 */
	List<DetectedSetting> detect(String address, DetectOptions options, IProgressMonitor monitor);
}
