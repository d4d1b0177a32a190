package org.qslmail.cli.internal.directory;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.qslmail.cli.CliCommand;
import org.qslmail.cli.ExitCode;
import org.qslmail.cli.UsageException;
import org.qslmail.cli.internal.Messages;
import org.qslmail.cli.internal.mail.MailAccountOptions;
import org.qslmail.directory.server.DirectoryServer;
import org.qslmail.directory.server.DirectoryStore;
import org.qslmail.directory.server.PasswordHashing;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.MailService;
import org.qslmail.registration.MailTokenMailer;

/**
 * {@code qslmail directory-server}: runs the QSL directory's HTTP JSON API until the process gets SIGTERM or
 * Ctrl-C (or the OSGi framework stops), then stops accepting requests, lets running ones end and exits 0.
 * Token mails go out through the mail service with the SMTP settings given (the mail account options).
 */
@Component(service = CliCommand.class)
public final class DirectoryServerCommand implements CliCommand {

	/** The default port ("73", the radio amateur's best regards). */
	public static final int DEFAULT_PORT = 8073;
	private static final long STOP_WAIT_SECONDS = 10;
	private static final Set<String> VALUES = Set.of("bind", "port", "database", "database-user", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"database-password-env", "from"); //$NON-NLS-1$ //$NON-NLS-2$

	private volatile MailService mail;
	private final Function<String, String> environment;
	private final PasswordHashing hashing;
	private volatile CountDownLatch stopRequest = new CountDownLatch(0);

	public DirectoryServerCommand() {
		this(System::getenv, new PasswordHashing());
	}

	DirectoryServerCommand(Function<String, String> environment, PasswordHashing hashing) {
		this.environment = environment;
		this.hashing = hashing;
	}

	@Reference(unbind = "unsetMailService")
	void setMailService(MailService m) {
		this.mail = m;
	}

	void unsetMailService(MailService m) {
		if (this.mail == m) {
			this.mail = null;
		}
	}

	/** The framework is stopping: a running server ends. */
	@Deactivate
	void deactivate() {
		stop();
	}

	/** Asks a running server to stop (what SIGTERM does). */
	void stop() {
		stopRequest.countDown();
	}

	@Override
	public String name() {
		return "directory-server"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.DirectoryServer_summary;
	}

	@Override
	public String help() {
		return Messages.DirectoryServer_help + "\n\n" + Messages.Mail_accountOptionsHelp; //$NON-NLS-1$
	}

	/** The embedded database in the user's home, used when {@code --database} is not given. */
	static String defaultDatabase() {
		return "jdbc:h2:" + Path.of(System.getProperty("user.home"), ".qslmail", "directory-server", "directory"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	@Override
	public int run(List<String> arguments, PrintWriter out, PrintWriter err) {
		DirectoryOptions o = DirectoryOptions.parse(arguments, VALUES, Set.of("json"), true, false); //$NON-NLS-1$
		InetAddress bind;
		String bindText = o.get("bind") == null ? "127.0.0.1" : o.get("bind"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		try {
			bind = InetAddress.getByName(bindText);
		} catch (UnknownHostException e) {
			throw new UsageException(NLS.bind(Messages.Directory_badValue, "--bind", bindText)); //$NON-NLS-1$
		}
		int port = o.port("port", DEFAULT_PORT); //$NON-NLS-1$
		String database = o.get("database") == null ? defaultDatabase() : o.get("database"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!database.startsWith("jdbc:h2:") && !database.startsWith("jdbc:postgresql:")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new UsageException(NLS.bind(Messages.Directory_badValue, "--database", database)); //$NON-NLS-1$
		}
		String databasePassword = null;
		if (o.get("database-password-env") != null) { //$NON-NLS-1$
			databasePassword = environment.apply(o.get("database-password-env")); //$NON-NLS-1$
			if (databasePassword == null) {
				throw new UsageException(NLS.bind(Messages.Directory_passwordEnvUnset, o.get("database-password-env"))); //$NON-NLS-1$
			}
		}
		List<String> mailArguments = new ArrayList<>(o.mailArguments);
		if (o.get("from") != null) { //$NON-NLS-1$
			mailArguments.add("--address"); //$NON-NLS-1$
			mailArguments.add(o.get("from")); //$NON-NLS-1$
		}
		MailAccount sender = MailAccountOptions.account(mailArguments, environment, true, false);
		MailService m = mail;
		if (m == null) {
			throw new IllegalStateException("no mail service"); //$NON-NLS-1$
		}
		CountDownLatch request = new CountDownLatch(1);
		stopRequest = request;
		DirectoryServer server;
		try {
			DirectoryStore store = new DirectoryStore(database, o.get("database-user"), databasePassword, //$NON-NLS-1$
					Clock.systemUTC(), hashing);
			server = DirectoryServer.start(new InetSocketAddress(bind, port), store, new MailTokenMailer(m, sender));
		} catch (SQLException e) {
			err.println(NLS.bind(Messages.DirectoryServer_databaseFailed, shown(database), e.getMessage()));
			return ExitCode.FAILED;
		} catch (IOException e) {
			err.println(NLS.bind(Messages.DirectoryServer_cannotListen, bindText + ':' + port, e.getMessage()));
			return ExitCode.FAILED;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Thread hook = new Thread(() -> {
			request.countDown();
			try {
				stopped.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "qslmail directory-server shutdown"); //$NON-NLS-1$
		Runtime.getRuntime().addShutdownHook(hook);
		try {
			String url = "http://" + hostForUrl(server.address()) + ':' + server.address().getPort() + '/'; //$NON-NLS-1$
			if (o.flag("json")) { //$NON-NLS-1$
				Map<String, Object> map = new LinkedHashMap<>();
				map.put("listening", url); //$NON-NLS-1$
				map.put("database", shown(database)); //$NON-NLS-1$
				out.println(DirectoryCommand.json(map));
			} else {
				out.println(NLS.bind(Messages.DirectoryServer_listening, url, shown(database)));
				if (!bind.isLoopbackAddress()) {
					out.println(Messages.DirectoryServer_notLoopback);
				}
			}
			out.flush();
			try {
				request.await();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		} finally {
			server.close();
			if (!o.flag("json")) { //$NON-NLS-1$
				out.println(Messages.DirectoryServer_stopped);
				out.flush();
			}
			// Only now may a SIGTERM's shutdown go on and end the process.
			stopped.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			} catch (IllegalStateException e) {
				// the JVM is shutting down: the hook is running and ends now
			}
		}
		return ExitCode.OK;
	}

	/** The database URL without its parameters (a PostgreSQL URL may carry a password). */
	static String shown(String database) {
		int q = database.indexOf('?');
		return q < 0 ? database : database.substring(0, q);
	}

	private static String hostForUrl(InetSocketAddress address) {
		String host = address.getAddress().getHostAddress();
		return host.contains(":") ? '[' + host + ']' : host; //$NON-NLS-1$
	}
}
