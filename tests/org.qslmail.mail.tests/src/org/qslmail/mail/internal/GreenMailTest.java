package org.qslmail.mail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.Category;
import org.qslmail.mail.DetectOptions;
import org.qslmail.mail.DetectedSetting;
import org.qslmail.mail.Endpoint;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.MailResult;
import org.qslmail.mail.ProbeResult;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.ReceiveSettings;
import org.qslmail.mail.Security;
import org.qslmail.mail.SmtpSettings;
import org.qslmail.mail.TrustSettings;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.qslmail.tests.util.TestCertificates;

/**
 * Fast tests against GreenMail (in this JVM): plain and implicit-TLS send/receive checks, pins, errors,
 * timeout, cancel, probe and detection. STARTTLS, APOP, CRAM-MD5/DIGEST-MD5 and CA trust run against real
 * servers in {@link RealServersTest}.
 */
class GreenMailTest {

	static final String ADDRESS = "ja1abc@example.com";
	static final String LOGIN = "ja1abc";
	static final String PASSWORD = "secret";
	static final String HOST = "127.0.0.1";

	static GreenMail greenMail;
	static String greenMailSha256;
	static TestCertificates.SelfSigned certificate;
	final MailServiceImpl service = new MailServiceImpl();

	@BeforeAll
	static void start() throws Exception {
		certificate = TestCertificates.selfSigned(TestCertificates.tempDir(), "mail.example.test");
		System.setProperty("greenmail.tls.keystore.file", certificate.keyStore().toString());
		System.setProperty("greenmail.tls.keystore.password", "changeit");
		System.setProperty("greenmail.tls.key.password", "changeit");
		// Server threads inherit the context class loader that lets Jakarta Mail find Angus inside OSGi.
		AngusContext.call(() -> {
			greenMail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.ALL));
			greenMail.setUser(ADDRESS, LOGIN, PASSWORD);
			greenMail.start();
			return null;
		});
		ProbeResult probe = new MailServiceImpl().probe(new Endpoint(Protocol.SMTP, HOST, port("smtps"), Security.SSL_TLS),
				TrustSettings.SYSTEM, Duration.ofSeconds(10), null);
		greenMailSha256 = probe.tls().certificate().sha256();
	}

	@AfterAll
	static void stop() {
		greenMail.stop();
	}

	@BeforeEach
	void purge() throws Exception {
		greenMail.purgeEmailFromAllMailboxes();
	}

	static int port(String protocol) {
		return switch (protocol) {
		case "smtp" -> greenMail.getSmtp().getPort();
		case "smtps" -> greenMail.getSmtps().getPort();
		case "pop3" -> greenMail.getPop3().getPort();
		case "pop3s" -> greenMail.getPop3s().getPort();
		case "imap" -> greenMail.getImap().getPort();
		default -> greenMail.getImaps().getPort();
		};
	}

	static TrustSettings pinned() {
		return TrustSettings.SYSTEM.withPin(HOST, port("smtps"), greenMailSha256).withPin(HOST, port("pop3s"), greenMailSha256)
				.withPin(HOST, port("imaps"), greenMailSha256);
	}

	static MailAccount account(SmtpSettings smtp, ReceiveSettings receive, TrustSettings trust, String password, Duration timeout) {
		return new MailAccount(ADDRESS, LOGIN, password.toCharArray(), smtp, receive, false, timeout, trust);
	}

	static MailAccount plain(AuthMethod smtpAuth, String password) {
		return account(new SmtpSettings(HOST, port("smtp"), Security.NONE, smtpAuth),
				new ReceiveSettings(Protocol.POP3, HOST, port("pop3"), Security.NONE, AuthMethod.AUTOMATIC, false, false),
				TrustSettings.SYSTEM, password, Duration.ofSeconds(10));
	}

	@Test
	void sendCheckThenReceiveCheckOverPlainPop3FindsAndRemovesTheTestMail() throws Exception {
		MailAccount account = plain(AuthMethod.PLAIN, PASSWORD);
		MailResult sent = service.sendCheck(account, null);
		assertTrue(sent.ok(), () -> sent.toString());
		assertNotNull(sent.token());
		assertEquals("PLAIN", sent.auth().used());
		assertFalse(sent.warnings().isEmpty(), "a clear-text password over security none must carry a warning");
		MimeMessage[] received = greenMail.getReceivedMessages();
		assertEquals(1, received.length);
		assertEquals(sent.token(), received[0].getHeader(MailServiceImpl.CHECK_HEADER, null));

		MailResult check = service.receiveCheck(account, sent.token(), null);
		assertTrue(check.ok(), () -> check.toString());
		// GreenMail's CAPA offers SASL PLAIN and no USER: automatic takes PLAIN.
		assertEquals("PLAIN", check.auth().used());
		MailResult again = service.receiveCheck(account, sent.token(), null);
		assertFalse(again.ok());
		assertEquals(Category.MAILBOX, again.category());
	}

	@Test
	void receiveCheckIgnoresOtherMailsAndFindsOnlyItsToken() {
		MailAccount account = plain(AuthMethod.LOGIN, PASSWORD);
		MailResult first = service.sendCheck(account, null);
		MailResult second = service.sendCheck(account, null);
		assertTrue(first.ok() && second.ok());
		assertTrue(service.receiveCheck(account, first.token(), null).ok());
		assertTrue(service.receiveCheck(account, second.token(), null).ok());
		assertEquals(Category.MAILBOX, service.receiveCheck(account, "QSL-NOPE", null).category());
	}

	@Test
	void automaticUsesTheStrongestOfferedMechanism() {
		MailResult r = service.sendCheck(plain(AuthMethod.AUTOMATIC, PASSWORD), null);
		assertTrue(r.ok(), r::toString);
		assertEquals("LOGIN", r.auth().used(), "GreenMail offers PLAIN LOGIN XOAUTH2: LOGIN is the strongest of those");
	}

	@Test
	void explicitMechanismTheServerLacksIsNo8WithTheOfferedList() {
		MailResult r = service.sendCheck(plain(AuthMethod.CRAM_MD5, PASSWORD), null);
		assertFalse(r.ok());
		assertEquals(Category.AUTH_METHOD, r.category());
		assertEquals("No-8", r.code());
		assertTrue(r.serverReply().contains("PLAIN"), r.serverReply());
		assertEquals(0, greenMail.getReceivedMessages().length);
	}

	@Test
	void apopWithoutTimestampFailsAndNeverFallsBackToUserPass() {
		MailAccount account = account(null,
				new ReceiveSettings(Protocol.POP3, HOST, port("pop3"), Security.NONE, AuthMethod.AUTOMATIC, true, false),
				TrustSettings.SYSTEM, PASSWORD, Duration.ofSeconds(10));
		MailResult r = service.receiveCheck(account, "QSL-X", null);
		assertEquals(Category.AUTH_METHOD, r.category());
		assertEquals("No-8", r.code());
		assertTrue(r.serverReply().startsWith("+OK"), "the greeting is the server reply: " + r.serverReply());
		assertNull(r.auth().used());
	}

	@Test
	void wrongPop3PasswordIsNo2() {
		MailResult r = service.receiveCheck(plain(AuthMethod.PLAIN, "wrong"), "QSL-X", null);
		assertEquals(Category.AUTH, r.category());
		assertEquals("No-2", r.code());
		assertTrue(r.serverReply().startsWith("-ERR"), r.serverReply());
		assertNotNull(r.hint());
	}

	@Test
	void popBeforeSmtpLogsInToTheReceiveServerFirst() {
		MailAccount plain = plain(AuthMethod.NONE, PASSWORD);
		MailAccount account = new MailAccount(ADDRESS, LOGIN, PASSWORD.toCharArray(), plain.smtp(), plain.receive(), true,
				Duration.ofSeconds(10), TrustSettings.SYSTEM);
		MailResult r = service.sendCheck(account, null);
		assertTrue(r.ok(), r::toString);
		MailAccount wrong = new MailAccount(ADDRESS, LOGIN, "wrong".toCharArray(), plain.smtp(), plain.receive(), true,
				Duration.ofSeconds(10), TrustSettings.SYSTEM);
		MailResult refused = service.sendCheck(wrong, null);
		assertEquals(Category.AUTH, refused.category(), "the POP3 login before sending failed: " + refused);
		assertEquals("No-2", refused.code());
		assertEquals(1, greenMail.getReceivedMessages().length);
	}

	@Test
	void separateSendAccountIsUsedForSmtpOnly() {
		greenMail.setUser("send@example.com", "sender", "sendpw");
		MailAccount account = account(new SmtpSettings(HOST, port("smtp"), Security.NONE, AuthMethod.PLAIN, "sender",
				"wrongpw".toCharArray()), null, TrustSettings.SYSTEM, PASSWORD, Duration.ofSeconds(10));
		MailResult r = service.sendCheck(account, null);
		assertEquals(Category.AUTH, r.category(), r::toString);
		assertTrue(r.hint().contains(Messages.Field_smtpUser), r.hint());
		MailAccount ok = account(new SmtpSettings(HOST, port("smtp"), Security.NONE, AuthMethod.PLAIN, "sender",
				"sendpw".toCharArray()), null, TrustSettings.SYSTEM, PASSWORD, Duration.ofSeconds(10));
		assertTrue(service.sendCheck(ok, null).ok());
	}

	@Test
	void imapReceiveCheck() {
		MailAccount account = account(new SmtpSettings(HOST, port("smtp"), Security.NONE, AuthMethod.LOGIN),
				new ReceiveSettings(Protocol.IMAP, HOST, port("imap"), Security.NONE, AuthMethod.LOGIN, false, false),
				TrustSettings.SYSTEM, PASSWORD, Duration.ofSeconds(10));
		MailResult sent = service.sendCheck(account, null);
		assertTrue(sent.ok(), sent::toString);
		MailResult r = service.receiveCheck(account, sent.token(), null);
		assertTrue(r.ok(), r::toString);
		assertEquals(Category.MAILBOX, service.receiveCheck(account, sent.token(), null).category());
	}

	@Test
	void selfSignedCertificateIsRefusedAndShownThenAcceptedOnlyThroughItsPin() {
		MailAccount untrusted = account(new SmtpSettings(HOST, port("smtps"), Security.SSL_TLS, AuthMethod.PLAIN),
				new ReceiveSettings(Protocol.POP3, HOST, port("pop3s"), Security.SSL_TLS, AuthMethod.PLAIN, false, false),
				TrustSettings.SYSTEM, PASSWORD, Duration.ofSeconds(10));
		MailResult refused = service.sendCheck(untrusted, null);
		assertEquals(Category.CERTIFICATE, refused.category());
		assertEquals("No-1", refused.code());
		assertEquals(greenMailSha256, refused.tls().certificate().sha256());

		MailAccount pinnedAccount = account(untrusted.smtp(), untrusted.receive(), pinned(), PASSWORD, Duration.ofSeconds(10));
		MailResult sent = service.sendCheck(pinnedAccount, null);
		assertTrue(sent.ok(), sent::toString);
		assertTrue(sent.tls().pinned());
		assertNotNull(sent.tls().protocol());
		assertTrue(sent.warnings().isEmpty(), sent.warnings()::toString);
		MailResult received = service.receiveCheck(pinnedAccount, sent.token(), null);
		assertTrue(received.ok(), received::toString);
		assertEquals("PLAIN", received.auth().used());

		// The pin is for one host:port: the same certificate on another port is refused again.
		TrustSettings otherPort = TrustSettings.SYSTEM.withPin(HOST, port("pop3s"), greenMailSha256);
		assertEquals(Category.CERTIFICATE, service.sendCheck(account(untrusted.smtp(), null, otherPort, PASSWORD,
				Duration.ofSeconds(10)), null).category());
	}

	@Test
	void caFileMakesThePrivateCertificateTrustedAndANameMismatchListsTheNames() {
		TrustSettings ca = TrustSettings.SYSTEM.withCaFile(certificate.certificatePem());
		MailResult ok = service.sendCheck(account(new SmtpSettings(HOST, port("smtps"), Security.SSL_TLS, AuthMethod.PLAIN),
				null, ca, PASSWORD, Duration.ofSeconds(10)), null);
		assertTrue(ok.ok(), ok::toString);
		assertTrue(ok.tls().hostnameMatches());
		assertFalse(ok.tls().pinned());
		assertEquals(List.of("mail.example.test", "127.0.0.1"), ok.tls().certificate().sans());

		// The seed-001 case: an old server name that the certificate does not carry.
		MailResult mismatch = service.sendCheck(account(new SmtpSettings("localhost", port("smtps"), Security.SSL_TLS,
				AuthMethod.PLAIN), null, ca, PASSWORD, Duration.ofSeconds(10)), null);
		assertEquals(Category.CERTIFICATE, mismatch.category(), mismatch::toString);
		assertTrue(mismatch.serverReply().contains("mail.example.test"), mismatch.serverReply());
		assertTrue(mismatch.hint().contains("mail.example.test"), mismatch.hint());
		assertFalse(mismatch.tls().hostnameMatches());
		assertEquals(1, greenMail.getReceivedMessages().length, "only the first check was delivered");
	}

	@Test
	void expiredCertificateIsNamedEvenWithItsCaFile() throws Exception {
		TestCertificates.SelfSigned expired = TestCertificates.selfSigned(TestCertificates.tempDir(), "mail.example.test",
				"-10d", 2);
		// A small TLS server of our own with that certificate (GreenMail keeps its first key store).
		java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
		try (var in = java.nio.file.Files.newInputStream(expired.keyStore())) {
			store.load(in, "changeit".toCharArray());
		}
		javax.net.ssl.KeyManagerFactory kmf = javax.net.ssl.KeyManagerFactory
				.getInstance(javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
		kmf.init(store, "changeit".toCharArray());
		javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
		context.init(kmf.getKeyManagers(), null, null);
		try (javax.net.ssl.SSLServerSocket server = (javax.net.ssl.SSLServerSocket) context.getServerSocketFactory()
				.createServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
			Thread t = new Thread(() -> {
				try (java.net.Socket socket = server.accept()) {
					socket.getOutputStream().write("220 expired.example.test ESMTP\r\n".getBytes());
					socket.getOutputStream().flush();
					socket.getInputStream().read();
				} catch (java.io.IOException e) {
					// the client refuses the certificate
				}
			});
			t.setDaemon(true);
			t.start();
			ProbeResult r = service.probe(new Endpoint(Protocol.SMTP, HOST, server.getLocalPort(), Security.SSL_TLS),
					TrustSettings.SYSTEM.withCaFile(expired.certificatePem()), Duration.ofSeconds(5), null);
			assertEquals(Category.CERTIFICATE, r.result().category(), r::toString);
			assertEquals(Messages.Hint_certificateExpired, r.result().hint());
			assertTrue(r.tls().certificate().notAfter().isBefore(java.time.Instant.now()));
			t.join(5_000);
		}
	}

	@Test
	void tlsVersionPinningReallyRestrictsTheProtocol() {
		for (Security s : List.of(Security.TLS1_2, Security.TLS1_3)) {
			ProbeResult r = service.probe(new Endpoint(Protocol.POP3, HOST, port("pop3s"), s), pinned(), Duration.ofSeconds(5),
					null);
			assertTrue(r.result().ok(), r::toString);
			assertEquals(s == Security.TLS1_2 ? "TLSv1.2" : "TLSv1.3", r.tls().protocol());
		}
	}

	@Test
	void sslChosenOnAPlainPortIsATlsErrorNamingTheFields() {
		MailResult r = service.sendCheck(account(new SmtpSettings(HOST, port("smtp"), Security.SSL_TLS, AuthMethod.PLAIN), null,
				TrustSettings.SYSTEM, PASSWORD, Duration.ofSeconds(5)), null);
		assertEquals(Category.TLS, r.category(), r::toString);
		assertEquals("No-1", r.code());
		assertTrue(r.hint().contains(Messages.Field_smtpSecurity), r.hint());
	}

	@Test
	void startTlsChosenButNotOfferedFailsInsteadOfSendingInClear() {
		MailResult r = service.sendCheck(account(new SmtpSettings(HOST, port("smtp"), Security.STARTTLS, AuthMethod.PLAIN), null,
				TrustSettings.SYSTEM, PASSWORD, Duration.ofSeconds(5)), null);
		assertEquals(Category.TLS, r.category(), r::toString);
		assertEquals(0, greenMail.getReceivedMessages().length);
	}

	@Test
	void refusedPortIsAConnectError() throws Exception {
		MailResult r = service.sendCheck(account(new SmtpSettings(HOST, SilentServer.refusedPort(), Security.NONE, AuthMethod.NONE),
				null, TrustSettings.SYSTEM, PASSWORD, Duration.ofSeconds(5)), null);
		assertEquals(Category.CONNECT, r.category());
		assertEquals("No-1", r.code());
	}

	@Test
	void unansweringServerTimesOutWithinTheTimeout() throws Exception {
		try (SilentServer silent = new SilentServer()) {
			long start = System.nanoTime();
			MailResult r = service.sendCheck(account(new SmtpSettings(HOST, silent.port(), Security.NONE, AuthMethod.NONE), null,
					TrustSettings.SYSTEM, PASSWORD, Duration.ofMillis(800)), null);
			long ms = (System.nanoTime() - start) / 1_000_000;
			assertEquals(Category.TIMEOUT, r.category(), r::toString);
			assertEquals("No-4", r.code());
			assertTrue(ms >= 700 && ms < 5_000, "took " + ms + " ms");
		}
	}

	@Test
	void cancelClosesTheSocketAtOnce() throws Exception {
		try (SilentServer silent = new SilentServer()) {
			NullProgressMonitor monitor = new NullProgressMonitor();
			Thread canceller = new Thread(() -> {
				try {
					Thread.sleep(300); // the test's own clock: cancel while the read blocks
				} catch (InterruptedException e) {
					return;
				}
				monitor.setCanceled(true);
			});
			canceller.start();
			long start = System.nanoTime();
			MailAccount account = account(null,
					new ReceiveSettings(Protocol.POP3, HOST, silent.port(), Security.NONE, AuthMethod.AUTOMATIC, false, false),
					TrustSettings.SYSTEM, PASSWORD, Duration.ofSeconds(60));
			assertThrows(OperationCanceledException.class, () -> service.receiveCheck(account, "QSL-X", monitor));
			long ms = (System.nanoTime() - start) / 1_000_000;
			assertTrue(ms < 3_000, "cancel took " + ms + " ms with a 60 s timeout");
			canceller.join(5_000);
		}
	}

	@Test
	void manyMessagesOverOneConnection() throws Exception {
		List<MimeMessage> messages = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			int n = i;
			messages.add(AngusContext.call(() -> {
				MimeMessage m = new MimeMessage(Session.getInstance(new java.util.Properties()));
				m.setFrom(new InternetAddress(ADDRESS));
				m.setRecipient(Message.RecipientType.TO, new InternetAddress("ja2xyz@example.com"));
				m.setSubject("QSL " + n);
				m.setText(".leading dot\nline " + n + "\n");
				return m;
			}));
		}
		MailResult r = service.send(plain(AuthMethod.PLAIN, PASSWORD), messages, null);
		assertTrue(r.ok(), r::toString);
		assertTrue(greenMail.waitForIncomingEmail(5_000, 5));
		MimeMessage first = greenMail.getReceivedMessages()[0];
		assertTrue(AngusContext.call(() -> String.valueOf(first.getContent())).startsWith(".leading dot"));
	}

	@Test
	void probeReportsGreetingCapabilitiesAndCertificate() {
		ProbeResult smtp = service.probe(new Endpoint(Protocol.SMTP, HOST, port("smtp"), Security.NONE), null,
				Duration.ofSeconds(5), null);
		assertTrue(smtp.result().ok(), smtp::toString);
		assertTrue(smtp.greeting().startsWith("220"), smtp.greeting());
		assertTrue(smtp.authOffered().containsAll(List.of("PLAIN", "LOGIN")), smtp.authOffered()::toString);
		assertFalse(smtp.startTlsOffered());
		assertNull(smtp.tls());

		ProbeResult pop = service.probe(new Endpoint(Protocol.POP3, HOST, port("pop3s"), Security.SSL_TLS), pinned(),
				Duration.ofSeconds(5), null);
		assertTrue(pop.result().ok(), pop::toString);
		assertTrue(pop.capabilities().contains("UIDL"), pop.capabilities()::toString);
		assertNotNull(pop.tls().protocol());
		assertNotNull(pop.tls().cipher());
		assertEquals(greenMailSha256, pop.tls().certificate().sha256());
		assertNull(pop.apopTimestamp());

		ProbeResult imap = service.probe(new Endpoint(Protocol.IMAP, HOST, port("imap"), Security.NONE), null,
				Duration.ofSeconds(5), null);
		assertTrue(imap.result().ok(), imap::toString);
		assertTrue(imap.greeting().startsWith("* OK"), imap.greeting());
	}

	@Test
	void detectionProbesInParallelEndsInAboutOneTimeoutAndRanksEncryptedFirst() throws Exception {
		try (SilentServer silent = new SilentServer()) {
			int refused = SilentServer.refusedPort();
			Map<String, Integer> map = Map.of(
					"smtp.example.com:587", port("smtp"),
					"pop.example.com:995", port("pop3s"),
					"pop.example.com:110", port("pop3"),
					"imap.example.com:143", silent.port(),
					"imap.example.com:993", silent.port(),
					"mail.example.com:465", silent.port());
			org.qslmail.mail.HostResolver resolver = (host, p) -> {
				Integer local = map.get(host + ':' + p);
				return new InetSocketAddress(HOST, local != null ? local : refused);
			};
			TrustSettings trust = TrustSettings.SYSTEM.withPin("pop.example.com", 995, greenMailSha256);
			long start = System.nanoTime();
			List<DetectedSetting> found = service.detect("ja1abc@example.com",
					new DetectOptions(Duration.ofMillis(1_500), trust, resolver), null);
			long ms = (System.nanoTime() - start) / 1_000_000;
			assertTrue(ms < 1_500 + 2_500, "detection took " + ms + " ms");
			List<String> keys = found.stream().map(d -> d.endpoint().protocol() + " " + d.endpoint().hostPort() + " "
					+ d.endpoint().security()).toList();
			assertEquals(List.of("SMTP smtp.example.com:587 NONE", "POP3 pop.example.com:995 SSL_TLS",
					"POP3 pop.example.com:110 NONE"), keys);
			assertEquals("LOGIN", found.get(0).bestAuth());
		}
	}

	@Test
	void presetsComeFirst() {
		MailServiceImpl withPresets = new MailServiceImpl();
		withPresets.addPresetProvider(domain -> domain.equals("example.com")
				? List.of(new Endpoint(Protocol.SMTP, "submission.example.com", 2525, Security.NONE)) : List.of());
		org.qslmail.mail.HostResolver resolver = (host, p) -> host.equals("submission.example.com") || host.equals("smtp.example.com")
				&& p == 587 ? new InetSocketAddress(HOST, port("smtp")) : InetSocketAddress.createUnresolved(host, p);
		List<DetectedSetting> found = withPresets.detect("ja1abc@example.com",
				new DetectOptions(Duration.ofSeconds(3), null, resolver), null);
		assertEquals(2, found.size(), found::toString);
		assertTrue(found.get(0).fromPreset());
		assertEquals(2525, found.get(0).endpoint().port());
	}
}
