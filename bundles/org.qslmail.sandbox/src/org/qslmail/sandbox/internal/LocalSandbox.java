package org.qslmail.sandbox.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;

import org.eclipse.angus.mail.util.MailStreamProvider;
import org.eclipse.osgi.util.NLS;
import org.qslmail.directory.server.DirectoryServer;
import org.qslmail.directory.server.DirectoryStore;
import org.qslmail.directory.server.PasswordHashing;
import org.qslmail.directory.server.TokenMailer;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.MailService;
import org.qslmail.mail.Security;
import org.qslmail.mail.SmtpSettings;
import org.qslmail.registration.MailTokenMailer;
import org.qslmail.sandbox.Sandbox;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The sandbox's servers: GreenMail (SMTP, POP3, IMAP; any address, any password, mailboxes in memory) and a
 * QSL directory over an embedded H2 database in the sandbox folder, all on 127.0.0.1. Each server takes its
 * fixed default port when it is free, else a free one; the ports in use are published through the
 * {@link Sandbox} service, the sandbox preset and the sandbox directory location.
 */
public final class LocalSandbox implements Sandbox, AutoCloseable {

	public static final int DEFAULT_SMTP = 3025;
	public static final int DEFAULT_POP3 = 3110;
	public static final int DEFAULT_IMAP = 3143;
	public static final int DEFAULT_DIRECTORY = 3073;
	/** Sender of the sandbox directory's token mails. */
	public static final String DIRECTORY_SENDER = "directory@" + DOMAIN; //$NON-NLS-1$
	private static final String HOST = "127.0.0.1"; //$NON-NLS-1$

	private final GreenMail mail;
	private final DirectoryServer directory;
	private final int smtp;
	private final int pop3;
	private final int imap;

	private LocalSandbox(GreenMail mail, DirectoryServer directory, int smtp, int pop3, int imap) {
		this.mail = mail;
		this.directory = directory;
		this.smtp = smtp;
		this.pop3 = pop3;
		this.imap = imap;
	}

	/**
	 * Starts the servers.
	 *
	 * @param folder       where the directory database lives (created when missing)
	 * @param fixedPorts   try the default ports first (false: free ports only, for tests)
	 * @param hashing      the directory's password hashing
	 */
	public static LocalSandbox start(Path folder, MailService mailService, boolean fixedPorts, PasswordHashing hashing)
			throws IOException, SQLException {
		Files.createDirectories(folder);
		int smtp = port(fixedPorts ? DEFAULT_SMTP : 0);
		int pop3 = port(fixedPorts ? DEFAULT_POP3 : 0);
		int imap = port(fixedPorts ? DEFAULT_IMAP : 0);
		GreenMail mail = withMailProviders(() -> {
			GreenMail g = new GreenMail(new ServerSetup[] { new ServerSetup(smtp, HOST, ServerSetup.PROTOCOL_SMTP),
					new ServerSetup(pop3, HOST, ServerSetup.PROTOCOL_POP3),
					new ServerSetup(imap, HOST, ServerSetup.PROTOCOL_IMAP) });
			g.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
			g.start();
			return g;
		});
		try {
			DirectoryStore store = new DirectoryStore("jdbc:h2:" + folder.resolve("directory").toAbsolutePath(), null, //$NON-NLS-1$ //$NON-NLS-2$
					null, Clock.systemUTC(), hashing);
			MailAccount sender = new MailAccount(DIRECTORY_SENDER, null, null,
					new SmtpSettings(HOST, smtp, Security.NONE, AuthMethod.NONE), null, false, Duration.ofSeconds(30), null);
			TokenMailer mailer = sandboxOnly(new MailTokenMailer(mailService, sender));
			int preferred = port(fixedPorts ? DEFAULT_DIRECTORY : 0);
			DirectoryServer directory = DirectoryServer.start(new InetSocketAddress(InetAddress.getByName(HOST), preferred),
					store, mailer);
			return new LocalSandbox(mail, directory, smtp, pop3, imap);
		} catch (IOException | SQLException | RuntimeException e) {
			mail.stop();
			throw e;
		}
	}

	/** Only sandbox addresses can be registered in the sandbox directory: a real address is never proven here. */
	static TokenMailer sandboxOnly(TokenMailer mailer) {
		return (address, callsign, checkId, token) -> {
			if (!Sandbox.isSandboxAddress(address)) {
				throw new IOException(NLS.bind(Messages.Sandbox_onlySandboxAddresses, address, DOMAIN));
			}
			mailer.sendToken(address, callsign, checkId, token);
		};
	}

	/** The default port when it is free on loopback, else a free one (0 = any free one). */
	static int port(int preferred) throws IOException {
		InetAddress loopback = InetAddress.getByName(HOST);
		if (preferred > 0) {
			try (ServerSocket probe = new ServerSocket(preferred, 1, loopback)) {
				return probe.getLocalPort();
			} catch (IOException e) {
				// taken: a free one below
			}
		}
		try (ServerSocket probe = new ServerSocket(0, 1, loopback)) {
			return probe.getLocalPort();
		}
	}

	private interface Action<T> {
		T run();
	}

	/** GreenMail calls Jakarta Mail, which finds its providers through the thread context class loader. */
	private static <T> T withMailProviders(Action<T> action) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(MailStreamProvider.class.getClassLoader());
		try {
			return action.run();
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	@Override
	public String host() {
		return HOST;
	}

	@Override
	public int smtpPort() {
		return smtp;
	}

	@Override
	public int pop3Port() {
		return pop3;
	}

	@Override
	public int imapPort() {
		return imap;
	}

	@Override
	public URI directory() {
		return URI.create("http://" + HOST + ':' + directory.address().getPort() + '/'); //$NON-NLS-1$
	}

	/** Stops the directory, then the mail servers. */
	@Override
	public void close() {
		try {
			directory.close();
		} finally {
			withMailProviders(() -> {
				mail.stop();
				return null;
			});
		}
	}
}
