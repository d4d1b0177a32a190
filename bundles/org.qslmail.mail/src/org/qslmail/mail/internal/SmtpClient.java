package org.qslmail.mail.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import javax.security.sasl.SaslClient;
import javax.security.sasl.SaslException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.qslmail.mail.AuthInfo;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.Category;
import org.qslmail.mail.Endpoint;
import org.qslmail.mail.HostResolver;
import org.qslmail.mail.Security;
import org.qslmail.mail.TrustSettings;

/** A small SMTP submission client: EHLO, STARTTLS, AUTH by {@link AuthPlan}, MAIL/RCPT/DATA. */
public final class SmtpClient implements Closeable {

	private final Connection connection;
	private final List<String> warnings = new ArrayList<>();
	private String greeting;
	private List<String> ehloLines = List.of();
	private List<String> authOffered = List.of();
	private String authUsed;

	private SmtpClient(Connection connection) {
		this.connection = connection;
	}

	/** Connects, reads the greeting, says EHLO and, for STARTTLS, upgrades and says EHLO again. */
	public static SmtpClient connect(Endpoint endpoint, HostResolver resolver, TrustSettings trust, int timeoutMs,
			IProgressMonitor monitor) throws MailException {
		Connection c = Connection.open(endpoint, resolver, trust, timeoutMs, monitor);
		SmtpClient client = new SmtpClient(c);
		try {
			client.start();
			return client;
		} catch (MailException | RuntimeException e) {
			c.close();
			throw e;
		}
	}

	private void start() throws MailException {
		Connection.Reply reply = connection.readSmtpReply();
		greeting = reply.text();
		if (reply.code() != 220) {
			throw serverFailure(reply);
		}
		ehlo();
		if (connection.security(Security.STARTTLS)) {
			if (!hasExtension("STARTTLS")) { //$NON-NLS-1$
				throw new MailException(Category.TLS, Codes.CONNECT,
						NLS.bind(Messages.Reply_noStartTls, String.join("\n", ehloLines)), //$NON-NLS-1$
						NLS.bind(Messages.Hint_noStartTls, Messages.Field_smtpSecurity, Messages.Field_smtpPort));
			}
			connection.writeLine("STARTTLS"); //$NON-NLS-1$
			Connection.Reply r = connection.readSmtpReply();
			if (r.code() != 220) {
				throw new MailException(Category.TLS, Codes.smtp(r.code()), r.text(),
						NLS.bind(Messages.Hint_tls, Messages.Field_smtpSecurity, Messages.Field_smtpPort));
			}
			connection.startTls();
			ehlo();
		}
	}

	private void ehlo() throws MailException {
		connection.writeLine("EHLO " + heloName()); //$NON-NLS-1$
		Connection.Reply reply = connection.readSmtpReply();
		if (reply.code() != 250) {
			connection.writeLine("HELO " + heloName()); //$NON-NLS-1$
			Connection.Reply helo = connection.readSmtpReply();
			if (helo.code() != 250) {
				throw serverFailure(helo);
			}
			ehloLines = helo.lines();
			authOffered = List.of();
			return;
		}
		ehloLines = reply.lines();
		List<String> auth = new ArrayList<>();
		for (String line : ehloLines.subList(1, ehloLines.size())) {
			String ext = line.length() > 4 ? line.substring(4).trim().toUpperCase(Locale.ROOT) : ""; //$NON-NLS-1$
			if (ext.startsWith("AUTH ") || ext.startsWith("AUTH=")) { //$NON-NLS-1$ //$NON-NLS-2$
				for (String m : ext.substring(5).trim().split("\\s+")) { //$NON-NLS-1$
					if (!m.isEmpty() && !auth.contains(m)) {
						auth.add(m);
					}
				}
			}
		}
		authOffered = List.copyOf(auth);
	}

	private String heloName() {
		return "[127.0.0.1]"; //$NON-NLS-1$
	}

	/** Whether the last EHLO reply lists the extension. */
	public boolean hasExtension(String name) {
		for (String line : ehloLines.subList(Math.min(1, ehloLines.size()), ehloLines.size())) {
			String ext = line.length() > 4 ? line.substring(4).trim().toUpperCase(Locale.ROOT) : ""; //$NON-NLS-1$
			if (ext.equals(name) || ext.startsWith(name + ' ')) {
				return true;
			}
		}
		return false;
	}

	/** Authenticates as the plan says. With {@link AuthMethod#NONE} nothing is sent. */
	public void authenticate(AuthMethod chosen, String user, char[] password) throws MailException {
		authenticate(chosen, user, password, Messages.Field_smtpUser);
	}

	/** @param userField the settings field the user name came from, named in hints */
	public void authenticate(AuthMethod chosen, String user, char[] password, String userField) throws MailException {
		if (chosen == AuthMethod.NONE) {
			return;
		}
		if (chosen == AuthMethod.AUTOMATIC && authOffered.isEmpty()) {
			warnings.add(Messages.Warning_noSmtpAuthOffered);
			return;
		}
		MailException last = null;
		for (AuthMethod method : AuthPlan.plan(chosen, authOffered, Messages.Field_smtpAuth)) {
			if (method.sendsPasswordInClear() && !connection.encrypted()) {
				warnings.add(NLS.bind(Messages.Warning_clearPassword, method.mechanism()));
			}
			connection.monitor().subTask(NLS.bind(Messages.Task_auth, method.mechanism()));
			Connection.Reply reply;
			try {
				reply = exchange(method.mechanism(), user, password);
			} catch (SaslException e) {
				last = new MailException(Category.AUTH, Codes.AUTH, String.valueOf(e.getMessage()),
						NLS.bind(Messages.Hint_mechanismFailed, Messages.Field_smtpAuth), e);
				continue;
			}
			if (reply.code() == 235) {
				authUsed = method.mechanism();
				return;
			}
			String hint = AuthPlan.credentialsHint(user, userField, Messages.Field_password);
			if (reply.code() == 535) {
				throw new MailException(Category.AUTH, Codes.SMTP_AUTH, reply.text(), hint);
			}
			last = new MailException(Category.AUTH, reply.code() > 0 ? Codes.smtp(reply.code()) : Codes.AUTH, reply.text(),
					NLS.bind(Messages.Hint_mechanismFailed, Messages.Field_smtpAuth));
		}
		throw last;
	}

	private Connection.Reply exchange(String mechanism, String user, char[] password) throws MailException, SaslException {
		SaslClient sasl = SaslClients.create(mechanism, user, password, "smtp", connection.endpoint().host()); //$NON-NLS-1$
		try {
			String command = "AUTH " + mechanism; //$NON-NLS-1$
			if (sasl.hasInitialResponse()) {
				byte[] initial = SaslClients.evaluate(sasl, new byte[0]);
				command += ' ' + (initial.length == 0 ? "=" : Base64.getEncoder().encodeToString(initial)); //$NON-NLS-1$
			}
			connection.writeLine(command);
			for (int round = 0; round < 10; round++) {
				Connection.Reply reply = connection.readSmtpReply();
				if (reply.code() != 334) {
					return reply;
				}
				String text = reply.lines().get(0);
				byte[] challenge = Base64.getMimeDecoder().decode(text.length() > 4 ? text.substring(4).trim() : ""); //$NON-NLS-1$
				byte[] response;
				try {
					response = sasl.isComplete() ? new byte[0] : SaslClients.evaluate(sasl, challenge);
				} catch (SaslException e) {
					connection.writeLine("*"); //$NON-NLS-1$
					connection.readSmtpReply();
					throw e;
				}
				connection.writeLine(Base64.getEncoder().encodeToString(response));
			}
			throw new MailException(Category.SERVER, Codes.AUTH, Messages.Reply_tooManyRounds, Messages.Hint_server);
		} finally {
			sasl.dispose();
		}
	}

	/** One transaction: MAIL FROM, RCPT TO for each recipient, DATA with the message written by {@code body}. */
	public void transaction(String from, List<String> recipients, MessageWriter body) throws MailException {
		transaction(from, recipients, null, body);
	}

	/**
	 * One transaction as {@link #transaction(String, List, MessageWriter)}, calling {@code beforeData} once
	 * every recipient is accepted, just before DATA. When it throws, the transaction is reset and
	 * {@link BeforeDataFailure} carries its exception.
	 */
	public void transaction(String from, List<String> recipients, org.qslmail.mail.SmtpSession.BeforeData beforeData,
			MessageWriter body) throws MailException {
		connection.writeLine("MAIL FROM:<" + from + '>'); //$NON-NLS-1$
		Connection.Reply reply = connection.readSmtpReply();
		if (reply.code() != 250) {
			throw senderFailure(reply);
		}
		for (String recipient : recipients) {
			connection.writeLine("RCPT TO:<" + recipient + '>'); //$NON-NLS-1$
			Connection.Reply r = connection.readSmtpReply();
			if (r.code() != 250 && r.code() != 251) {
				rsetQuietly();
				throw recipientFailure(r, recipient);
			}
		}
		if (beforeData != null) {
			try {
				beforeData.beforeData();
			} catch (Exception e) {
				rsetQuietly();
				throw new BeforeDataFailure(e);
			}
		}
		connection.writeLine("DATA"); //$NON-NLS-1$
		Connection.Reply data = connection.readSmtpReply();
		if (data.code() != 354) {
			rsetQuietly();
			throw serverFailure(data);
		}
		MessageOutputStream out = new MessageOutputStream(connection);
		try {
			body.writeTo(out);
			out.finish();
		} catch (MessageOutputStream.Failure f) {
			throw f.failure;
		} catch (IOException e) {
			throw new MailException(Category.SERVER, Codes.CONNECT, String.valueOf(e.getMessage()), Messages.Hint_message, e);
		}
		Connection.Reply done = connection.readSmtpReply();
		if (done.code() != 250) {
			throw serverFailure(done);
		}
	}

	/** The {@code beforeData} step of a transaction failed; nothing was sent. */
	public static final class BeforeDataFailure extends RuntimeException {
		private static final long serialVersionUID = 1L;

		BeforeDataFailure(Exception cause) {
			super(cause);
		}
	}

	/** Writes the message text (RFC 5322, any line ends). */
	@FunctionalInterface
	public interface MessageWriter {
		void writeTo(java.io.OutputStream out) throws IOException;
	}

	private void rsetQuietly() {
		try {
			connection.writeLine("RSET"); //$NON-NLS-1$
			connection.readSmtpReply();
		} catch (MailException e) {
			// the failure being reported matters more
		}
	}

	private MailException senderFailure(Connection.Reply reply) {
		int code = reply.code();
		if (code == 530 || code == 554 && reply.text().toLowerCase(Locale.ROOT).contains("auth")) { //$NON-NLS-1$
			return new MailException(Category.AUTH, Codes.smtp(code), reply.text(),
					NLS.bind(Messages.Hint_authRequired, Messages.Field_smtpAuth));
		}
		if (code >= 500) {
			return new MailException(Category.SENDER, Codes.smtp(code), reply.text(),
					NLS.bind(Messages.Hint_sender, Messages.Field_address, Messages.Field_smtpUser));
		}
		return serverFailure(reply);
	}

	private MailException recipientFailure(Connection.Reply reply, String recipient) {
		int code = reply.code();
		String lower = reply.text().toLowerCase(Locale.ROOT);
		if (lower.contains("relay") || code == 530) { //$NON-NLS-1$
			return new MailException(Category.RECIPIENT, Codes.smtp(code), reply.text(),
					NLS.bind(Messages.Hint_relayDenied, Messages.Field_smtpAuth));
		}
		if (code >= 500) {
			return new MailException(Category.RECIPIENT, Codes.smtp(code), reply.text(),
					NLS.bind(Messages.Hint_recipient, recipient, Messages.Field_address));
		}
		return serverFailure(reply);
	}

	private static MailException serverFailure(Connection.Reply reply) {
		return new MailException(Category.SERVER, reply.code() > 0 ? Codes.smtp(reply.code()) : Codes.CONNECT, reply.text(),
				reply.code() >= 400 && reply.code() < 500 ? Messages.Hint_serverTemporary : Messages.Hint_server);
	}

	public void reset() throws MailException {
		connection.writeLine("RSET"); //$NON-NLS-1$
		Connection.Reply r = connection.readSmtpReply();
		if (r.code() != 250) {
			throw serverFailure(r);
		}
	}

	public String greeting() {
		return greeting;
	}

	public List<String> ehloLines() {
		return ehloLines;
	}

	public List<String> authOffered() {
		return authOffered;
	}

	public AuthInfo authInfo() {
		return new AuthInfo(authOffered, authUsed);
	}

	public List<String> warnings() {
		return warnings;
	}

	public Connection connection() {
		return connection;
	}

	/** Says QUIT (bounded by the timeout) and closes. */
	public void quit() {
		try {
			connection.writeLine("QUIT"); //$NON-NLS-1$
			connection.readSmtpReply();
		} catch (MailException | RuntimeException e) {
			// closing anyway
		}
		close();
	}

	@Override
	public void close() {
		connection.close();
	}


}
