package org.qslmail.cli.internal.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qslmail.cli.ExitCode;
import org.qslmail.cli.UsageException;
import org.qslmail.directory.DirectoryLocation;
import org.qslmail.directory.server.DirectoryServer;
import org.qslmail.directory.server.DirectoryStore;
import org.qslmail.directory.server.PasswordHashing;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.Security;
import org.qslmail.mail.SmtpSettings;
import org.qslmail.mail.internal.AngusContext;
import org.qslmail.mail.internal.MailServiceImpl;
import org.qslmail.registration.MailTokenMailer;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * {@code qslmail directory ...} and {@code qslmail directory-server} end to end on loopback: a directory server
 * whose token mails go through the mail service to GreenMail, and the commands against it.
 */
class DirectoryCommandsTest {

	static GreenMail greenMail;
	static final Function<String, String> ENV = Map.of("QSL_PW", "secret", "DIR_PW", "correct horse 73",
			"WRONG_PW", "not the password", "SENDER_PW", "sender-secret", "EMPTY", "")::get;
	private static final AtomicInteger CALLS = new AtomicInteger();

	@TempDir
	Path dir;
	private DirectoryServer server;
	private String url;

	@BeforeAll
	static void startMail() throws Exception {
		greenMail = AngusContext.call(() -> {
			GreenMail g = new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] { ServerSetupTest.SMTP, ServerSetupTest.POP3 }));
			g.setUser("ja1abc@example.com", "ja1abc", "secret");
			g.setUser("ja2xyz@example.com", "ja2xyz", "secret");
			g.setUser("directory@example.com", "directory", "sender-secret");
			g.start();
			return g;
		});
	}

	@AfterAll
	static void stopMail() {
		greenMail.stop();
	}

	private static MailAccount sender() {
		return new MailAccount("directory@example.com", "directory", "sender-secret".toCharArray(),
				new SmtpSettings("127.0.0.1", greenMail.getSmtp().getPort(), Security.NONE, AuthMethod.PLAIN), null, false,
				java.time.Duration.ofSeconds(10), null);
	}

	@BeforeEach
	void startDirectory() throws Exception {
		DirectoryStore store = new DirectoryStore("jdbc:h2:" + dir.resolve("directory").toAbsolutePath(), null, null,
				java.time.Clock.systemUTC(), new PasswordHashing(1000));
		server = DirectoryServer.start(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0), store,
				new MailTokenMailer(new MailServiceImpl(), sender()));
		url = "http://127.0.0.1:" + server.address().getPort() + "/";
	}

	@AfterEach
	void stopDirectory() {
		server.close();
	}

	record Run(int code, String out, String err) {
		JsonObject json() {
			return JsonParser.parseString(out.strip()).getAsJsonObject();
		}
	}

	private static DirectoryCommand command(Function<String, char[]> console) {
		DirectoryCommand c = new DirectoryCommand(ENV, console);
		c.setMailService(new MailServiceImpl());
		return c;
	}

	static Run run(DirectoryCommand command, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = command.run(List.of(args), new PrintWriter(out, true), new PrintWriter(err, true));
		return new Run(code, out.toString(), err.toString());
	}

	private Run run(String... args) {
		return run(command(prompt -> null), args);
	}

	private String[] station(String sub, String call, String... more) {
		List<String> a = new ArrayList<>(List.of(sub, "--server", url, "--callsign", call, "--directory-password-env", "DIR_PW"));
		a.addAll(List.of(more));
		return a.toArray(String[]::new);
	}

	private String[] mailOptions(String login, String passwordEnv) {
		return new String[] { "--user", login, "--password-env", passwordEnv, "--pop-host", "127.0.0.1", "--pop-port",
				Integer.toString(greenMail.getPop3().getPort()), "--pop-security", "none",
				"--timeout", "10", "--wait", "15" };
	}

	private static String[] concat(String[] a, String... b) {
		List<String> l = new ArrayList<>(List.of(a));
		l.addAll(List.of(b));
		return l.toArray(String[]::new);
	}

	@Test
	void loginRegisterLookupAndUnregister() throws Exception {
		Run login = run(station("login", "JA1ABC", "--create"));
		assertEquals(ExitCode.OK, login.code(), login.toString());
		assertTrue(login.out().contains("Directory account created for JA1ABC."), login.out());
		assertTrue(login.out().contains("JA1ABC: no address registered"), login.out());

		Run register = run(concat(station("register", "JA1ABC", "--address", "ja1abc@example.com", "--json"),
				mailOptions("ja1abc", "QSL_PW")));
		assertEquals(ExitCode.OK, register.code(), register.toString());
		JsonObject r = register.json();
		assertTrue(r.get("ok").getAsBoolean(), register.out());
		assertEquals("ja1abc@example.com", r.get("address").getAsString());

		Run status = run(station("status", "JA1ABC"));
		assertEquals(ExitCode.OK, status.code());
		assertTrue(status.out().contains("JA1ABC: registered address ja1abc@example.com"), status.out());

		assertEquals(ExitCode.OK, run(station("login", "JA2XYZ", "--create", "--json")).code());
		Run lookup = run(station("lookup", "JA2XYZ", "ja1abc/1", "JA9ZZZ", "--json"));
		assertEquals(ExitCode.OK, lookup.code(), lookup.toString());
		JsonObject addresses = lookup.json().getAsJsonObject("addresses");
		assertEquals("ja1abc@example.com", addresses.get("JA1ABC/1").getAsString());
		assertTrue(addresses.get("JA9ZZZ").isJsonNull());

		Path calls = dir.resolve("contest.txt");
		Files.writeString(calls, "# partners\nJA1ABC, JA9ZZZ\n\n7J1/JA1ABC # portable\n");
		Run bulk = run(station("lookup", "JA2XYZ", "--calls-file", calls.toString()));
		assertEquals(ExitCode.OK, bulk.code(), bulk.toString());
		List<String> lines = bulk.out().lines().toList();
		assertEquals(3, lines.size(), bulk.out());
		assertTrue(lines.get(0).matches("JA1ABC\\s+ja1abc@example.com"), lines.get(0));
		assertTrue(lines.get(1).matches("JA9ZZZ\\s+\\(not registered\\)"), lines.get(1));
		assertTrue(lines.get(2).matches("7J1/JA1ABC\\s+ja1abc@example.com"), lines.get(2));

		Run unregister = run(station("unregister", "JA1ABC"));
		assertEquals(ExitCode.OK, unregister.code());
		assertTrue(unregister.out().contains("JA1ABC: no address registered"), unregister.out());
	}

	@Test
	void aMailboxTheStationCannotReadIsNotRegistered() {
		assertEquals(ExitCode.OK, run(station("login", "JA1ABC", "--create")).code());
		Run wrongPassword = run(concat(station("register", "JA1ABC", "--address", "ja1abc@example.com"),
				mailOptions("ja1abc", "WRONG_PW")));
		assertEquals(ExitCode.FAILED, wrongPassword.code(), wrongPassword.toString());
		assertTrue(wrongPassword.err().startsWith("Not registered: "), wrongPassword.err());

		// Claims the second station's address while reading its own mailbox: the token never arrives there.
		Run other = run(concat(station("register", "JA1ABC", "--address", "ja2xyz@example.com", "--json"),
				concat(mailOptions("ja1abc", "QSL_PW"), "--wait", "2")));
		assertEquals(ExitCode.FAILED, other.code(), other.toString());
		assertFalse(other.json().get("ok").getAsBoolean());
		assertEquals("mailbox", other.json().get("receiveCategory").getAsString());
		assertTrue(run(station("status", "JA1ABC")).out().contains("no address registered"));
	}

	@Test
	void badInputIsAUsageErrorWithAClearMessage() {
		UsageException bad = assertThrows(UsageException.class, () -> run(station("status", "JA-1!")));
		assertTrue(bad.getMessage().startsWith("Not a callsign: JA-1!"), bad.getMessage());
		bad = assertThrows(UsageException.class, () -> run(station("lookup", "JA1ABC", "JA1ABC", "12")));
		assertTrue(bad.getMessage().startsWith("Not a callsign: 12"), bad.getMessage());
		bad = assertThrows(UsageException.class, () -> run("status", "--server", url));
		assertEquals("Give your station callsign: --callsign JA1ABC", bad.getMessage());
		bad = assertThrows(UsageException.class, () -> run("status", "--server", url, "--callsign", "JA1ABC"));
		assertTrue(bad.getMessage().startsWith("No directory password"), bad.getMessage());
		bad = assertThrows(UsageException.class, () -> run("login", "--callsign", "JA1ABC", "--password", "x"));
		assertTrue(bad.getMessage().startsWith("Never give a password on the command line"), bad.getMessage());
		bad = assertThrows(UsageException.class,
				() -> run("status", "--server", url, "--callsign", "JA1ABC", "--directory-password-env", "UNSET"));
		assertEquals("The environment variable UNSET is not set.", bad.getMessage());
		bad = assertThrows(UsageException.class, () -> run("status", "--callsign", "JA1ABC", "--directory-password-env", "DIR_PW"));
		assertTrue(bad.getMessage().startsWith("No QSL directory is configured"), bad.getMessage());
		bad = assertThrows(UsageException.class, () -> run(station("lookup", "JA1ABC")));
		assertTrue(bad.getMessage().startsWith("Name the callsigns to look up"), bad.getMessage());
		bad = assertThrows(UsageException.class, () -> run(station("status", "JA1ABC", "--create")));
		assertEquals("Unknown option: --create", bad.getMessage());
		bad = assertThrows(UsageException.class, () -> run(station("register", "JA1ABC")));
		assertTrue(bad.getMessage().contains("--address"), bad.getMessage());
		bad = assertThrows(UsageException.class, () -> run("dance"));
		assertTrue(bad.getMessage().startsWith("Unknown directory command: dance"), bad.getMessage());
		bad = assertThrows(UsageException.class, () -> run());
		assertTrue(bad.getMessage().startsWith("Say what to do"), bad.getMessage());
		bad = assertThrows(UsageException.class, () -> run(station("status", "JA1ABC", "--server", "ftp://x/")));
		assertTrue(bad.getMessage().startsWith("Wrong value for --server"), bad.getMessage());
	}

	@Test
	void thePasswordComesFromAFileOrTheTerminal() throws Exception {
		Path file = dir.resolve("directory.pw");
		Files.writeString(file, "correct horse 73\n");
		Run created = run("login", "--server", url, "--callsign", "JA1ABC", "--create", "--directory-password-file", file.toString());
		assertEquals(ExitCode.OK, created.code(), created.toString());
		List<String> prompts = new ArrayList<>();
		Run typed = run(command(prompt -> {
			prompts.add(prompt);
			return "correct horse 73".toCharArray();
		}), "status", "--server", url, "--callsign", "ja1abc");
		assertEquals(ExitCode.OK, typed.code(), typed.toString());
		assertEquals(List.of("Directory password for JA1ABC: "), prompts);
		Files.writeString(file, "");
		UsageException empty = assertThrows(UsageException.class,
				() -> run("status", "--server", url, "--callsign", "JA1ABC", "--directory-password-file", file.toString()));
		assertTrue(empty.getMessage().endsWith("is empty."), empty.getMessage());
	}

	@Test
	void directoryFailuresExitOneWithTheDirectorysMessage() throws Exception {
		run(station("login", "JA1ABC", "--create"));
		Run wrong = run("status", "--server", url, "--callsign", "JA1ABC", "--directory-password-env", "WRONG_PW");
		assertEquals(ExitCode.FAILED, wrong.code());
		assertTrue(wrong.err().startsWith("Callsign or directory password is wrong."), wrong.err());

		int closed;
		try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = s.getLocalPort();
		}
		Run unreachable = run("status", "--server", "http://127.0.0.1:" + closed + "/", "--callsign", "JA1ABC",
				"--directory-password-env", "DIR_PW", "--directory-timeout", "5", "--json");
		assertEquals(ExitCode.FAILED, unreachable.code());
		assertTrue(unreachable.err().startsWith("The QSL directory cannot be reached"), unreachable.err());
		assertEquals("connect", unreachable.json().get("problem").getAsString());
	}

	@Test
	void theConfiguredLocationIsUsedWithoutServerOption() {
		DirectoryCommand c = command(prompt -> null);
		c.setLocation(new DirectoryLocation() {
			@Override
			public Optional<URI> uri() {
				return Optional.of(URI.create(url));
			}

			@Override
			public boolean sandbox() {
				return false;
			}
		});
		Run login = run(c, "login", "--callsign", "JA1ABC", "--create", "--directory-password-env", "DIR_PW");
		assertEquals(ExitCode.OK, login.code(), login.toString());
	}

	@Test
	void theServerCommandRunsUntilStoppedAndRegistersThroughItsTokenMail() throws Exception {
		DirectoryServerCommand serverCommand = new DirectoryServerCommand(ENV, new PasswordHashing(1000));
		serverCommand.setMailService(new MailServiceImpl());
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		AtomicInteger exit = new AtomicInteger(-1);
		Thread running = new Thread(() -> exit.set(serverCommand.run(List.of("--port", "0", "--database",
				"jdbc:h2:" + dir.resolve("served").toAbsolutePath(), "--from", "directory@example.com", "--user", "directory",
				"--password-env", "SENDER_PW", "--smtp-host", "127.0.0.1", "--smtp-port",
				Integer.toString(greenMail.getSmtp().getPort()), "--smtp-security", "none", "--smtp-auth", "plain", "--json"),
				new PrintWriter(out, true), new PrintWriter(err, true))));
		running.start();
		try {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (!out.toString().contains("listening") && running.isAlive() && System.nanoTime() < deadline) {
				TimeUnit.MILLISECONDS.sleep(20);
			}
			assertTrue(out.toString().contains("listening"), out + " " + err);
			String served = JsonParser.parseString(out.toString().strip()).getAsJsonObject().get("listening").getAsString();
			assertTrue(served.startsWith("http://127.0.0.1:"), served);
			url = served;
			assertEquals(ExitCode.OK, run(station("login", "JA2XYZ", "--create")).code());
			Run register = run(concat(station("register", "JA2XYZ", "--address", "ja2xyz@example.com"),
					mailOptions("ja2xyz", "QSL_PW")));
			assertEquals(ExitCode.OK, register.code(), register.toString());
			assertTrue(register.out().contains("JA2XYZ is registered with ja2xyz@example.com"), register.out());
		} finally {
			serverCommand.stop();
			running.join(TimeUnit.SECONDS.toMillis(20));
		}
		assertFalse(running.isAlive(), "the server stopped");
		assertEquals(ExitCode.OK, exit.get(), err.toString());
		// It no longer answers.
		Run gone = run(station("status", "JA2XYZ", "--directory-timeout", "5"));
		assertEquals(ExitCode.FAILED, gone.code());
	}

	@Test
	void theServerCommandRefusesBadOptionsAndABusyPort() throws Exception {
		DirectoryServerCommand serverCommand = new DirectoryServerCommand(ENV, new PasswordHashing(1000));
		serverCommand.setMailService(new MailServiceImpl());
		UsageException bad = assertThrows(UsageException.class, () -> run(serverCommand, "--database", "jdbc:mysql://x/db",
				"--from", "d@example.com", "--smtp-host", "127.0.0.1"));
		assertTrue(bad.getMessage().startsWith("Wrong value for --database"), bad.getMessage());
		bad = assertThrows(UsageException.class, () -> run(serverCommand, "--port", "70000", "--from", "d@example.com",
				"--smtp-host", "127.0.0.1"));
		assertTrue(bad.getMessage().startsWith("Wrong value for --port"), bad.getMessage());
		assertThrows(UsageException.class, () -> run(serverCommand, "--port", "0"), "SMTP settings are required");
		try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			StringWriter out = new StringWriter();
			StringWriter err = new StringWriter();
			int code = serverCommand.run(List.of("--port", Integer.toString(busy.getLocalPort()), "--database",
					"jdbc:h2:" + dir.resolve("busy").toAbsolutePath(), "--from", "d@example.com", "--smtp-host", "127.0.0.1",
					"--smtp-security", "none"), new PrintWriter(out, true), new PrintWriter(err, true));
			assertEquals(ExitCode.FAILED, code);
			assertTrue(err.toString().startsWith("The directory cannot listen on 127.0.0.1:" + busy.getLocalPort()), err.toString());
		}
	}

	static Run run(DirectoryServerCommand command, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = command.run(List.of(args), new PrintWriter(out, true), new PrintWriter(err, true));
		return new Run(code, out.toString(), err.toString());
	}

	@Test
	void bothCommandsHaveHelp() {
		assertNotNull(new DirectoryCommand().help());
		assertTrue(new DirectoryServerCommand().help().contains("--database"));
	}
}
