package org.qslmail.registration;

import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

import org.eclipse.angus.mail.util.MailStreamProvider;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.qslmail.directory.server.TokenMailer;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.MailResult;
import org.qslmail.mail.MailService;
import org.qslmail.registration.internal.Messages;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The directory server's token mail, sent through the {@link MailService} with the directory's own mail
 * account (its address is the sender; only its SMTP settings are used). The mail carries
 * {@code X-QSLMail-Check: <checkId>} and {@code X-QSLMail-Directory-Token: <token>} (docs/directory-api.md).
 */
public final class MailTokenMailer implements TokenMailer {

	private final MailService mail;
	private final MailAccount sender;

	/** @param sender the directory's mail account; needs SMTP settings */
	public MailTokenMailer(MailService mail, MailAccount sender) {
		this.mail = Objects.requireNonNull(mail);
		this.sender = Objects.requireNonNull(sender);
		if (sender.smtp() == null) {
			throw new IllegalArgumentException("the token mailer needs SMTP settings"); //$NON-NLS-1$
		}
	}

	@Override
	public void sendToken(String address, String callsign, String checkId, String token) throws Exception {
		MimeMessage message = message(sender.address(), address, callsign, checkId, token);
		MailResult result = mail.send(sender, List.of(message), new NullProgressMonitor());
		if (!result.ok()) {
			throw new TokenMailException(result);
		}
	}

	/** The token mail (public for tests and for a deployment's own transport). */
	public static MimeMessage message(String from, String to, String callsign, String checkId, String token)
			throws MessagingException {
		// Jakarta Mail finds its stream provider through the thread context class loader (BUILD-NOTES pitfall 9).
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(MailStreamProvider.class.getClassLoader());
		try {
			return build(from, to, callsign, checkId, token);
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	private static MimeMessage build(String from, String to, String callsign, String checkId, String token)
			throws MessagingException {
		if (!checkId.matches("[A-Za-z0-9_-]{1,128}") || !token.matches("[A-Za-z0-9_-]{1,256}")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new IllegalArgumentException("check id and token are URL-safe words"); //$NON-NLS-1$
		}
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
		message.setFrom(new InternetAddress(from, true));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
		message.setSubject(SUBJECT_PREFIX + callsign, "UTF-8"); //$NON-NLS-1$
		message.setHeader(CHECK_HEADER, checkId);
		message.setHeader(TOKEN_HEADER, token);
		message.setText(NLS.bind(Messages.TokenMail_body, callsign, to), "UTF-8"); //$NON-NLS-1$
		message.setSentDate(new Date());
		return message;
	}

	/** The mail service could not hand the token mail over; carries the service's result. */
	public static final class TokenMailException extends Exception {
		private static final long serialVersionUID = 1L;
		private final transient MailResult result;

		TokenMailException(MailResult result) {
			super(result.code() + " " + result.serverReply()); //$NON-NLS-1$
			this.result = result;
		}

		public MailResult result() {
			return result;
		}
	}
}
