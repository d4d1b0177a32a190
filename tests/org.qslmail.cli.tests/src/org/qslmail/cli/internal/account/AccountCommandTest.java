package org.qslmail.cli.internal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qslmail.account.AccountService;
import org.qslmail.account.AccountSettings;
import org.qslmail.account.AccountStore;
import org.qslmail.account.Secrets;
import org.qslmail.account.SetupState;
import org.qslmail.cli.ExitCode;
import org.qslmail.cli.UsageException;
import org.qslmail.directory.DirectoryStatus;
import org.qslmail.mail.MailService;
import org.qslmail.presets.PresetRegistry;

/** {@code qslmail account list|export|import} over a store in test preference nodes (never secure storage). */
class AccountCommandTest {

	@TempDir
	Path temp;

	private AccountStore store;
	private StringWriter out;
	private StringWriter err;

	@BeforeEach
	void store() {
		String node = "org.qslmail.account.clitest" + System.nanoTime();
		store = new AccountStore(InstanceScope.INSTANCE.getNode(node), DefaultScope.INSTANCE.getNode(node), () -> {
			throw new IOException("the command line never opens secure storage");
		});
	}

	private int run(String... args) {
		out = new StringWriter();
		err = new StringWriter();
		AccountCommand command = new AccountCommand();
		command.setService(new AccountService() {
			@Override
			public AccountStore store() {
				return store;
			}

			@Override
			public MailService mail() {
				throw new UnsupportedOperationException();
			}

			@Override
			public Optional<PresetRegistry> presets() {
				return Optional.empty();
			}

			@Override
			public Optional<DirectoryTarget> directory() {
				return Optional.empty();
			}

			@Override
			public DirectoryStatus status(String callsign, char[] directoryPassword, IProgressMonitor monitor) {
				throw new UnsupportedOperationException();
			}

			@Override
			public Saved registerAndSave(AccountSettings settings, Secrets secrets, SetupState state, IProgressMonitor monitor) {
				throw new UnsupportedOperationException();
			}
		});
		return command.run(List.of(args), new PrintWriter(out, true), new PrintWriter(err, true));
	}

	@Test
	void importListExportRoundTrip() throws Exception {
		assertEquals(ExitCode.OK, run("list"));
		assertTrue(out.toString().contains("No account"), out.toString());
		assertEquals(ExitCode.FAILED, run("export", temp.resolve("x").toString()), "nothing to export");

		Path file = temp.resolve("club.properties");
		Files.writeString(file, """
				# handed out by the club
				station.callsign = JR1CLUB
				address = jr1club@example.jp
				smtp-host = mail.example.jp
				smtp-port = 587
				smtp-security = starttls
				pop-host = mail.example.jp
				pop-security = ssl
				pop-port = 995
				password-env = QSLMAIL_PASSWORD
				""");
		assertEquals(ExitCode.OK, run("import", file.toString()), err.toString());
		assertTrue(out.toString().contains("JR1CLUB"), out.toString());
		assertEquals("mail.example.jp", store.load("JR1CLUB").orElseThrow().smtpHost());

		assertEquals(ExitCode.OK, run("list"));
		assertTrue(out.toString().startsWith("* JR1CLUB\tjr1club@example.jp\tsmtp mail.example.jp:587 starttls\tpop3 mail.example.jp:995 ssl"),
				out.toString());

		Path exported = temp.resolve("out").resolve("JR1CLUB.properties");
		assertEquals(ExitCode.OK, run("export", exported.toString()), err.toString());
		String text = Files.readString(exported);
		assertTrue(text.contains("address = jr1club@example.jp"), text);
		assertFalse(text.lines().filter(l -> !l.startsWith("#")).anyMatch(l -> l.toLowerCase().contains("password")),
				"no secret and no password key in an export: " + text);

		// The exported file imports as the same account under another callsign.
		assertEquals(ExitCode.OK, run("import", exported.toString(), "--callsign", "jr1club/2"));
		AccountSettings copy = store.load("JR1CLUB/2").orElseThrow();
		assertEquals(store.load("JR1CLUB").orElseThrow().callsign("JR1CLUB/2"), copy);
		assertEquals(ExitCode.OK, run("export", temp.resolve("y").toString()), "the last imported is the current station");
		assertTrue(Files.readString(temp.resolve("y")).contains("station.callsign = JR1CLUB/2"));
		assertEquals(ExitCode.OK, run("export", temp.resolve("z").toString(), "--callsign", "JR1CLUB"));
	}

	@Test
	void importReportsEveryProblemAndSavesNothing() throws Exception {
		Path file = temp.resolve("bad.properties");
		Files.writeString(file, """
				address = not-an-address
				password = hunter2
				smtp-host = http://mail.example.jp
				smtp-port = 99999
				pop-security = ssl3
				""");
		assertEquals(ExitCode.FAILED, run("import", file.toString()));
		String e = err.toString();
		assertTrue(e.contains("\"password\""), e);
		assertTrue(e.contains("ssl3"), e);
		assertTrue(e.contains("not-an-address"), e);
		assertTrue(e.contains("http://mail.example.jp"), e);
		assertTrue(e.contains("99999"), e);
		assertTrue(e.contains("7 problem"), "two file problems and five invalid values: " + e);
		assertEquals(List.of(), store.callsigns(), "nothing saved");
		assertEquals(ExitCode.FAILED, run("import", temp.resolve("missing.properties").toString()));
		assertTrue(err.toString().contains("missing.properties"), err.toString());
	}

	@Test
	void usageErrors() {
		assertThrows(UsageException.class, () -> run());
		assertThrows(UsageException.class, () -> run("import"));
		assertThrows(UsageException.class, () -> run("export", "a", "b"));
		assertThrows(UsageException.class, () -> run("list", "--json"));
		assertThrows(UsageException.class, () -> run("frobnicate"));
		assertThrows(UsageException.class, () -> run("export", "--callsign"));
	}
}
