package org.qslmail.cli.internal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qslmail.cli.ExitCode;
import org.qslmail.cli.UsageException;
import org.qslmail.mail.internal.AngusContext;
import org.qslmail.mail.internal.MailServiceImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/** The mail commands end to end against GreenMail (plain SMTP and POP3): account file, state, JSON, exit codes. */
class MailCommandsTest {

	static GreenMail greenMail;
	static final Function<String, String> ENV = Map.of("QSL_PW", "secret", "EMPTY", "")::get;

	@TempDir
	Path dir;

	@BeforeAll
	static void start() throws Exception {
		greenMail = AngusContext.call(() -> {
			GreenMail g = new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] { ServerSetupTest.SMTP, ServerSetupTest.POP3 }));
			g.setUser("ja1abc@example.com", "ja1abc", "secret");
			g.start();
			return g;
		});
	}

	@AfterAll
	static void stop() {
		greenMail.stop();
	}

	record Run(int code, String out, String err) {
	}

	static Run run(MailCommand command, String... args) {
		command.setMailService(new MailServiceImpl());
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = command.run(List.of(args), new PrintWriter(out, true), new PrintWriter(err, true));
		return new Run(code, out.toString(), err.toString());
	}

	private Path accountFile() throws Exception {
		Path file = dir.resolve("ja1abc.account");
		Files.writeString(file, String.join("\n", "# QSL Mail account", "address = ja1abc@example.com", "user = ja1abc",
				"password-env = QSL_PW", "smtp-host = 127.0.0.1", "smtp-port = " + greenMail.getSmtp().getPort(),
				"smtp-security = none", "smtp-auth = plain", "pop-host = 127.0.0.1",
				"pop-port = " + greenMail.getPop3().getPort(), "pop-security = none", "timeout = 10", ""));
		return file;
	}

	@Test
	void checkSendThenCheckReceiveFindTheTokenThroughTheAccountState() throws Exception {
		Path account = accountFile();
		Run send = run(new CheckCommand(CheckCommand.Kind.SEND, ENV), "--account", account.toString(), "--json");
		assertEquals(ExitCode.OK, send.code(), send.toString());
		assertTrue(send.out().startsWith("{\"ok\":true,\"category\":null,\"code\":null,"), send.out());
		assertTrue(send.out().contains("\"auth\":{\"offered\":[\"PLAIN\",\"LOGIN\",\"XOAUTH2\"],\"used\":\"PLAIN\"}"), send.out());
		assertTrue(Files.readString(Path.of(account + ".state")).contains("last-send-check-token=QSL-"));

		Run receive = run(new CheckCommand(CheckCommand.Kind.RECEIVE, ENV), "--account", account.toString());
		assertEquals(ExitCode.OK, receive.code(), receive.toString());
		Run again = run(new CheckCommand(CheckCommand.Kind.RECEIVE, ENV), "--account", account.toString(), "--json");
		assertEquals(ExitCode.FAILED, again.code());
		assertTrue(again.out().contains("\"category\":\"mailbox\""), again.out());
	}

	@Test
	void checkRunsBothInTurn() throws Exception {
		Run both = run(new CheckCommand(CheckCommand.Kind.BOTH, ENV), "--account", accountFile().toString(), "--json");
		assertEquals(ExitCode.OK, both.code(), both.toString());
		assertTrue(both.out().startsWith("{\"ok\":true,\"send\":{\"ok\":true"), both.out());
		assertTrue(both.out().contains("\"receive\":{\"ok\":true"), both.out());
	}

	@Test
	void failuresCarryCategoryCodeReplyAndHintWithExitOne() throws Exception {
		Run r = run(new CheckCommand(CheckCommand.Kind.SEND, ENV), "--account", accountFile().toString(), "--smtp-auth", "cram-md5", "--json");
		assertEquals(ExitCode.FAILED, r.code());
		assertTrue(r.out().contains("\"category\":\"auth-method\",\"code\":\"No-8\""), r.out());
		assertTrue(r.out().contains("\"hint\":\""), r.out());
		Run human = run(new CheckCommand(CheckCommand.Kind.SEND, ENV), "--account", accountFile().toString(), "--smtp-auth", "cram-md5");
		assertTrue(human.out().contains("No-8"), human.out());
	}

	@Test
	void usageErrors() throws Exception {
		assertThrows(UsageException.class, () -> run(new CheckCommand(CheckCommand.Kind.SEND, ENV), "--password", "secret"));
		assertThrows(UsageException.class, () -> run(new CheckCommand(CheckCommand.Kind.SEND, ENV), "--smtp-host", "x"));
		assertThrows(UsageException.class,
				() -> run(new CheckCommand(CheckCommand.Kind.SEND, ENV), "--address", "a@b.c", "--smtp-host", "x", "--password-env", "UNSET"));
		assertThrows(UsageException.class,
				() -> run(new CheckCommand(CheckCommand.Kind.SEND, ENV), "--address", "a@b.c", "--smtp-host", "x", "--smtp-security", "tls9"));
		Path secret = dir.resolve("bad.account");
		Files.writeString(secret, "address = a@b.c\npassword = secret\n");
		UsageException e = assertThrows(UsageException.class,
				() -> run(new CheckCommand(CheckCommand.Kind.SEND, ENV), "--account", secret.toString()));
		assertTrue(e.getMessage().contains("password"), e.getMessage());
		assertThrows(UsageException.class, () -> run(new ProbeCommand(), "--host", "127.0.0.1"));
	}

	@Test
	void checkReceiveWithoutASendCheckFails() throws Exception {
		Run r = run(new CheckCommand(CheckCommand.Kind.RECEIVE, ENV), "--account", accountFile().toString(), "--state",
				dir.resolve("none.state").toString());
		assertEquals(ExitCode.FAILED, r.code());
		assertFalse(r.err().isEmpty());
	}

	@Test
	void probeJson() {
		Run r = run(new ProbeCommand(), "--protocol", "pop3", "--host", "127.0.0.1", "--port",
				String.valueOf(greenMail.getPop3().getPort()), "--security", "none", "--timeout", "5", "--json");
		assertEquals(ExitCode.OK, r.code(), r.toString());
		assertTrue(r.out().contains("\"greeting\":\"+OK"), r.out());
		assertTrue(r.out().contains("\"tls\":null"), r.out());
	}

	@Test
	void detectWithNothingResolvableFailsWithinTheTimeout() {
		List<String> args = new ArrayList<>(List.of("--address", "ja1abc@qslmail-nonexistent.invalid", "--timeout", "2",
				"--json"));
		long start = System.nanoTime();
		Run r = run(new DetectCommand(), args.toArray(String[]::new));
		long ms = (System.nanoTime() - start) / 1_000_000;
		assertEquals(ExitCode.FAILED, r.code());
		assertEquals("[]", r.out().trim());
		assertTrue(ms < 2_000 + 3_000, "took " + ms);
	}
}
