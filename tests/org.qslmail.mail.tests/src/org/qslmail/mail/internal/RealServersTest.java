package org.qslmail.mail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.Category;
import org.qslmail.mail.DetectOptions;
import org.qslmail.mail.DetectedSetting;
import org.qslmail.mail.Endpoint;
import org.qslmail.mail.HostResolver;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.MailResult;
import org.qslmail.mail.ProbeResult;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.ReceiveSettings;
import org.qslmail.mail.Security;
import org.qslmail.mail.SmtpSettings;
import org.qslmail.mail.TrustSettings;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.qslmail.tests.util.RealMailServers;

/**
 * Integration tests against real servers (no mocks): Debian's postfix and dovecot, started by
 * {@link RealMailServers} on loopback. Every security mode of the manual × every auth method, on SMTP and
 * POP3 (and IMAP), plus APOP, TLS version pinning and the failures a person meets. Skipped, with the reason,
 * only when the server binaries are not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealServersTest {

	private static final String HOST = "127.0.0.1";
	private RealMailServers servers;
	private final MailServiceImpl service = new MailServiceImpl();

	@BeforeAll
	void start() throws Exception {
		RealMailServers.assumeInstalled();
		servers = new RealMailServers();
	}

	@AfterAll
	void stop() throws Exception {
		if (servers != null) {
			servers.close();
		}
	}

	private TrustSettings ca() {
		return TrustSettings.SYSTEM.withCaFile(servers.caPem);
	}

	private int smtpPort(Security s) {
		return switch (s) {
		case NONE -> servers.smtp;
		case STARTTLS -> servers.submission;
		default -> servers.smtps;
		};
	}

	private int popPort(Security s) {
		return s.implicitTls() ? servers.pop3s : servers.pop3;
	}

	private int imapPort(Security s) {
		return s.implicitTls() ? servers.imaps : servers.imap;
	}

	private MailAccount account(SmtpSettings smtp, ReceiveSettings receive, String password) {
		return new MailAccount(RealMailServers.ADDRESS, null, password.toCharArray(), smtp, receive, false,
				Duration.ofSeconds(20), ca());
	}

	private SmtpSettings smtps() {
		return new SmtpSettings(HOST, servers.smtps, Security.SSL_TLS, AuthMethod.AUTOMATIC);
	}

	/** Waits (bounded) until postfix has delivered a mail into the maildir. */
	private void awaitDelivery(long before) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (servers.mailCount() <= before) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("postfix did not deliver within 30 s" + servers.logs());
			}
			TimeUnit.MILLISECONDS.sleep(50);
		}
	}

	private static final List<Security> SECURITIES = List.of(Security.NONE, Security.SSL_TLS, Security.STARTTLS,
			Security.TLS1_2, Security.TLS1_3);
	private static final List<AuthMethod> MECHANISMS = List.of(AuthMethod.PLAIN, AuthMethod.LOGIN, AuthMethod.CRAM_MD5,
			AuthMethod.DIGEST_MD5, AuthMethod.AUTOMATIC);

	static Stream<Arguments> securityTimesMechanism() {
		List<Arguments> list = new ArrayList<>();
		for (Security s : SECURITIES) {
			for (AuthMethod m : MECHANISMS) {
				list.add(Arguments.of(s, m));
			}
		}
		return list.stream();
	}

	private static void assertTls(Security s, MailResult r) {
		if (s == Security.NONE) {
			assertNull(r.tls());
			return;
		}
		assertNotNull(r.tls().protocol(), r::toString);
		assertTrue(r.tls().hostnameMatches());
		if (s == Security.TLS1_2) {
			assertEquals("TLSv1.2", r.tls().protocol());
		} else if (s == Security.TLS1_3) {
			assertEquals("TLSv1.3", r.tls().protocol());
		}
	}

	private static String expectedMechanism(AuthMethod m) {
		return m == AuthMethod.AUTOMATIC ? "DIGEST-MD5" : m.mechanism();
	}

	@ParameterizedTest(name = "postfix {0} {1}")
	@MethodSource("securityTimesMechanism")
	void postfixSendCheck(Security security, AuthMethod method) throws Exception {
		long before = servers.mailCount();
		MailResult r = service.sendCheck(account(new SmtpSettings(HOST, smtpPort(security), security, method), null,
				RealMailServers.PASSWORD), null);
		assertTrue(r.ok(), () -> r + servers.logs());
		assertEquals(expectedMechanism(method), r.auth().used());
		assertTrue(r.auth().offered().containsAll(List.of("PLAIN", "LOGIN", "CRAM-MD5", "DIGEST-MD5")), r.auth()::toString);
		assertTls(security, r);
		assertEquals(security == Security.NONE && method.sendsPasswordInClear(), !r.warnings().isEmpty(),
				r.warnings()::toString);
		awaitDelivery(before);
	}

	@ParameterizedTest(name = "dovecot POP3 {0} {1}")
	@MethodSource("securityTimesMechanism")
	void dovecotPop3ReceiveCheck(Security security, AuthMethod method) throws Exception {
		long before = servers.mailCount();
		MailAccount account = account(smtps(),
				new ReceiveSettings(Protocol.POP3, HOST, popPort(security), security, method, false, false),
				RealMailServers.PASSWORD);
		MailResult sent = service.sendCheck(account, null);
		assertTrue(sent.ok(), sent::toString);
		awaitDelivery(before);
		MailResult r = service.receiveCheck(account, sent.token(), null);
		assertTrue(r.ok(), () -> r + servers.logs());
		assertEquals(method == AuthMethod.LOGIN ? "USER" : expectedMechanism(method), r.auth().used());
		assertTrue(r.auth().offered().contains("APOP"), r.auth()::toString);
		assertTls(security, r);
		assertEquals(before, servers.mailCount(), "exactly the test mail was removed");
	}

	@ParameterizedTest(name = "dovecot POP3 APOP {0}")
	@MethodSource("securities")
	void dovecotApop(Security security) throws Exception {
		long before = servers.mailCount();
		MailAccount account = account(smtps(),
				new ReceiveSettings(Protocol.POP3, HOST, popPort(security), security, AuthMethod.AUTOMATIC, true, false),
				RealMailServers.PASSWORD);
		MailResult sent = service.sendCheck(account, null);
		awaitDelivery(before);
		MailResult r = service.receiveCheck(account, sent.token(), null);
		assertTrue(r.ok(), () -> r + servers.logs());
		assertEquals("APOP", r.auth().used());
		assertTrue(r.warnings().isEmpty(), "APOP never sends the password: " + r.warnings());
		assertTls(security, r);
	}

	static Stream<Security> securities() {
		return SECURITIES.stream();
	}

	@ParameterizedTest(name = "dovecot IMAP {0} {1}")
	@MethodSource("securityTimesMechanism")
	void dovecotImapReceiveCheck(Security security, AuthMethod method) throws Exception {
		long before = servers.mailCount();
		MailAccount account = account(smtps(),
				new ReceiveSettings(Protocol.IMAP, HOST, imapPort(security), security, method, false, false),
				RealMailServers.PASSWORD);
		MailResult sent = service.sendCheck(account, null);
		awaitDelivery(before);
		MailResult r = service.receiveCheck(account, sent.token(), null);
		assertTrue(r.ok(), () -> r + servers.logs());
		assertEquals(expectedMechanism(method), r.auth().used());
		assertTls(security, r);
		assertEquals(before, servers.mailCount());
	}

	@ParameterizedTest(name = "secret from a mail found by its check id over {0}")
	@EnumSource(value = Protocol.class, names = { "POP3", "IMAP" })
	void receiveCheckReturnsAHeaderOfTheFoundMail(Protocol protocol) throws Exception {
		String checkId = "chk-" + protocol + "-" + System.nanoTime();
		MimeMessage decoy = tokenMail("chk-other", "not-this-one");
		MimeMessage tokenMail = tokenMail(checkId, "s3cret-" + protocol);
		long before = servers.mailCount();
		MailAccount account = account(smtps(), new ReceiveSettings(protocol, HOST,
				protocol == Protocol.POP3 ? servers.pop3s : servers.imaps, Security.SSL_TLS, AuthMethod.AUTOMATIC, false,
				false), RealMailServers.PASSWORD);
		MailResult sent = service.send(account, List.of(decoy, tokenMail), null);
		assertTrue(sent.ok(), sent::toString);
		awaitDelivery(before + 1);

		MailResult r = service.receiveCheck(account, checkId, "X-QSLMail-Directory-Token", null);
		assertTrue(r.ok(), () -> r + servers.logs());
		assertEquals("s3cret-" + protocol, r.token());
		assertEquals(before + 1, servers.mailCount(), "exactly the token mail was removed, the decoy stays");

		MailResult missingHeader = service.receiveCheck(account, "chk-other", "X-Not-There", null);
		assertEquals(Category.MAILBOX, missingHeader.category(), missingHeader::toString);
		assertEquals(before + 1, servers.mailCount(), "a mail without the asked header is left alone");
		assertTrue(service.receiveCheck(account, "chk-other", null).ok());
	}

	private static MimeMessage tokenMail(String checkId, String secret) throws Exception {
		return AngusContext.call(() -> {
			MimeMessage m = new MimeMessage(Session.getInstance(new java.util.Properties()));
			m.setFrom(new InternetAddress("directory@example.test"));
			m.setRecipient(Message.RecipientType.TO, new InternetAddress(RealMailServers.ADDRESS));
			m.setSubject("QSL Mail directory token");
			m.setHeader("X-QSLMail-Check", checkId);
			m.setHeader("X-QSLMail-Directory-Token", secret);
			m.setText("token");
			return m;
		});
	}

	@Test
	void wrongSmtpPasswordIsNo535WithTheServersReply() {
		for (AuthMethod m : MECHANISMS) {
			MailResult r = service.sendCheck(account(new SmtpSettings(HOST, servers.submission, Security.STARTTLS, m), null,
					"wrong"), null);
			assertEquals(Category.AUTH, r.category(), r::toString);
			assertEquals("No-535", r.code());
			assertTrue(r.serverReply().startsWith("535"), r.serverReply());
			assertTrue(r.hint().contains(Messages.Field_password), r.hint());
		}
	}

	@Test
	void wrongPop3AndImapPasswordIsNo2() {
		for (Protocol p : List.of(Protocol.POP3, Protocol.IMAP)) {
			for (AuthMethod m : MECHANISMS) {
				MailResult r = service.receiveCheck(account(null, new ReceiveSettings(p, HOST,
						p == Protocol.POP3 ? servers.pop3s : servers.imaps, Security.SSL_TLS, m, false, false), "wrong"), "QSL-X",
						null);
				assertEquals(Category.AUTH, r.category(), r::toString);
				assertEquals("No-2", r.code());
				assertFalse(r.serverReply().isEmpty());
			}
		}
		MailResult apop = service.receiveCheck(account(null, new ReceiveSettings(Protocol.POP3, HOST, servers.pop3,
				Security.NONE, AuthMethod.AUTOMATIC, true, false), "wrong"), "QSL-X", null);
		assertEquals(Category.AUTH, apop.category(), apop::toString);
		assertTrue(apop.serverReply().startsWith("-ERR"), apop.serverReply());
	}

	@Test
	void unknownRecipientIsNo550WithTheServersReply() throws Exception {
		MimeMessage message = AngusContext.call(() -> {
			MimeMessage m = new MimeMessage(Session.getInstance(new java.util.Properties()));
			m.setFrom(new InternetAddress(RealMailServers.ADDRESS));
			m.setRecipient(Message.RecipientType.TO, new InternetAddress("nobody@example.test"));
			m.setSubject("QSL");
			m.setText("card");
			return m;
		});
		MailResult r = service.send(account(smtps(), null, RealMailServers.PASSWORD), List.of(message), null);
		assertEquals(Category.RECIPIENT, r.category(), r::toString);
		assertEquals("No-550", r.code());
		assertTrue(r.serverReply().contains("User unknown"), r.serverReply());
		assertTrue(r.hint().contains("nobody@example.test"), r.hint());
	}

	@Test
	void sendingWithoutLoginIsRefused() {
		MailResult r = service.sendCheck(account(new SmtpSettings(HOST, servers.smtps, Security.SSL_TLS, AuthMethod.NONE), null,
				RealMailServers.PASSWORD), null);
		assertFalse(r.ok());
		assertEquals(Category.RECIPIENT, r.category(), r::toString);
		assertEquals("No-554", r.code());
		assertTrue(r.serverReply().startsWith("554"), r.serverReply());
	}

	@Test
	void certificateNameMismatchListsTheNamesTheCertificateCarries() {
		MailResult r = service.sendCheck(account(new SmtpSettings("localhost", servers.smtps, Security.SSL_TLS,
				AuthMethod.AUTOMATIC), null, RealMailServers.PASSWORD), null);
		assertEquals(Category.CERTIFICATE, r.category(), r::toString);
		assertEquals("No-1", r.code());
		assertTrue(r.serverReply().contains("mail.example.test"), r.serverReply());
		assertEquals(List.of("mail.example.test", "*.example.test", "127.0.0.1"), r.tls().certificate().sans());
		assertFalse(r.tls().hostnameMatches());
	}

	@Test
	void privateCaWithoutTheCaFileIsUntrusted() {
		MailAccount noCa = new MailAccount(RealMailServers.ADDRESS, null, "x".toCharArray(), null,
				new ReceiveSettings(Protocol.POP3, HOST, servers.pop3, Security.STARTTLS, AuthMethod.AUTOMATIC, false, false),
				false, Duration.ofSeconds(10), TrustSettings.SYSTEM);
		MailResult r = service.receiveCheck(noCa, "QSL-X", null);
		assertEquals(Category.CERTIFICATE, r.category(), r::toString);
		assertTrue(r.serverReply().contains("QSL Mail Test CA"), r.serverReply());
		assertEquals(Messages.Hint_certificateUntrusted, r.hint());
	}

	@Test
	void tlsVersionPinningAgainstAServerLimitedToTls12() {
		ProbeResult tls12 = service.probe(new Endpoint(Protocol.SMTP, HOST, servers.smtps12, Security.TLS1_2), ca(),
				Duration.ofSeconds(10), null);
		assertTrue(tls12.result().ok(), tls12::toString);
		assertEquals("TLSv1.2", tls12.tls().protocol());
		ProbeResult tls13 = service.probe(new Endpoint(Protocol.SMTP, HOST, servers.smtps12, Security.TLS1_3), ca(),
				Duration.ofSeconds(10), null);
		assertEquals(Category.TLS, tls13.result().category(), tls13::toString);
		assertTrue(tls13.result().hint().contains(Messages.Field_smtpSecurity), tls13.result().hint());
		ProbeResult any = service.probe(new Endpoint(Protocol.SMTP, HOST, servers.smtps12, Security.SSL_TLS), ca(),
				Duration.ofSeconds(10), null);
		assertEquals("TLSv1.2", any.tls().protocol());
	}

	@Test
	void sslOnTheStartTlsPortAndStartTlsOnTheSslPortAreNamed() {
		MailResult sslOnSubmission = service.sendCheck(account(new SmtpSettings(HOST, servers.submission, Security.SSL_TLS,
				AuthMethod.AUTOMATIC), null, RealMailServers.PASSWORD), null);
		assertEquals(Category.TLS, sslOnSubmission.category(), sslOnSubmission::toString);
		assertTrue(sslOnSubmission.hint().contains("STARTTLS"), sslOnSubmission.hint());

		MailAccount startTlsOnSmtps = new MailAccount(RealMailServers.ADDRESS, null, "x".toCharArray(),
				new SmtpSettings(HOST, servers.smtps, Security.STARTTLS, AuthMethod.AUTOMATIC), null, false, Duration.ofSeconds(2),
				ca());
		MailResult r = service.sendCheck(startTlsOnSmtps, null);
		assertEquals(Category.TIMEOUT, r.category(), r::toString);
		assertEquals("No-4", r.code());
		assertTrue(r.hint().contains("SSL/TLS"), r.hint());
		assertTrue(r.elapsedMs() < 5_000, "took " + r.elapsedMs());
	}

	@Test
	void submissionWithoutTlsOffersNoAuth() {
		// Port 587 with security none: postfix offers AUTH only after STARTTLS, so an explicit method is No-8.
		MailResult r = service.sendCheck(account(new SmtpSettings(HOST, servers.submission, Security.NONE, AuthMethod.PLAIN),
				null, RealMailServers.PASSWORD), null);
		assertEquals(Category.AUTH_METHOD, r.category(), r::toString);
		assertEquals("No-8", r.code());
	}

	@Test
	void unansweringAndRefusedPorts() throws Exception {
		try (SilentServer silent = new SilentServer()) {
			MailAccount account = new MailAccount(RealMailServers.ADDRESS, null, "x".toCharArray(),
					new SmtpSettings(HOST, silent.port(), Security.SSL_TLS, AuthMethod.AUTOMATIC), null, false,
					Duration.ofSeconds(1), ca());
			MailResult r = service.sendCheck(account, null);
			assertEquals(Category.TIMEOUT, r.category(), r::toString);
			assertTrue(r.elapsedMs() < 4_000, "took " + r.elapsedMs());
		}
		MailResult refused = service.sendCheck(account(new SmtpSettings(HOST, SilentServer.refusedPort(), Security.STARTTLS,
				AuthMethod.AUTOMATIC), null, RealMailServers.PASSWORD), null);
		assertEquals(Category.CONNECT, refused.category());
		assertEquals("No-1", refused.code());
	}

	@Test
	void probeShowsWhatTheRealServersOffer() {
		ProbeResult pop = service.probe(new Endpoint(Protocol.POP3, HOST, servers.pop3, Security.STARTTLS), ca(),
				Duration.ofSeconds(10), null);
		assertTrue(pop.result().ok(), pop::toString);
		assertTrue(pop.startTlsOffered());
		assertNotNull(pop.apopTimestamp());
		assertTrue(pop.authOffered().containsAll(List.of("CRAM-MD5", "DIGEST-MD5", "APOP")), pop.authOffered()::toString);
		assertEquals("QSL Mail Test CA", pop.tls().certificate().issuer().replace("CN=", ""));
		assertEquals(64, pop.tls().certificate().sha256().length());

		ProbeResult smtp = service.probe(new Endpoint(Protocol.SMTP, HOST, servers.submission, Security.NONE), ca(),
				Duration.ofSeconds(10), null);
		assertTrue(smtp.startTlsOffered());
		assertTrue(smtp.authOffered().isEmpty(), "postfix hides AUTH before STARTTLS on submission");
	}

	@Test
	void detectionAgainstRealServersWithAnUnansweringCandidate() throws Exception {
		try (SilentServer silent = new SilentServer()) {
			int refused = SilentServer.refusedPort();
			Map<String, Integer> map = Map.of("smtp.example.test:465", servers.smtps, "smtp.example.test:587",
					servers.submission, "pop.example.test:995", servers.pop3s, "pop.example.test:110", servers.pop3,
					"imap.example.test:993", servers.imaps, "imap.example.test:143", servers.imap, "mail.example.test:465",
					silent.port(), "mail.example.test:995", silent.port());
			HostResolver resolver = (host, port) -> new InetSocketAddress(HOST, map.getOrDefault(host + ':' + port, refused));
			long start = System.nanoTime();
			List<DetectedSetting> found = service.detect(RealMailServers.ADDRESS,
					new DetectOptions(Duration.ofSeconds(3), ca(), resolver), null);
			long ms = (System.nanoTime() - start) / 1_000_000;
			assertTrue(ms < 3_000 + 2_500, "detection took " + ms + " ms");
			DetectedSetting best = found.get(0);
			assertEquals(new Endpoint(Protocol.SMTP, "smtp.example.test", 465, Security.SSL_TLS), best.endpoint());
			assertEquals("DIGEST-MD5", best.bestAuth());
			DetectedSetting bestPop = found.stream().filter(d -> d.endpoint().protocol() == Protocol.POP3).findFirst().orElseThrow();
			assertEquals(new Endpoint(Protocol.POP3, "pop.example.test", 995, Security.SSL_TLS), bestPop.endpoint());
			assertTrue(found.stream().noneMatch(d -> d.endpoint().host().startsWith("mail.")), found::toString);
		}
	}
}
