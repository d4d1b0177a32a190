package org.qslmail.mail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qslmail.cli.internal.mail.CheckCommand;
import org.qslmail.cli.internal.mail.MailCommand;
import org.qslmail.cli.internal.mail.ProbeCommand;
import org.qslmail.tests.util.RealMailServers;

/**
 * The command line of issue 3 pointed at the real postfix and dovecot: check-send, check-receive, check
 * and probe for every security mode × mechanism, and failures with category, number and server reply.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealServersCliTest {

	private static final Function<String, String> ENV = Map.of("QSL_PW", RealMailServers.PASSWORD, "BAD_PW", "wrong")::get;
	private static final List<String> SECURITIES = List.of("none", "ssl", "starttls", "tls1.2", "tls1.3");
	private static final List<String> MECHANISMS = List.of("plain", "login", "cram-md5", "digest-md5", "auto");

	private RealMailServers servers;
	private Path dir;

	@BeforeAll
	void start() throws Exception {
		RealMailServers.assumeInstalled();
		servers = new RealMailServers();
		dir = Files.createTempDirectory("qslmail-cli");
	}

	@AfterAll
	void stop() throws Exception {
		if (servers != null) {
			servers.close();
		}
	}

	record Run(int code, String out, String err) {
	}

	private Run run(MailCommand command, List<String> args) {
		command.setMailService(new MailServiceImpl());
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = command.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
		return new Run(code, out.toString(), err.toString());
	}

	private List<String> account(String smtpSecurity, String smtpAuth, String popSecurity, String popAuth, String passwordEnv)
			throws Exception {
		Path file = Files.createTempFile(dir, "account", ".account");
		Files.writeString(file, String.join("\n", "address = " + RealMailServers.ADDRESS, "password-env = " + passwordEnv,
				"smtp-host = 127.0.0.1",
				"smtp-port = " + (smtpSecurity.equals("none") ? servers.smtp
						: smtpSecurity.equals("starttls") ? servers.submission : servers.smtps),
				"smtp-security = " + smtpSecurity, "smtp-auth = " + smtpAuth, "pop-host = 127.0.0.1",
				"pop-port = " + (popSecurity.equals("none") || popSecurity.equals("starttls") ? servers.pop3 : servers.pop3s),
				"pop-security = " + popSecurity, "pop-auth = " + popAuth, "trust-ca = " + servers.caPem, "timeout = 20", ""));
		return new ArrayList<>(List.of("--account", file.toString(), "--json"));
	}

	static Stream<Arguments> combinations() {
		List<Arguments> list = new ArrayList<>();
		for (String s : SECURITIES) {
			for (String m : MECHANISMS) {
				list.add(Arguments.of(s, m));
			}
		}
		return list.stream();
	}

	private static String mechanism(String m) {
		return m.equals("auto") ? "DIGEST-MD5" : m.toUpperCase();
	}

	@ParameterizedTest(name = "qslmail check-send/check-receive SMTP {0} {1}, POP3 {0} {1}")
	@MethodSource("combinations")
	void checkSendThenCheckReceive(String security, String mechanism) throws Exception {
		List<String> args = account(security, mechanism, security, mechanism, "QSL_PW");
		long before = servers.mailCount();
		Run send = run(new CheckCommand(CheckCommand.Kind.SEND, ENV), args);
		assertEquals(0, send.code(), send.toString());
		assertTrue(send.out().contains("\"used\":\"" + mechanism(mechanism) + "\""), send.out());
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (servers.mailCount() <= before && System.nanoTime() < deadline) {
			TimeUnit.MILLISECONDS.sleep(50);
		}
		Run receive = run(new CheckCommand(CheckCommand.Kind.RECEIVE, ENV), args);
		assertEquals(0, receive.code(), receive.toString());
		String used = mechanism.equals("login") ? "USER" : mechanism(mechanism);
		assertTrue(receive.out().contains("\"used\":\"" + used + "\""), receive.out());
		if (!security.equals("none")) {
			assertTrue(receive.out().contains("\"hostnameMatches\":true"), receive.out());
		}
		if (security.equals("tls1.2") || security.equals("tls1.3")) {
			assertTrue(send.out().contains("\"protocol\":\"" + security.replace("tls", "TLSv") + "\""), send.out());
		}
	}

	@Test
	void checkRunsBothAndWaitsForDelivery() throws Exception {
		Run r = run(new CheckCommand(CheckCommand.Kind.BOTH, ENV), account("starttls", "auto", "ssl", "auto", "QSL_PW"));
		assertEquals(0, r.code(), r.toString());
		assertTrue(r.out().startsWith("{\"ok\":true,\"send\":{\"ok\":true"), r.out());
	}

	@Test
	void wrongPasswordIsExitOneWithNo535AndTheServersReply() throws Exception {
		Run r = run(new CheckCommand(CheckCommand.Kind.SEND, ENV), account("starttls", "cram-md5", "ssl", "auto", "BAD_PW"));
		assertEquals(1, r.code(), r.toString());
		assertTrue(r.out().contains("\"category\":\"auth\",\"code\":\"No-535\",\"serverReply\":\"535 "), r.out());
		Run pop = run(new CheckCommand(CheckCommand.Kind.BOTH, ENV), account("ssl", "auto", "starttls", "digest-md5", "BAD_PW"));
		assertEquals(1, pop.code(), pop.toString());
	}

	@Test
	void probeNamesTheCertificateProblemAndTheTlsVersion() {
		Run mismatch = run(new ProbeCommand(), List.of("--protocol", "smtp", "--host", "localhost", "--port",
				String.valueOf(servers.smtps), "--trust-ca", servers.caPem.toString(), "--json"));
		assertEquals(1, mismatch.code());
		assertTrue(mismatch.out().contains("\"category\":\"certificate\",\"code\":\"No-1\""), mismatch.out());
		assertTrue(mismatch.out().contains("\"hostnameMatches\":false"), mismatch.out());
		Run tls13 = run(new ProbeCommand(), List.of("--protocol", "smtp", "--host", "127.0.0.1", "--port",
				String.valueOf(servers.smtps12), "--security", "tls1.3", "--trust-ca", servers.caPem.toString(), "--json"));
		assertEquals(1, tls13.code());
		assertTrue(tls13.out().contains("\"category\":\"tls\""), tls13.out());
		Run pop = run(new ProbeCommand(), List.of("--protocol", "pop3", "--host", "127.0.0.1", "--port",
				String.valueOf(servers.pop3), "--security", "starttls", "--trust-ca", servers.caPem.toString(), "--json"));
		assertEquals(0, pop.code(), pop.toString());
		assertTrue(pop.out().contains("\"startTls\":true"), pop.out());
		assertTrue(pop.out().contains("\"APOP\""), pop.out());
	}
}
