package org.qslmail.mail.internal;

import java.io.Closeable;
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

/** A small IMAP4rev1 client: CAPABILITY, STARTTLS, LOGIN/AUTHENTICATE, SELECT, UID SEARCH/STORE/EXPUNGE. */
public final class ImapClient implements Closeable {

	private final Connection connection;
	private final List<String> warnings = new ArrayList<>();
	private String greeting;
	private List<String> capabilities = List.of();
	private boolean startTlsOffered;
	private String authUsed;
	private int tag;

	private ImapClient(Connection connection) {
		this.connection = connection;
	}

	public static ImapClient connect(Endpoint endpoint, HostResolver resolver, TrustSettings trust, int timeoutMs,
			IProgressMonitor monitor) throws MailException {
		Connection c = Connection.open(endpoint, resolver, trust, timeoutMs, monitor);
		ImapClient client = new ImapClient(c);
		try {
			client.start();
			return client;
		} catch (MailException | RuntimeException e) {
			c.close();
			throw e;
		}
	}

	private void start() throws MailException {
		greeting = connection.readLine();
		if (!greeting.startsWith("* OK") && !greeting.startsWith("* PREAUTH")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new MailException(Category.SERVER, Codes.CONNECT, greeting,
					NLS.bind(Messages.Hint_notImap, Messages.Field_receivePort));
		}
		capability();
		startTlsOffered = capabilities.contains("STARTTLS"); //$NON-NLS-1$
		if (connection.security(Security.STARTTLS)) {
			if (!startTlsOffered) {
				throw new MailException(Category.TLS, Codes.CONNECT, NLS.bind(Messages.Reply_noStartTls, String.join(" ", capabilities)), //$NON-NLS-1$
						NLS.bind(Messages.Hint_noStartTls, Messages.Field_receiveSecurity, Messages.Field_receivePort));
			}
			Response r = command("STARTTLS"); //$NON-NLS-1$
			if (!r.ok()) {
				throw new MailException(Category.TLS, Codes.CONNECT, r.status(),
						NLS.bind(Messages.Hint_noStartTls, Messages.Field_receiveSecurity, Messages.Field_receivePort));
			}
			connection.startTls();
			capability();
		}
	}

	private void capability() throws MailException {
		Response r = command("CAPABILITY"); //$NON-NLS-1$
		List<String> caps = new ArrayList<>();
		for (String line : r.untagged()) {
			if (line.toUpperCase(Locale.ROOT).startsWith("* CAPABILITY ")) { //$NON-NLS-1$
				for (String c : line.substring(13).trim().split("\\s+")) { //$NON-NLS-1$
					caps.add(c.toUpperCase(Locale.ROOT));
				}
			}
		}
		capabilities = List.copyOf(caps);
	}

	private record Response(List<String> untagged, String status) {
		boolean ok() {
			int space = status.indexOf(' ');
			return space > 0 && status.substring(space + 1).toUpperCase(Locale.ROOT).startsWith("OK"); //$NON-NLS-1$
		}
	}

	private String nextTag() {
		return "q" + ++tag; //$NON-NLS-1$
	}

	private Response command(String command) throws MailException {
		String t = nextTag();
		connection.writeLine(t + ' ' + command);
		return readResponse(t);
	}

	private Response readResponse(String t) throws MailException {
		List<String> untagged = new ArrayList<>();
		while (true) {
			String line = connection.readLine();
			if (line.startsWith(t + ' ')) {
				return new Response(untagged, line);
			}
			untagged.add(line);
			if (untagged.size() > 100_000) {
				throw new MailException(Category.SERVER, Codes.CONNECT, Messages.Reply_lineTooLong, Messages.Hint_server);
			}
		}
	}

	public List<String> mechanisms() {
		List<String> offered = new ArrayList<>();
		for (String c : capabilities) {
			if (c.startsWith("AUTH=")) { //$NON-NLS-1$
				offered.add(c.substring(5));
			}
		}
		if (!capabilities.contains("LOGINDISABLED") && !offered.contains("LOGIN")) { //$NON-NLS-1$ //$NON-NLS-2$
			offered.add("LOGIN"); //$NON-NLS-1$
		}
		return offered;
	}

	public void authenticate(AuthMethod chosen, String user, char[] password) throws MailException {
		String credentialsHint = AuthPlan.credentialsHint(user, Messages.Field_user, Messages.Field_password);
		AuthMethod effective = chosen == AuthMethod.NONE ? AuthMethod.AUTOMATIC : chosen;
		MailException last = null;
		for (AuthMethod method : AuthPlan.plan(effective, mechanisms(), Messages.Field_receiveAuth)) {
			if (method.sendsPasswordInClear() && !connection.encrypted()) {
				warnings.add(NLS.bind(Messages.Warning_clearPassword, method.mechanism()));
			}
			connection.monitor().subTask(NLS.bind(Messages.Task_auth, method.mechanism()));
			Response r;
			try {
				r = method == AuthMethod.LOGIN && !capabilities.contains("AUTH=LOGIN") //$NON-NLS-1$
						? command("LOGIN " + quote(user) + ' ' + quote(new String(password))) //$NON-NLS-1$
						: sasl(method.mechanism(), user, password);
			} catch (SaslException e) {
				last = new MailException(Category.AUTH, Codes.AUTH, String.valueOf(e.getMessage()),
						NLS.bind(Messages.Hint_mechanismFailed, Messages.Field_receiveAuth), e);
				continue;
			}
			if (r.ok()) {
				authUsed = method.mechanism();
				return;
			}
			String upper = r.status().toUpperCase(Locale.ROOT);
			if (upper.contains("AUTHENTICATIONFAILED") || chosen != AuthMethod.AUTOMATIC) { //$NON-NLS-1$
				throw new MailException(Category.AUTH, Codes.AUTH, r.status(), credentialsHint);
			}
			last = new MailException(Category.AUTH, Codes.AUTH, r.status(),
					NLS.bind(Messages.Hint_mechanismFailed, Messages.Field_receiveAuth));
		}
		throw last;
	}

	private static String quote(String s) {
		return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private Response sasl(String mechanism, String user, char[] password) throws MailException, SaslException {
		SaslClient client = SaslClients.create(mechanism, user, password, "imap", connection.endpoint().host()); //$NON-NLS-1$
		try {
			String t = nextTag();
			connection.writeLine(t + " AUTHENTICATE " + mechanism); //$NON-NLS-1$
			boolean first = true;
			for (int round = 0; round < 10; round++) {
				String line = connection.readLine();
				if (line.startsWith(t + ' ')) {
					return new Response(List.of(), line);
				}
				if (!line.startsWith("+")) { //$NON-NLS-1$
					continue;
				}
				byte[] challenge = Base64.getMimeDecoder().decode(line.length() > 2 ? line.substring(2).trim() : ""); //$NON-NLS-1$
				byte[] response;
				try {
					if (first && client.hasInitialResponse()) {
						response = SaslClients.evaluate(client, new byte[0]);
					} else {
						response = client.isComplete() ? new byte[0] : SaslClients.evaluate(client, challenge);
					}
				} catch (SaslException e) {
					connection.writeLine("*"); //$NON-NLS-1$
					readResponse(t);
					throw e;
				}
				first = false;
				connection.writeLine(Base64.getEncoder().encodeToString(response));
			}
			throw new MailException(Category.SERVER, Codes.AUTH, Messages.Reply_tooManyRounds, Messages.Hint_server);
		} finally {
			client.dispose();
		}
	}

	/** Selects INBOX and returns the UIDs of messages whose header carries the value. */
	public List<Long> search(String header, String value) throws MailException {
		Response select = command("SELECT INBOX"); //$NON-NLS-1$
		if (!select.ok()) {
			throw new MailException(Category.MAILBOX, Codes.CONNECT, select.status(), Messages.Hint_mailbox);
		}
		Response r = command("UID SEARCH HEADER " + header + ' ' + quote(value)); //$NON-NLS-1$
		if (!r.ok()) {
			throw new MailException(Category.MAILBOX, Codes.CONNECT, r.status(), Messages.Hint_mailbox);
		}
		List<Long> uids = new ArrayList<>();
		for (String line : r.untagged()) {
			if (line.toUpperCase(Locale.ROOT).startsWith("* SEARCH")) { //$NON-NLS-1$
				for (String n : line.substring(8).trim().split("\\s+")) { //$NON-NLS-1$
					if (!n.isEmpty()) {
						uids.add(Long.valueOf(n));
					}
				}
			}
		}
		return uids;
	}

	/**
	 * The raw header lines of one header field of a message in the selected mailbox, read without setting
	 * \Seen. The lines of the fetched literal come back as untagged lines; the FETCH lines themselves are left out.
	 */
	public List<String> headerLines(long uid, String field) throws MailException {
		Response r = command("UID FETCH " + uid + " (BODY.PEEK[HEADER.FIELDS (" + field + ")])"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (!r.ok()) {
			throw new MailException(Category.MAILBOX, Codes.CONNECT, r.status(), Messages.Hint_mailbox);
		}
		List<String> lines = new ArrayList<>();
		for (String line : r.untagged()) {
			if (!line.startsWith("* ") && !line.equals(")")) { //$NON-NLS-1$ //$NON-NLS-2$
				lines.add(line);
			}
		}
		return lines;
	}

	/** Flags the messages deleted and expunges exactly them (UID EXPUNGE when UIDPLUS is offered). */
	public void delete(List<Long> uids) throws MailException {
		String set = String.join(",", uids.stream().map(String::valueOf).toList()); //$NON-NLS-1$
		Response store = command("UID STORE " + set + " +FLAGS.SILENT (\\Deleted)"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!store.ok()) {
			throw new MailException(Category.MAILBOX, Codes.CONNECT, store.status(), Messages.Hint_mailbox);
		}
		Response expunge = command(capabilities.contains("UIDPLUS") ? "UID EXPUNGE " + set : "EXPUNGE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (!expunge.ok()) {
			throw new MailException(Category.MAILBOX, Codes.CONNECT, expunge.status(), Messages.Hint_mailbox);
		}
	}

	/**
	 * SELECT INBOX: {@code [exists, uidValidity]}. Asks for the capabilities again first: servers announce
	 * UIDPLUS (UID EXPUNGE) only after login.
	 */
	public long[] selectInbox() throws MailException {
		capability();
		Response select = command("SELECT INBOX"); //$NON-NLS-1$
		if (!select.ok()) {
			throw new MailException(Category.MAILBOX, Codes.CONNECT, select.status(), Messages.Hint_mailbox);
		}
		long exists = 0;
		long validity = 0;
		for (String line : select.untagged()) {
			String upper = line.toUpperCase(Locale.ROOT);
			if (upper.endsWith(" EXISTS")) { //$NON-NLS-1$
				try {
					exists = Long.parseLong(line.substring(2, line.length() - 7).trim());
				} catch (NumberFormatException e) {
					// ignore
				}
			}
			int v = upper.indexOf("[UIDVALIDITY "); //$NON-NLS-1$
			if (v >= 0) {
				int end = upper.indexOf(']', v);
				try {
					validity = Long.parseLong(line.substring(v + 13, end < 0 ? line.length() : end).trim());
				} catch (NumberFormatException | StringIndexOutOfBoundsException e) {
					// ignore
				}
			}
		}
		return new long[] { exists, validity };
	}

	/** {@code UID FETCH 1:* (UID RFC822.SIZE)}: {@code [sequence number, uid, size]} in server order. */
	public List<long[]> uidSizes() throws MailException {
		Response r = command("UID FETCH 1:* (UID RFC822.SIZE)"); //$NON-NLS-1$
		if (!r.ok()) {
			throw new MailException(Category.MAILBOX, Codes.CONNECT, r.status(), Messages.Hint_mailbox);
		}
		List<long[]> list = new ArrayList<>();
		for (String line : r.untagged()) {
			String upper = line.toUpperCase(Locale.ROOT);
			int fetch = upper.indexOf(" FETCH "); //$NON-NLS-1$
			if (!upper.startsWith("* ") || fetch < 0) { //$NON-NLS-1$
				continue;
			}
			try {
				long seq = Long.parseLong(line.substring(2, fetch).trim());
				long uid = number(upper, "UID "); //$NON-NLS-1$
				long size = number(upper, "RFC822.SIZE "); //$NON-NLS-1$
				if (uid > 0) {
					list.add(new long[] { seq, uid, size });
				}
			} catch (NumberFormatException e) {
				// ignore a malformed line
			}
		}
		list.sort((a, b) -> Long.compare(a[0], b[0]));
		return list;
	}

	private static long number(String upper, String key) {
		int i = upper.indexOf(key);
		if (i < 0) {
			return -1;
		}
		int start = i + key.length();
		int end = start;
		while (end < upper.length() && Character.isDigit(upper.charAt(end))) {
			end++;
		}
		return Long.parseLong(upper.substring(start, end));
	}

	/** {@code UID FETCH u1,u2,... (BODY.PEEK[HEADER])}: the header of each UID that still exists. */
	public java.util.Map<Long, byte[]> fetchHeaders(List<Long> uids, int max) throws MailException {
		java.util.Map<Long, byte[]> headers = new java.util.HashMap<>();
		if (uids.isEmpty()) {
			return headers;
		}
		String t = nextTag();
		connection.writeLine(t + " UID FETCH " + String.join(",", uids.stream().map(String::valueOf).toList()) //$NON-NLS-1$ //$NON-NLS-2$
				+ " (UID BODY.PEEK[HEADER])"); //$NON-NLS-1$
		for (int lines = 0; lines < 10 * uids.size() + 100; lines++) {
			String line = connection.readLine();
			if (line.startsWith(t + ' ')) {
				if (!new Response(List.of(), line).ok()) {
					throw new MailException(Category.MAILBOX, Codes.CONNECT, line, Messages.Hint_mailbox);
				}
				return headers;
			}
			if (line.startsWith("* ") && line.endsWith("}")) { //$NON-NLS-1$ //$NON-NLS-2$
				int open = line.lastIndexOf('{');
				long length;
				long uid;
				try {
					length = Long.parseLong(line.substring(open + 1, line.length() - 1));
					uid = number(line.toUpperCase(Locale.ROOT), "UID "); //$NON-NLS-1$
				} catch (NumberFormatException | StringIndexOutOfBoundsException e) {
					throw new MailException(Category.SERVER, Codes.CONNECT, line, Messages.Hint_server);
				}
				byte[] header;
				try (java.io.InputStream in = connection.literal(length)) {
					header = ReceiveMailbox.readAll(in, max);
				} catch (Connection.MailIOException e) {
					throw e.failure();
				} catch (java.io.IOException e) {
					throw connection.io(e);
				}
				if (uid > 0) {
					headers.put(uid, header);
				}
				// the rest of the FETCH response (")" or further items) is read as the next line
			}
		}
		throw new MailException(Category.SERVER, Codes.CONNECT, Messages.Reply_lineTooLong, Messages.Hint_server);
	}

	/**
	 * {@code UID FETCH uid (BODY.PEEK[section])} as a stream of the literal; closing it reads the rest of the
	 * response. {@code null} when the server sends no such message (expunged meanwhile).
	 */
	public java.io.InputStream fetch(long uid, String section) throws MailException {
		String t = nextTag();
		connection.writeLine(t + " UID FETCH " + uid + " (BODY.PEEK[" + section + "])"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (int lines = 0; lines < 100_000; lines++) {
			String line = connection.readLine();
			if (line.startsWith(t + ' ')) {
				if (!new Response(List.of(), line).ok()) {
					throw new MailException(Category.MAILBOX, Codes.CONNECT, line, Messages.Hint_mailbox);
				}
				return null;
			}
			if (line.endsWith("}") && line.startsWith("* ")) { //$NON-NLS-1$ //$NON-NLS-2$
				int open = line.lastIndexOf('{');
				long length;
				try {
					length = Long.parseLong(line.substring(open + 1, line.length() - 1));
				} catch (NumberFormatException | StringIndexOutOfBoundsException e) {
					throw new MailException(Category.SERVER, Codes.CONNECT, line, Messages.Hint_server);
				}
				java.io.InputStream literal = connection.literal(length);
				return new java.io.FilterInputStream(literal) {
					private boolean finished;

					@Override
					public int read() throws java.io.IOException {
						int b = super.read();
						if (b < 0) {
							finish();
						}
						return b;
					}

					@Override
					public int read(byte[] b, int off, int len) throws java.io.IOException {
						int n = super.read(b, off, len);
						if (n < 0) {
							finish();
						}
						return n;
					}

					@Override
					public void close() throws java.io.IOException {
						literal.close();
						finish();
					}

					private void finish() throws java.io.IOException {
						if (finished) {
							return;
						}
						finished = true;
						try {
							Response rest = readResponse(t);
							if (!rest.ok()) {
								throw new Connection.MailIOException(
										new MailException(Category.MAILBOX, Codes.CONNECT, rest.status(), Messages.Hint_mailbox));
							}
						} catch (MailException e) {
							throw new Connection.MailIOException(e);
						}
					}
				};
			}
		}
		throw new MailException(Category.SERVER, Codes.CONNECT, Messages.Reply_lineTooLong, Messages.Hint_server);
	}

	public String greeting() {
		return greeting;
	}

	public List<String> capabilities() {
		return capabilities;
	}

	public boolean startTlsOffered() {
		return startTlsOffered;
	}

	public AuthInfo authInfo() {
		return new AuthInfo(mechanisms(), authUsed);
	}

	public List<String> warnings() {
		return warnings;
	}

	public Connection connection() {
		return connection;
	}

	public void quit() {
		try {
			command("LOGOUT"); //$NON-NLS-1$
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
