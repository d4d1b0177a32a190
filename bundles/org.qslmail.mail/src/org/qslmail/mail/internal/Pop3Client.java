package org.qslmail.mail.internal;

import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/**
 * A small POP3 client: greeting with APOP timestamp, CAPA, STLS, APOP (strict: no timestamp is an error,
 * never a silent USER/PASS), USER/PASS, and SASL AUTH with PLAIN, LOGIN, CRAM-MD5 and DIGEST-MD5.
 */
public final class Pop3Client implements Closeable {

	private static final Pattern TIMESTAMP = Pattern.compile("<[^<>\\s]+@[^<>\\s]+>"); //$NON-NLS-1$

	private final Connection connection;
	private final List<String> warnings = new ArrayList<>();
	private String greeting;
	private String timestamp;
	private List<String> capabilities = List.of();
	private boolean capaWorked;
	private boolean stlsOffered;
	private String authUsed;

	private Pop3Client(Connection connection) {
		this.connection = connection;
	}

	public static Pop3Client connect(Endpoint endpoint, HostResolver resolver, TrustSettings trust, int timeoutMs,
			IProgressMonitor monitor) throws MailException {
		Connection c = Connection.open(endpoint, resolver, trust, timeoutMs, monitor);
		Pop3Client client = new Pop3Client(c);
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
		if (!greeting.startsWith("+OK")) { //$NON-NLS-1$
			throw new MailException(Category.SERVER, Codes.CONNECT, greeting,
					NLS.bind(Messages.Hint_notPop3, Messages.Field_receivePort));
		}
		Matcher m = TIMESTAMP.matcher(greeting);
		timestamp = m.find() ? m.group() : null;
		capa();
		stlsOffered = capabilities.contains("STLS"); //$NON-NLS-1$
		if (connection.security(Security.STARTTLS)) {
			if (capaWorked && !capabilities.contains("STLS")) { //$NON-NLS-1$
				throw new MailException(Category.TLS, Codes.CONNECT, NLS.bind(Messages.Reply_noStartTls, String.join("\n", capabilities)), //$NON-NLS-1$
						NLS.bind(Messages.Hint_noStartTls, Messages.Field_receiveSecurity, Messages.Field_receivePort));
			}
			connection.writeLine("STLS"); //$NON-NLS-1$
			String reply = connection.readLine();
			if (!reply.startsWith("+OK")) { //$NON-NLS-1$
				throw new MailException(Category.TLS, Codes.CONNECT, reply,
						NLS.bind(Messages.Hint_noStartTls, Messages.Field_receiveSecurity, Messages.Field_receivePort));
			}
			connection.startTls();
			capa();
		}
	}

	private void capa() throws MailException {
		connection.writeLine("CAPA"); //$NON-NLS-1$
		String reply = connection.readLine();
		if (reply.startsWith("+OK")) { //$NON-NLS-1$
			capabilities = readMultiLine();
			capaWorked = true;
		} else {
			capabilities = List.of();
			capaWorked = false;
		}
	}

	/** Reads a multi-line response up to the terminating dot, undoing dot-stuffing. */
	private List<String> readMultiLine() throws MailException {
		List<String> lines = new ArrayList<>();
		while (true) {
			String line = connection.readLine();
			if (line.equals(".")) { //$NON-NLS-1$
				return lines;
			}
			lines.add(line.startsWith("..") ? line.substring(1) : line); //$NON-NLS-1$
		}
	}

	/** The SASL mechanisms of CAPA, plus LOGIN (= USER/PASS) when USER is offered or CAPA is not supported. */
	public List<String> mechanisms() {
		List<String> offered = new ArrayList<>();
		for (String line : capabilities) {
			String upper = line.toUpperCase(Locale.ROOT);
			if (upper.startsWith("SASL ")) { //$NON-NLS-1$
				for (String mech : upper.substring(5).trim().split("\\s+")) { //$NON-NLS-1$
					if (!mech.isEmpty() && !offered.contains(mech)) {
						offered.add(mech);
					}
				}
			}
		}
		if ((!capaWorked || capabilities.stream().anyMatch(l -> l.equalsIgnoreCase("USER"))) && !offered.contains("LOGIN")) { //$NON-NLS-1$ //$NON-NLS-2$
			offered.add("LOGIN"); //$NON-NLS-1$
		}
		return offered;
	}

	/** What the server offers for display: SASL mechanisms, USER, APOP. */
	public List<String> authOffered() {
		List<String> offered = new ArrayList<>(mechanisms());
		if (timestamp != null) {
			offered.add("APOP"); //$NON-NLS-1$
		}
		return offered;
	}

	public void authenticate(boolean apop, AuthMethod chosen, String user, char[] password) throws MailException {
		String credentialsHint = AuthPlan.credentialsHint(user, Messages.Field_user, Messages.Field_password);
		if (apop) {
			if (timestamp == null) {
				throw new MailException(Category.AUTH_METHOD, Codes.AUTH_METHOD, greeting,
						NLS.bind(Messages.Hint_noApopTimestamp, Messages.Field_apop, Messages.Field_receiveSecurity));
			}
			connection.monitor().subTask(NLS.bind(Messages.Task_auth, "APOP")); //$NON-NLS-1$
			connection.writeLine("APOP " + user + ' ' + apopDigest(timestamp, password)); //$NON-NLS-1$
			String reply = connection.readLine();
			if (!reply.startsWith("+OK")) { //$NON-NLS-1$
				throw new MailException(Category.AUTH, Codes.AUTH, reply, credentialsHint);
			}
			authUsed = "APOP"; //$NON-NLS-1$
			return;
		}
		AuthMethod effective = chosen == AuthMethod.NONE ? AuthMethod.AUTOMATIC : chosen;
		MailException last = null;
		for (AuthMethod method : AuthPlan.plan(effective, mechanisms(), Messages.Field_receiveAuth)) {
			if (method.sendsPasswordInClear() && !connection.encrypted()) {
				warnings.add(NLS.bind(Messages.Warning_clearPassword, method == AuthMethod.LOGIN ? "USER/PASS" : method.mechanism())); //$NON-NLS-1$
			}
			connection.monitor().subTask(NLS.bind(Messages.Task_auth, method.mechanism()));
			String reply;
			try {
				reply = method == AuthMethod.LOGIN ? userPass(user, password) : sasl(method.mechanism(), user, password);
			} catch (SaslException e) {
				last = new MailException(Category.AUTH, Codes.AUTH, String.valueOf(e.getMessage()),
						NLS.bind(Messages.Hint_mechanismFailed, Messages.Field_receiveAuth), e);
				continue;
			}
			if (reply.startsWith("+OK")) { //$NON-NLS-1$
				authUsed = method == AuthMethod.LOGIN ? "USER" : method.mechanism(); //$NON-NLS-1$
				return;
			}
			String upper = reply.toUpperCase(Locale.ROOT);
			if (upper.contains("[AUTH]") || method == AuthMethod.LOGIN || chosen != AuthMethod.AUTOMATIC) { //$NON-NLS-1$
				throw new MailException(Category.AUTH, Codes.AUTH, reply, credentialsHint);
			}
			last = new MailException(Category.AUTH, Codes.AUTH, reply,
					NLS.bind(Messages.Hint_mechanismFailed, Messages.Field_receiveAuth));
		}
		throw last;
	}

	static String apopDigest(String timestamp, char[] password) {
		try {
			MessageDigest md5 = MessageDigest.getInstance("MD5"); //$NON-NLS-1$
			return HexFormat.of().formatHex(md5.digest((timestamp + new String(password)).getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private String userPass(String user, char[] password) throws MailException {
		connection.writeLine("USER " + user); //$NON-NLS-1$
		String reply = connection.readLine();
		if (!reply.startsWith("+OK")) { //$NON-NLS-1$
			return reply;
		}
		connection.writeLine("PASS " + new String(password)); //$NON-NLS-1$
		return connection.readLine();
	}

	private String sasl(String mechanism, String user, char[] password) throws MailException, SaslException {
		SaslClient client = SaslClients.create(mechanism, user, password, "pop", connection.endpoint().host()); //$NON-NLS-1$
		try {
			String command = "AUTH " + mechanism; //$NON-NLS-1$
			if (client.hasInitialResponse()) {
				byte[] initial = SaslClients.evaluate(client, new byte[0]);
				command += ' ' + (initial.length == 0 ? "=" : Base64.getEncoder().encodeToString(initial)); //$NON-NLS-1$
			}
			connection.writeLine(command);
			for (int round = 0; round < 10; round++) {
				String reply = connection.readLine();
				if (!reply.startsWith("+ ") && !reply.equals("+")) { //$NON-NLS-1$ //$NON-NLS-2$
					return reply;
				}
				byte[] challenge = Base64.getMimeDecoder().decode(reply.length() > 2 ? reply.substring(2).trim() : ""); //$NON-NLS-1$
				byte[] response;
				try {
					response = client.isComplete() ? new byte[0] : SaslClients.evaluate(client, challenge);
				} catch (SaslException e) {
					connection.writeLine("*"); //$NON-NLS-1$
					connection.readLine();
					throw e;
				}
				connection.writeLine(Base64.getEncoder().encodeToString(response));
			}
			throw new MailException(Category.SERVER, Codes.AUTH, Messages.Reply_tooManyRounds, Messages.Hint_server);
		} finally {
			client.dispose();
		}
	}

	/** Message numbers of the mailbox, newest last. */
	public List<Integer> list() throws MailException {
		connection.writeLine("LIST"); //$NON-NLS-1$
		String reply = connection.readLine();
		if (!reply.startsWith("+OK")) { //$NON-NLS-1$
			throw mailboxFailure(reply);
		}
		List<Integer> numbers = new ArrayList<>();
		for (String line : readMultiLine()) {
			String[] parts = line.trim().split("\\s+"); //$NON-NLS-1$
			try {
				numbers.add(Integer.valueOf(parts[0]));
			} catch (NumberFormatException e) {
				// ignore a malformed line
			}
		}
		return numbers;
	}

	/** The header lines of one message (TOP n 0, or RETR when TOP is refused). */
	public List<String> headers(int number) throws MailException {
		connection.writeLine("TOP " + number + " 0"); //$NON-NLS-1$ //$NON-NLS-2$
		String reply = connection.readLine();
		List<String> lines;
		if (reply.startsWith("+OK")) { //$NON-NLS-1$
			lines = readMultiLine();
		} else {
			connection.writeLine("RETR " + number); //$NON-NLS-1$
			reply = connection.readLine();
			if (!reply.startsWith("+OK")) { //$NON-NLS-1$
				throw mailboxFailure(reply);
			}
			lines = readMultiLine();
		}
		int end = lines.indexOf(""); //$NON-NLS-1$
		return end < 0 ? lines : lines.subList(0, end);
	}

	/** LIST: message number and size, in server order. */
	public List<long[]> listSizes() throws MailException {
		connection.writeLine("LIST"); //$NON-NLS-1$
		String reply = connection.readLine();
		if (!reply.startsWith("+OK")) { //$NON-NLS-1$
			throw mailboxFailure(reply);
		}
		List<long[]> list = new ArrayList<>();
		for (String line : readMultiLine()) {
			String[] parts = line.trim().split("\\s+"); //$NON-NLS-1$
			try {
				list.add(new long[] { Long.parseLong(parts[0]), parts.length > 1 ? Long.parseLong(parts[1]) : -1 });
			} catch (NumberFormatException e) {
				// ignore a malformed line
			}
		}
		return list;
	}

	/** UIDL: message number to unique id; a server without UIDL is a classified failure. */
	public java.util.Map<Long, String> uidl() throws MailException {
		connection.writeLine("UIDL"); //$NON-NLS-1$
		String reply = connection.readLine();
		if (!reply.startsWith("+OK")) { //$NON-NLS-1$
			throw new MailException(Category.MAILBOX, Codes.CONNECT, NLS.bind(Messages.Reply_noUidl, reply), Messages.Hint_noUidl);
		}
		java.util.Map<Long, String> ids = new java.util.HashMap<>();
		for (String line : readMultiLine()) {
			String[] parts = line.trim().split("\\s+"); //$NON-NLS-1$
			if (parts.length >= 2) {
				try {
					ids.put(Long.valueOf(parts[0]), parts[1]);
				} catch (NumberFormatException e) {
					// ignore a malformed line
				}
			}
		}
		return ids;
	}

	/** TOP n 0 (the header) as a stream; {@code null} when the server refuses TOP. */
	public java.io.InputStream top(long number) throws MailException {
		connection.writeLine("TOP " + number + " 0"); //$NON-NLS-1$ //$NON-NLS-2$
		String reply = connection.readLine();
		return reply.startsWith("+OK") ? connection.dotTerminated() : null; //$NON-NLS-1$
	}

	/** Whether CAPA lists PIPELINING (RFC 2449): commands may be sent without waiting for each answer. */
	public boolean pipelining() {
		return capabilities.stream().anyMatch(c -> c.equalsIgnoreCase("PIPELINING")); //$NON-NLS-1$
	}

	/**
	 * TOP n 0 for several messages, the commands sent at once; an element is {@code null} when the server refused
	 * TOP for that message. {@code max} bounds each header.
	 */
	public List<byte[]> topAll(List<Long> numbers, int max) throws MailException {
		List<String> commands = new ArrayList<>(numbers.size());
		for (long n : numbers) {
			commands.add("TOP " + n + " 0"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		connection.writeLines(commands);
		List<byte[]> headers = new ArrayList<>(numbers.size());
		for (int i = 0; i < numbers.size(); i++) {
			String reply = connection.readLine();
			if (!reply.startsWith("+OK")) { //$NON-NLS-1$
				headers.add(null);
				continue;
			}
			try (java.io.InputStream in = connection.dotTerminated()) {
				headers.add(ReceiveMailbox.readAll(in, max));
			} catch (Connection.MailIOException e) {
				throw e.failure();
			} catch (java.io.IOException e) {
				throw connection.io(e);
			}
		}
		return headers;
	}

	/** RETR n as a stream (dot-stuffing undone). */
	public java.io.InputStream retrieve(long number) throws MailException {
		connection.writeLine("RETR " + number); //$NON-NLS-1$
		String reply = connection.readLine();
		if (!reply.startsWith("+OK")) { //$NON-NLS-1$
			throw mailboxFailure(reply);
		}
		return connection.dotTerminated();
	}

	public void delete(long number) throws MailException {
		connection.writeLine("DELE " + number); //$NON-NLS-1$
		String reply = connection.readLine();
		if (!reply.startsWith("+OK")) { //$NON-NLS-1$
			throw mailboxFailure(reply);
		}
	}

	private static MailException mailboxFailure(String reply) {
		return new MailException(Category.MAILBOX, Codes.CONNECT, reply, Messages.Hint_mailbox);
	}

	/** QUIT commits deletions; a failure here is reported. */
	public void quitCommitting() throws MailException {
		connection.writeLine("QUIT"); //$NON-NLS-1$
		String reply = connection.readLine();
		connection.close();
		if (!reply.startsWith("+OK")) { //$NON-NLS-1$
			throw mailboxFailure(reply);
		}
	}

	public String greeting() {
		return greeting;
	}

	public String timestamp() {
		return timestamp;
	}

	public List<String> capabilities() {
		return capabilities;
	}

	public boolean startTlsOffered() {
		return stlsOffered;
	}

	public AuthInfo authInfo() {
		return new AuthInfo(authOffered(), authUsed);
	}

	public List<String> warnings() {
		return warnings;
	}

	public Connection connection() {
		return connection;
	}

	public void quit() {
		try {
			connection.writeLine("QUIT"); //$NON-NLS-1$
			connection.readLine();
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
