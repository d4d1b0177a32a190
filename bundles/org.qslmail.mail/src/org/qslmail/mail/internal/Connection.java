package org.qslmail.mail.internal;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.qslmail.mail.Category;
import org.qslmail.mail.CertificateInfo;
import org.qslmail.mail.Endpoint;
import org.qslmail.mail.HostResolver;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.Security;
import org.qslmail.mail.TlsInfo;
import org.qslmail.mail.TrustSettings;

/**
 * One TCP (and TLS) connection to a mail server, with line I/O. The timeout bounds the connect, every
 * read (socket timeout) and every write (a watchdog closes the socket when a write blocks longer). The
 * same watchdog closes the socket at once when the progress monitor is cancelled, so no thread stays
 * blocked; the blocked call then ends in {@link OperationCanceledException}.
 */
public final class Connection implements Closeable, MessageOutputStream.Sink {

	private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "qslmail-mail-watchdog"); //$NON-NLS-1$
		t.setDaemon(true);
		return t;
	});
	private static final long WATCH_PERIOD_MS = 25;
	private static final int MAX_LINE = 1 << 20;

	private final Endpoint endpoint;
	private final TrustSettings trust;
	private final int timeoutMs;
	private final IProgressMonitor monitor;
	private volatile Socket socket;
	private ServerInput in;
	private OutputStream out;
	private volatile boolean canceled;
	private boolean awaitingGreeting = true;
	private volatile long writeSince;
	private volatile boolean writeTimedOut;
	private ScheduledFuture<?> watch;
	private CheckingTrustManager trustManager;
	private SSLSession session;

	private Connection(Endpoint endpoint, TrustSettings trust, int timeoutMs, IProgressMonitor monitor) {
		this.endpoint = endpoint;
		this.trust = trust;
		this.timeoutMs = timeoutMs;
		this.monitor = monitor == null ? new NullProgressMonitor() : monitor;
	}

	/** Connects, and for implicit-TLS modes completes the TLS handshake. */
	public static Connection open(Endpoint endpoint, HostResolver resolver, TrustSettings trust, int timeoutMs,
			IProgressMonitor monitor) throws MailException {
		Connection c = new Connection(endpoint, trust, timeoutMs, monitor);
		try {
			c.connect(resolver);
			if (endpoint.security().implicitTls()) {
				c.startTls();
			}
			return c;
		} catch (MailException | RuntimeException e) {
			c.close();
			throw e;
		}
	}

	private void connect(HostResolver resolver) throws MailException {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
		InetSocketAddress address = resolver.resolve(endpoint.host(), endpoint.port());
		if (address.isUnresolved()) {
			throw new MailException(Category.CONNECT, Codes.CONNECT, NLS.bind(Messages.Reply_unknownHost, endpoint.host()),
					NLS.bind(Messages.Hint_unknownHost, fieldHost()));
		}
		Socket s = new Socket();
		socket = s;
		watch = WATCHDOG.scheduleAtFixedRate(this::watch, WATCH_PERIOD_MS, WATCH_PERIOD_MS, TimeUnit.MILLISECONDS);
		try {
			s.connect(address, timeoutMs);
			s.setSoTimeout(timeoutMs);
			s.setTcpNoDelay(true);
			streams();
		} catch (SocketTimeoutException e) {
			checkCanceled();
			throw new MailException(Category.TIMEOUT, Codes.TIMEOUT,
					NLS.bind(Messages.Reply_connectTimeout, endpoint.hostPort(), timeoutMs / 1000.0),
					connectHint(Messages.Hint_connectTimeout), e);
		} catch (ConnectException | NoRouteToHostException e) {
			checkCanceled();
			throw new MailException(Category.CONNECT, Codes.CONNECT,
					NLS.bind(Messages.Reply_refused, endpoint.hostPort(), e.getMessage()),
					connectHint(Messages.Hint_refused), e);
		} catch (IOException e) {
			checkCanceled();
			throw new MailException(Category.CONNECT, Codes.CONNECT, String.valueOf(e.getMessage()),
					connectHint(Messages.Hint_refused), e);
		}
	}

	private String connectHint(String base) {
		String hint = NLS.bind(base, fieldHost(), fieldPort());
		if (endpoint.protocol() == Protocol.SMTP && endpoint.port() == 25) {
			hint = Messages.Hint_port25 + ' ' + hint;
		}
		return hint;
	}

	private String fieldHost() {
		return endpoint.protocol() == Protocol.SMTP ? Messages.Field_smtpHost : Messages.Field_receiveHost;
	}

	private String fieldPort() {
		return endpoint.protocol() == Protocol.SMTP ? Messages.Field_smtpPort : Messages.Field_receivePort;
	}

	private String fieldSecurity() {
		return endpoint.protocol() == Protocol.SMTP ? Messages.Field_smtpSecurity : Messages.Field_receiveSecurity;
	}

	private void streams() throws IOException {
		in = new ServerInput(socket.getInputStream());
		out = new BufferedOutputStream(socket.getOutputStream());
	}

	private void watch() {
		Socket s = socket;
		if (s == null || s.isClosed()) {
			return;
		}
		if (monitor.isCanceled()) {
			canceled = true;
			closeQuietly(s);
			return;
		}
		long since = writeSince;
		if (since != 0 && System.nanoTime() - since > TimeUnit.MILLISECONDS.toNanos(timeoutMs)) {
			writeTimedOut = true;
			closeQuietly(s);
		}
	}

	/** Upgrades to TLS (implicit TLS or after STARTTLS/STLS) with the protocols of the security mode. */
	public void startTls() throws MailException {
		try {
			trustManager = new CheckingTrustManager(endpoint.host(), endpoint.port(), trust);
		} catch (IOException | GeneralSecurityException e) {
			throw new MailException(Category.CERTIFICATE, Codes.CONNECT, String.valueOf(e.getMessage()),
					Messages.Hint_caFile, e);
		}
		try {
			SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
			context.init(null, new TrustManager[] { trustManager }, null);
			SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket(socket, endpoint.host(), endpoint.port(),
					true);
			SSLParameters parameters = ssl.getSSLParameters();
			List<String> supported = Arrays.asList(ssl.getSupportedProtocols());
			parameters.setProtocols(Arrays.stream(endpoint.security().protocols()).filter(supported::contains)
					.toArray(String[]::new));
			if (!isIpLiteral(endpoint.host())) {
				try {
					parameters.setServerNames(List.of(new SNIHostName(endpoint.host())));
				} catch (IllegalArgumentException e) {
					// not a valid SNI name: send none
				}
			}
			ssl.setSSLParameters(parameters);
			socket = ssl;
			ssl.setSoTimeout(timeoutMs);
			ssl.startHandshake();
			session = ssl.getSession();
			streams();
		} catch (GeneralSecurityException e) {
			throw new MailException(Category.TLS, Codes.CONNECT, String.valueOf(e.getMessage()), tlsHint(), e)
					.withTls(tlsInfo());
		} catch (IOException e) {
			throw tlsFailure(e).withTls(tlsInfo());
		}
	}

	private MailException tlsFailure(IOException e) {
		checkCanceled();
		if (e instanceof SocketTimeoutException) {
			return new MailException(Category.TIMEOUT, Codes.TIMEOUT, NLS.bind(Messages.Reply_readTimeout, timeoutMs / 1000.0),
					NLS.bind(Messages.Hint_tlsTimeout, fieldSecurity(), fieldPort()), e);
		}
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof CertificateProblem p) {
				String hint = switch (p.kind()) {
				case EXPIRED, NOT_YET_VALID -> Messages.Hint_certificateExpired;
				case UNTRUSTED -> Messages.Hint_certificateUntrusted;
				case NAME_MISMATCH -> NLS.bind(Messages.Hint_nameMismatch, fieldHost(), String.join(", ", p.names())); //$NON-NLS-1$
				};
				return new MailException(Category.CERTIFICATE, Codes.CONNECT, p.getMessage(), hint, e);
			}
		}
		String message = String.valueOf(e.getMessage());
		String lower = message.toLowerCase(java.util.Locale.ROOT);
		if (lower.contains("unrecognized ssl message") || lower.contains("plaintext")) { //$NON-NLS-1$ //$NON-NLS-2$
			return new MailException(Category.TLS, Codes.CONNECT, message,
					NLS.bind(Messages.Hint_plainPortWithSsl, fieldSecurity(), fieldPort()), e);
		}
		if (lower.contains("protocol_version") || lower.contains("no appropriate protocol") //$NON-NLS-1$ //$NON-NLS-2$
				|| lower.contains("protocol is disabled")) { //$NON-NLS-1$
			return new MailException(Category.TLS, Codes.CONNECT, message,
					NLS.bind(Messages.Hint_tlsVersion, fieldSecurity()), e);
		}
		if (e instanceof SSLException || e instanceof EOFException) {
			return new MailException(Category.TLS, Codes.CONNECT, message, tlsHint(), e);
		}
		return io(e);
	}

	private String tlsHint() {
		return NLS.bind(Messages.Hint_tls, fieldSecurity(), fieldPort());
	}

	private static boolean isIpLiteral(String host) {
		return host.indexOf(':') >= 0 || host.chars().allMatch(ch -> ch == '.' || Character.isDigit(ch));
	}

	/** A failure during reading or writing, classified (cancel becomes {@link OperationCanceledException}). */
	public MailException io(IOException e) {
		checkCanceled();
		if (e instanceof SocketTimeoutException || writeTimedOut) {
			String hint = awaitingGreeting && !endpoint.security().implicitTls()
					? NLS.bind(Messages.Hint_noGreeting, fieldSecurity(), fieldPort())
					: Messages.Hint_timeout;
			return new MailException(Category.TIMEOUT, Codes.TIMEOUT, NLS.bind(Messages.Reply_readTimeout, timeoutMs / 1000.0),
					hint, e);
		}
		return new MailException(Category.CONNECT, Codes.CONNECT, NLS.bind(Messages.Reply_connectionLost, e.getMessage()),
				NLS.bind(Messages.Hint_connectionLost, fieldSecurity(), fieldPort()), e);
	}

	private void checkCanceled() {
		if (canceled || monitor.isCanceled()) {
			close();
			throw new OperationCanceledException();
		}
	}

	/** Reads one line without its CR LF; a closed connection is a failure. */
	public String readLine() throws MailException {
		try {
			byte[] line = in.readLine(MAX_LINE);
			if (line != null) {
				awaitingGreeting = false;
				return new String(line, StandardCharsets.UTF_8);
			}
			checkCanceled();
			String partial = in.partial();
			throw new MailException(Category.CONNECT, Codes.CONNECT, partial == null ? Messages.Reply_closed : partial,
					NLS.bind(Messages.Hint_connectionLost, fieldSecurity(), fieldPort()));
		} catch (ServerInput.LineTooLongException e) {
			throw new MailException(Category.SERVER, Codes.CONNECT, Messages.Reply_lineTooLong, Messages.Hint_server, e);
		} catch (IOException e) {
			throw io(e);
		}
	}

	/**
	 * The body of a POP3 multi-line response (after its {@code +OK} line) as a stream, dot-stuffing undone,
	 * up to the terminating line. Closing it reads and drops the rest, so the connection can go on.
	 */
	public InputStream dotTerminated() {
		ServerInput.DotReader reader = in.new DotReader();
		return new InputStream() {
			@Override
			public int read() throws IOException {
				byte[] one = new byte[1];
				int n = read(one, 0, 1);
				return n < 0 ? -1 : one[0] & 0xFF;
			}

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				if (len == 0) {
					return 0;
				}
				try {
					return reader.read(b, off, len);
				} catch (IOException e) {
					throw new MailIOException(io(e));
				}
			}

			@Override
			public void close() throws IOException {
				byte[] skip = new byte[8192];
				while (read(skip, 0, skip.length) >= 0) {
					// drain
				}
			}
		};
	}

	/** Exactly {@code length} bytes (an IMAP literal) as a stream; closing it reads and drops the rest. */
	public InputStream literal(long length) {
		return new InputStream() {
			private long remaining = length;

			@Override
			public int read() throws IOException {
				byte[] one = new byte[1];
				int n = read(one, 0, 1);
				return n < 0 ? -1 : one[0] & 0xFF;
			}

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				if (remaining <= 0) {
					return -1;
				}
				if (len == 0) {
					return 0;
				}
				int n;
				try {
					n = in.read(b, off, (int) Math.min(len, remaining));
				} catch (IOException e) {
					throw new MailIOException(io(e));
				}
				if (n < 0) {
					checkCanceled();
					throw new MailIOException(new MailException(Category.CONNECT, Codes.CONNECT, Messages.Reply_closed,
							NLS.bind(Messages.Hint_connectionLost, fieldSecurity(), fieldPort())));
				}
				remaining -= n;
				return n;
			}

			@Override
			public void close() throws IOException {
				byte[] skip = new byte[8192];
				while (read(skip, 0, skip.length) >= 0) {
					// drain
				}
			}
		};
	}

	/** A classified failure while a message stream is read; {@link #failure()} is the classification. */
	public static final class MailIOException extends IOException {
		private static final long serialVersionUID = 1L;

		MailIOException(MailException cause) {
			super(cause.getMessage(), cause);
		}

		public MailException failure() {
			return (MailException) getCause();
		}
	}

	/** Reads an SMTP reply (all continuation lines). */
	public Reply readSmtpReply() throws MailException {
		List<String> lines = new ArrayList<>();
		while (true) {
			String line = readLine();
			lines.add(line);
			if (line.length() < 4 || line.charAt(3) != '-') {
				int code;
				try {
					code = Integer.parseInt(line.substring(0, Math.min(3, line.length())));
				} catch (NumberFormatException e) {
					code = 0;
				}
				return new Reply(code, lines);
			}
			if (lines.size() > 1000) {
				throw new MailException(Category.SERVER, Codes.CONNECT, Messages.Reply_lineTooLong, Messages.Hint_server);
			}
		}
	}

	/** Writes several lines, each with CR LF, and flushes once (pipelined commands). */
	public void writeLines(java.util.List<String> lines) throws MailException {
		for (String line : lines) {
			byte[] bytes = (line + "\r\n").getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
			write(bytes, 0, bytes.length);
		}
		flush();
	}

	/** Writes a line and CR LF. */
	public void writeLine(String line) throws MailException {
		byte[] bytes = (line + "\r\n").getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
		write(bytes, 0, bytes.length);
		flush();
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws MailException {
		writeSince = System.nanoTime();
		try {
			out.write(bytes, offset, length);
		} catch (IOException e) {
			throw io(e);
		} finally {
			writeSince = 0;
		}
	}

	@Override
	public void flush() throws MailException {
		writeSince = System.nanoTime();
		try {
			out.flush();
		} catch (IOException e) {
			throw io(e);
		} finally {
			writeSince = 0;
		}
	}

	/** Whether the connection is protected by TLS now. */
	public boolean encrypted() {
		return session != null;
	}

	public Endpoint endpoint() {
		return endpoint;
	}

	public IProgressMonitor monitor() {
		return monitor;
	}

	/** The TLS facts so far (also after a refused certificate), or {@code null} when TLS never started. */
	public TlsInfo tlsInfo() {
		if (trustManager == null) {
			return null;
		}
		List<CertificateInfo> chain = trustManager.seenChain().stream().map(Certificates::info).toList();
		return new TlsInfo(session == null ? null : session.getProtocol(), session == null ? null : session.getCipherSuite(),
				chain, trustManager.nameMatches(), trustManager.pinned());
	}

	public String localHostName() {
		try {
			String name = InetAddress.getLocalHost().getCanonicalHostName();
			if (name.indexOf('.') > 0 && !isIpLiteral(name)) {
				return name;
			}
		} catch (IOException e) {
			// fall through
		}
		return "[127.0.0.1]"; //$NON-NLS-1$
	}

	public boolean security(Security s) {
		return endpoint.security() == s;
	}

	@Override
	public void close() {
		if (watch != null) {
			watch.cancel(false);
		}
		Socket s = socket;
		if (s != null) {
			closeQuietly(s);
		}
	}

	private static void closeQuietly(Socket s) {
		try {
			s.close();
		} catch (IOException e) {
			// closing anyway
		}
	}

	/** A multi-line SMTP reply. */
	public record Reply(int code, List<String> lines) {
		public String text() {
			return String.join("\n", lines); //$NON-NLS-1$
		}

		public boolean positive() {
			return code >= 200 && code < 400;
		}
	}
}
