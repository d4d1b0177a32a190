package org.qslmail.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.qslmail.core.Callsign;
import org.qslmail.directory.DirectoryClient;
import org.qslmail.directory.DirectoryException;
import org.qslmail.directory.DirectoryException.Problem;
import org.qslmail.directory.DirectorySession;
import org.qslmail.directory.RegistrationRequest;
import org.qslmail.directory.server.DirectoryServer;
import org.qslmail.directory.server.DirectoryStore;
import org.qslmail.directory.server.PasswordHashing;
import org.qslmail.directory.server.TokenMailer;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.Category;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.MailResult;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.ReceiveSettings;
import org.qslmail.mail.Security;
import org.qslmail.mail.SmtpSettings;
import org.qslmail.mail.TrustSettings;
import org.qslmail.mail.internal.MailServiceImpl;
import org.qslmail.tests.util.RealMailServers;

/**
 * The registration proof end to end through real servers on loopback: a directory server whose token mail
 * goes out through the mail service to Debian's postfix, is delivered into dovecot, and is picked up by the
 * station's receive check. Only a station that reads the mailbox gets the address registered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealServersProofTest {

	private static final String HOST = "127.0.0.1";
	private static final char[] DIRECTORY_PASSWORD = "correct horse 73".toCharArray();

	private RealMailServers servers;
	private final MailServiceImpl mail = new MailServiceImpl();

	@TempDir
	Path folder;
	private final MovableClock clock = new MovableClock();
	private DirectoryServer server;
	private DirectoryClient client;
	private volatile TokenMailer mailer;

	@BeforeAll
	void startMail() throws Exception {
		RealMailServers.assumeInstalled();
		servers = new RealMailServers();
	}

	@AfterAll
	void stopMail() throws Exception {
		if (servers != null) {
			servers.close();
		}
	}

	@BeforeEach
	void startDirectory() throws Exception {
		DirectoryStore store = new DirectoryStore("jdbc:h2:" + folder.resolve("directory").toAbsolutePath(), null, null,
				clock, new PasswordHashing(1000));
		// The directory mails from the second mailbox's account, over SMTPS.
		mailer = new MailTokenMailer(mail, account(RealMailServers.SECOND_ADDRESS, null, RealMailServers.PASSWORD));
		server = DirectoryServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), store,
				(address, callsign, checkId, token) -> mailer.sendToken(address, callsign, checkId, token));
		client = new DirectoryClient(URI.create("http://127.0.0.1:" + server.address().getPort() + "/"),
				Duration.ofSeconds(20));
	}

	@AfterEach
	void stopDirectory() {
		if (server != null) {
			server.close();
		}
	}

	private TrustSettings ca() {
		return TrustSettings.SYSTEM.withCaFile(servers.caPem);
	}

	/** A station's account: SMTPS and POP3S on the real servers; {@code user} null = the address. */
	private MailAccount account(String address, String user, String password) {
		return new MailAccount(address, user, password.toCharArray(),
				new SmtpSettings(HOST, servers.smtps, Security.SSL_TLS, AuthMethod.AUTOMATIC),
				new ReceiveSettings(Protocol.POP3, HOST, servers.pop3s, Security.SSL_TLS, AuthMethod.AUTOMATIC, false, false),
				false, Duration.ofSeconds(20), ca());
	}

	private DirectorySession station(String callsign) throws DirectoryException {
		client.createStation(callsign, DIRECTORY_PASSWORD);
		return client.login(callsign, DIRECTORY_PASSWORD);
	}

	@Test
	void theTokenMailTravelsThroughRealServersAndRegistersTheAddress() throws Exception {
		DirectorySession session = station("JA1ABC");
		long before = servers.mailCount(RealMailServers.ADDRESS);

		ProofResult result = new RegistrationProof(mail).register(client, session,
				account(RealMailServers.ADDRESS, null, RealMailServers.PASSWORD), Duration.ofSeconds(30),
				new NullProgressMonitor());

		assertTrue(result.registered(), () -> result.message().orElse("") + servers.logs());
		assertEquals(Optional.of(RealMailServers.ADDRESS), result.status().address());
		assertTrue(result.attempts() >= 1);
		assertEquals(before, servers.mailCount(RealMailServers.ADDRESS), "the receive check removed the token mail");
		DirectorySession partner = station("JA2XYZ");
		assertEquals(Optional.of(RealMailServers.ADDRESS), client.lookup(partner, Callsign.parse("JA1ABC/1")));

		// The token that came by mail is single-use: replaying it is refused.
		String token = result.receive().orElseThrow().token();
		DirectoryException replay = assertThrows(DirectoryException.class, () -> client.confirmRegistration(session, token));
		assertEquals(Problem.TOKEN_INVALID, replay.problem());
	}

	@Test
	void aWrongMailPasswordNeverRegistersAndStopsAtOnce() throws Exception {
		DirectorySession session = station("JA1ABC");

		ProofResult result = new RegistrationProof(mail).register(client, session,
				account(RealMailServers.ADDRESS, null, "not the password"), Duration.ofSeconds(30),
				new NullProgressMonitor());

		assertFalse(result.registered());
		assertEquals(1, result.attempts(), "an authentication failure is not retried");
		assertEquals(Category.AUTH, result.receive().orElseThrow().category());
		assertTrue(result.message().orElseThrow().contains(result.receive().get().code()), result.message().get());
		assertFalse(client.status(session).isRegistered());
		assertEquals(Optional.of(RealMailServers.ADDRESS), client.status(session).pendingAddress());
	}

	@Test
	void anAddressWhoseMailboxTheStationCannotReadIsNeverRegistered() throws Exception {
		DirectorySession session = station("JA1ABC");
		// JA1ABC claims the second station's address but can only read its own mailbox.
		MailAccount claim = account(RealMailServers.SECOND_ADDRESS, RealMailServers.ADDRESS, RealMailServers.PASSWORD);

		ProofResult result = new RegistrationProof(mail).register(client, session, claim, Duration.ofSeconds(4),
				new NullProgressMonitor());

		assertFalse(result.registered());
		assertTrue(result.attempts() > 1, "the receive check was repeated until the deadline");
		assertEquals(Category.MAILBOX, result.receive().orElseThrow().category());
		assertFalse(client.status(session).isRegistered());

		// The owner of that mailbox finds the token mail, but the token only works for the station that asked.
		DirectorySession owner = station("JA2XYZ");
		RegistrationRequest own = client.startRegistration(owner, RealMailServers.SECOND_ADDRESS);
		MailAccount ownerAccount = account(RealMailServers.SECOND_ADDRESS, null, RealMailServers.PASSWORD);
		MailResult found = awaitTokenMail(ownerAccount, own.checkId());
		assertTrue(found.ok(), found::hint);
		assertEquals(Optional.of(RealMailServers.SECOND_ADDRESS), client.confirmRegistration(owner, found.token()).address());
		DirectoryException stolen = assertThrows(DirectoryException.class,
				() -> client.confirmRegistration(session, found.token()));
		assertEquals(Problem.TOKEN_INVALID, stolen.problem());
		assertFalse(client.status(session).isRegistered());
	}

	@Test
	void aTokenMailReadAfterTheTokenExpiredRegistersNothing() throws Exception {
		DirectorySession session = station("JA1ABC");
		TokenMailer real = mailer;
		// The mail arrives, but only after the token's 30 minutes (the clock moves while the mail travels).
		mailer = (address, callsign, checkId, token) -> {
			real.sendToken(address, callsign, checkId, token);
			clock.advance(DirectoryStore.TOKEN_LIFETIME.plusMinutes(1));
		};
		DirectoryException e = assertThrows(DirectoryException.class,
				() -> new RegistrationProof(mail).register(client, session,
						account(RealMailServers.ADDRESS, null, RealMailServers.PASSWORD), Duration.ofSeconds(30),
						new NullProgressMonitor()));
		// The session lives 12 hours, so what fails is the token.
		assertEquals(Problem.TOKEN_INVALID, e.problem());
		assertFalse(client.status(session).isRegistered());
	}

	@Test
	void cancelStopsTheWaitForTheTokenMail() throws Exception {
		DirectorySession session = station("JA1ABC");
		MailAccount claim = account(RealMailServers.SECOND_ADDRESS, RealMailServers.ADDRESS, RealMailServers.PASSWORD);
		NullProgressMonitor monitor = new NullProgressMonitor();
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			Future<ProofResult> running = executor.submit(
					() -> new RegistrationProof(mail).register(client, session, claim, Duration.ofMinutes(5), monitor));
			// Let it reach the waiting loop, then cancel: it must end long before the 5-minute deadline.
			assertThrows(java.util.concurrent.TimeoutException.class, () -> running.get(2, TimeUnit.SECONDS));
			monitor.setCanceled(true);
			java.util.concurrent.ExecutionException ended = assertThrows(java.util.concurrent.ExecutionException.class,
					() -> running.get(20, TimeUnit.SECONDS));
			assertTrue(ended.getCause() instanceof OperationCanceledException, ended.getCause().toString());
		} finally {
			executor.shutdownNow();
		}
		assertFalse(client.status(session).isRegistered());
	}

	@Test
	void twoStationsRegisterAtOnceWhileOthersLookUp() throws Exception {
		DirectorySession ja1 = station("JA1ABC");
		DirectorySession ja2 = station("JA2XYZ");
		DirectorySession reader = station("JA3AAA");
		ExecutorService executor = Executors.newFixedThreadPool(6);
		try {
			List<Callable<Object>> work = new ArrayList<>();
			work.add(() -> new RegistrationProof(mail).register(client, ja1,
					account(RealMailServers.ADDRESS, null, RealMailServers.PASSWORD), Duration.ofSeconds(30),
					new NullProgressMonitor()));
			work.add(() -> new RegistrationProof(mail).register(client, ja2,
					account(RealMailServers.SECOND_ADDRESS, null, RealMailServers.PASSWORD), Duration.ofSeconds(30),
					new NullProgressMonitor()));
			for (int i = 0; i < 4; i++) {
				work.add(() -> {
					for (int n = 0; n < 25; n++) {
						client.lookup(reader, List.of(Callsign.parse("JA1ABC"), Callsign.parse("JA2XYZ")));
					}
					return null;
				});
			}
			List<Future<Object>> done = executor.invokeAll(work, 120, TimeUnit.SECONDS);
			for (Future<Object> f : done) {
				Object value = f.get();
				if (value instanceof ProofResult r) {
					assertTrue(r.registered(), () -> r.message().orElse("") + servers.logs());
				}
			}
		} finally {
			executor.shutdownNow();
		}
		var found = client.lookup(reader, List.of(Callsign.parse("JA1ABC"), Callsign.parse("JA2XYZ")));
		assertEquals(Optional.of(RealMailServers.ADDRESS), found.get(Callsign.parse("JA1ABC")));
		assertEquals(Optional.of(RealMailServers.SECOND_ADDRESS), found.get(Callsign.parse("JA2XYZ")));
	}

	private MailResult awaitTokenMail(MailAccount account, String checkId) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		MailResult r;
		do {
			r = mail.receiveCheck(account, checkId, TokenMailer.TOKEN_HEADER, new NullProgressMonitor());
			if (r.ok() || r.category() != Category.MAILBOX) {
				return r;
			}
			TimeUnit.MILLISECONDS.sleep(200);
		} while (System.nanoTime() < deadline);
		return r;
	}

	static final class MovableClock extends Clock {
		volatile Instant now = Instant.parse("2026-11-22T00:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
