package org.qslmail.mail.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.qslmail.mail.Category;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.MailResult;
import org.qslmail.mail.SmtpSession;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** One SMTP connection of {@link MailServiceImpl#openSmtp}: messages one at a time, each with its answer. */
final class SmtpSessionImpl implements SmtpSession {

	private final MailAccount account;
	private final SmtpClient client;
	private final MailResult opened;
	private final List<String> warnings = new ArrayList<>();
	private boolean open;

	SmtpSessionImpl(MailAccount account, SmtpClient client, MailResult opened) {
		this.account = account;
		this.client = client;
		this.opened = opened;
		this.open = client != null && opened.ok();
	}

	@Override
	public MailResult opened() {
		return opened;
	}

	@Override
	public boolean isOpen() {
		return open;
	}

	@Override
	public MailResult send(MimeMessage message, BeforeData beforeData) {
		long start = System.nanoTime();
		if (!open) {
			throw new IllegalStateException("session closed"); //$NON-NLS-1$
		}
		try {
			List<String> recipients = MailServiceImpl.recipientsOf(message);
			client.transaction(account.address(), recipients, beforeData, out -> AngusContext.<Void, java.io.IOException>call(() -> {
				try {
					message.writeTo(out);
				} catch (MessagingException e) {
					throw new java.io.IOException(e);
				}
				return null;
			}));
			return result(true, null, null, null, null, start);
		} catch (SmtpClient.BeforeDataFailure e) {
			close();
			Throwable cause = e.getCause();
			return result(false, Category.SERVER, Codes.CONNECT, String.valueOf(cause.getMessage()), Messages.Hint_message,
					start);
		} catch (MailException e) {
			// A reply from the server leaves the connection usable; a broken connection does not.
			boolean reply = e.code() != null && !Codes.CONNECT.equals(e.code()) && !Codes.TIMEOUT.equals(e.code());
			if (!reply) {
				open = false;
				client.close();
			}
			return result(false, e.category(), e.code(), e.serverReply(), e.hint(), start);
		} catch (RuntimeException e) {
			open = false;
			client.close();
			throw e;
		}
	}

	private MailResult result(boolean ok, Category category, String code, String reply, String hint, long start) {
		return new MailResult(ok, category, code, reply, hint, warnings, client.connection().tlsInfo(), client.authInfo(),
				(System.nanoTime() - start) / 1_000_000, null);
	}

	@Override
	public void close() {
		if (client == null) {
			return;
		}
		if (open) {
			open = false;
			client.quit();
		} else {
			client.close();
		}
	}
}
