package org.qslmail.cli.internal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qslmail.cli.UsageException;
import org.qslmail.core.Band;
import org.qslmail.core.QslColumn;
import org.qslmail.directory.DirectoryClient;
import org.qslmail.directory.DirectorySession;
import org.qslmail.directory.server.DirectoryServer;
import org.qslmail.directory.server.DirectoryStore;
import org.qslmail.directory.server.PasswordHashing;
import org.qslmail.log.Qso;
import org.qslmail.log.QsoStore;
import org.qslmail.mail.internal.MailServiceImpl;
import org.qslmail.tests.util.RealMailServers;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code qslmail send-qsl} against real postfix/dovecot and the directory server on loopback. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SendQslCommandTest {

	private static final String DIRECTORY_PASSWORD = "correct horse 73";
	private static final Function<String, String> ENV = Map.of("QSL_PW", RealMailServers.PASSWORD, "DIR_PW", DIRECTORY_PASSWORD)::get;

	private RealMailServers servers;
	private DirectoryServer directory;
	private URI directoryUri;
	private Path dir;
	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	@BeforeAll
	void start() throws Exception {
		RealMailServers.assumeInstalled();
		servers = new RealMailServers();
		dir = Files.createTempDirectory("qslmail-send-cli");
		directory = DirectoryServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
				new DirectoryStore("jdbc:h2:" + dir.resolve("directory").toAbsolutePath(), null, null, Clock.systemUTC(),
						new PasswordHashing(1000)),
				(address, call, check, token) -> tokens.put(address, token));
		directoryUri = URI.create("http://127.0.0.1:" + directory.address().getPort() + "/");
		DirectoryClient client = new DirectoryClient(directoryUri, Duration.ofSeconds(10));
		for (String[] station : new String[][] { { "JA1ABC", RealMailServers.ADDRESS }, { "JA2XYZ", RealMailServers.SECOND_ADDRESS } }) {
			client.createStation(station[0], DIRECTORY_PASSWORD.toCharArray());
			DirectorySession s = client.login(station[0], DIRECTORY_PASSWORD.toCharArray());
			client.startRegistration(s, station[1]);
			client.confirmRegistration(s, tokens.get(station[1]));
		}
	}

	@AfterAll
	void stop() throws Exception {
		if (directory != null) {
			directory.close();
		}
		if (servers != null) {
			servers.close();
		}
	}

	record Run(int code, String out, String err) {
	}

	private Run run(List<String> args) {
		SendQslCommand command = new SendQslCommand(ENV);
		command.setMailService(new MailServiceImpl());
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = command.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
		return new Run(code, out.toString(), err.toString());
	}

	private List<String> args(Path log, String... more) {
		List<String> args = new ArrayList<>(List.of("--log", log.toString(), "--directory", directoryUri.toString(), "--call",
				"JA1ABC", "--directory-password-env", "DIR_PW", "--address", RealMailServers.ADDRESS, "--password-env", "QSL_PW",
				"--smtp-host", "127.0.0.1", "--smtp-port", Integer.toString(servers.submission), "--smtp-security", "starttls",
				"--trust-ca", servers.caPem.toString(), "--timeout", "20"));
		args.addAll(List.of(more));
		return args;
	}

	@Test
	void sendsCardsPrintsEachResultAndMarksTheLog() throws Exception {
		Path log = dir.resolve("log1");
		long sent;
		long unknown;
		try (QsoStore store = QsoStore.open(log)) {
			sent = store.add(qso("JA2XYZ", "2026-11-01T01:00:00Z")).getAsLong();
			unknown = store.add(qso("JA7NEW", "2026-11-01T02:00:00Z")).getAsLong();
			store.add(qso("JA2XYZ", "2026-01-01T02:00:00Z"));
		}
		long before = servers.mailCount(RealMailServers.SECOND_ADDRESS);
		Run run = run(args(log, "--since", "2026-11-01", "--rate", "100/h,20/min", "--json"));
		assertEquals(0, run.code(), run.toString());
		JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(1, json.getAsJsonObject("counts").get("sent").getAsInt(), run.out());
		assertEquals(1, json.getAsJsonObject("counts").get("not-registered").getAsInt(), run.out());
		assertEquals(2, json.getAsJsonArray("results").size());
		awaitMails(before + 1);
		try (QsoStore store = QsoStore.open(log)) {
			assertEquals('E', store.get(sent).orElseThrow().qslColumn().sent());
			assertEquals(' ', store.get(unknown).orElseThrow().qslColumn().sent());
		}

		Run text = run(args(log, "--since", "2026-11-01"));
		assertEquals(0, text.code(), text.toString());
		assertTrue(text.out().contains("not registered") && text.out().contains("JA7NEW"), text.out());
		assertTrue(text.out().contains("Sent 0,"), text.out());
	}

	@Test
	void directoryAndDatesAreCheckedBeforeAnythingIsSent() {
		Path log = dir.resolve("log2");
		assertThrows(UsageException.class, () -> run(List.of("--log", log.toString(), "--address", RealMailServers.ADDRESS,
				"--smtp-host", "127.0.0.1")));
		assertThrows(UsageException.class, () -> run(args(log, "--since", "1.11.2026")));
		assertThrows(UsageException.class, () -> run(args(log, "--rate", "fast")));
	}

	private static Qso qso(String call, String time) {
		return new Qso().setCall(call).setInstant(Instant.parse(time)).setBand(Band.B40M).setMode("CW").setRstSent("599")
				.setQslColumn(QslColumn.EMPTY);
	}

	private void awaitMails(long count) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (servers.mailCount(RealMailServers.SECOND_ADDRESS) < count && System.nanoTime() < deadline) {
			TimeUnit.MILLISECONDS.sleep(50);
		}
		assertEquals(count, servers.mailCount(RealMailServers.SECOND_ADDRESS));
	}
}
