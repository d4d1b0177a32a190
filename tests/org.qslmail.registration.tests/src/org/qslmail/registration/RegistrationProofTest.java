package org.qslmail.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qslmail.directory.DirectoryClient;
import org.qslmail.directory.DirectorySession;
import org.qslmail.directory.server.DirectoryServer;
import org.qslmail.directory.server.DirectoryStore;
import org.qslmail.directory.server.PasswordHashing;
import org.qslmail.directory.server.TokenMailer;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.Category;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.ReceiveSettings;
import org.qslmail.mail.Security;
import org.qslmail.mail.SmtpSettings;
import org.qslmail.mail.TrustSettings;
import org.qslmail.mail.internal.AngusContext;
import org.qslmail.mail.internal.MailServiceImpl;
import org.qslmail.registration.internal.Messages;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The proof's loop against GreenMail (loopback, free ports) and an in-process directory, without root: the
 * injected {@link RegistrationProof.Pause} delivers a held token mail instead of sleeping, so the retries, the
 * growing pauses, the deadline and cancel are tested without waiting. The real-server proof is
 * {@link RealServersProofTest}.
 */
class RegistrationProofTest {

	private static final String CALLSIGN = "JA1UIT";
	private static final String ADDRESS = "ja1uit@example.jp";
	private static final String LOGIN = "ja1uit";
	private static final String MAIL_PASSWORD = "mail-secret";
	private static final char[] DIRECTORY_PASSWORD = "directory-pass-1234".toCharArray();

	private GreenMail greenMail;
	private DirectoryServer server;
	private DirectoryClient client;
	private DirectorySession session;
	private final MailServiceImpl mail = new MailServiceImpl();
	/** Token mails the directory sent and the test has not delivered yet. */
	private final List<MimeMessage> held = new ArrayList<>();

	@BeforeEach
	void start() throws Exception {
		greenMail = AngusContext.call(() -> {
			GreenMail g = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_POP3));
			g.setUser(ADDRESS, LOGIN, MAIL_PASSWORD);
			g.start();
			return g;
		});
		DirectoryStore store = new DirectoryStore("jdbc:h2:mem:proof" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", null,
				null, Clock.systemUTC(), new PasswordHashing(1000));
		TokenMailer holding = (address, callsign, checkId, token) -> {
			MimeMessage m = MailTokenMailer.message("directory@example.test", address, callsign, checkId, token);
			synchronized (held) {
				held.add(m);
			}
		};
		server = DirectoryServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), store, holding);
		client = new DirectoryClient(URI.create("http://127.0.0.1:" + server.address().getPort() + "/"),
				Duration.ofSeconds(10));
		client.createStation(CALLSIGN, DIRECTORY_PASSWORD);
		session = client.login(CALLSIGN, DIRECTORY_PASSWORD);
	}

	@AfterEach
	void stop() {
		if (server != null) {
			server.close();
		}
		if (greenMail != null) {
			greenMail.stop();
		}
	}

	private void deliverHeld() {
		try {
			AngusContext.call(() -> {
				synchronized (held) {
					for (MimeMessage m : held) {
						m.saveChanges();
						greenMail.getUserManager().getUserByEmail(ADDRESS).deliver(m);
					}
					held.clear();
				}
				return null;
			});
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private MailAccount account(String password) {
		return new MailAccount(ADDRESS, LOGIN, password.toCharArray(),
				new SmtpSettings("127.0.0.1", greenMail.getSmtp().getPort(), Security.NONE, AuthMethod.PLAIN),
				new ReceiveSettings(Protocol.POP3, "127.0.0.1", greenMail.getPop3().getPort(), Security.NONE,
						AuthMethod.AUTOMATIC, false, false),
				false, Duration.ofSeconds(10), TrustSettings.SYSTEM);
	}

	@Test
	void aLateTokenMailIsFoundByARetryAfterGrowingPauses() throws Exception {
		List<Duration> pauses = new ArrayList<>();
		// The fourth pause delivers the held mail: four receive checks miss it, the fifth finds it. No sleeping.
		RegistrationProof proof = new RegistrationProof(mail, (d, m) -> {
			pauses.add(d);
			if (pauses.size() == 4) {
				deliverHeld();
			}
		});
		ProofResult result = proof.register(client, session, account(MAIL_PASSWORD), Duration.ofMinutes(5),
				new NullProgressMonitor());
		assertTrue(result.registered(), () -> result.message().orElse(""));
		assertEquals(5, result.attempts());
		assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2)),
				pauses, "the pauses grow from 0.25 s to at most 2 s");
		assertEquals(Optional.of(ADDRESS), result.status().address());
		assertEquals(Optional.of(ADDRESS), client.status(session).address());
		assertEquals(0, greenMail.getReceivedMessages().length, "the token mail was removed from the box");
	}

	@Test
	void aTokenMailThatNeverArrivesEndsAtTheDeadlineWithTheAddressAndTheWait() throws Exception {
		List<Duration> pauses = new ArrayList<>();
		ProofResult result = new RegistrationProof(mail, (d, m) -> pauses.add(d)).register(client, session,
				account(MAIL_PASSWORD), Duration.ZERO, new NullProgressMonitor());
		assertFalse(result.registered());
		assertEquals(List.of(), pauses, "no wait after the deadline");
		assertEquals(1, result.attempts());
		assertEquals(Category.MAILBOX, result.receive().orElseThrow().category());
		assertEquals(Optional.of(NLS.bind(Messages.Proof_notArrived, ADDRESS, 0L)), result.message());
		assertFalse(client.status(session).isRegistered());
		assertEquals(Optional.of(ADDRESS), client.status(session).pendingAddress());
	}

	@Test
	void thePausesNeverRunPastTheDeadline() throws Exception {
		List<Duration> pauses = new ArrayList<>();
		Duration wait = Duration.ofMillis(600);
		// Real (default) pauses: uncapped, 0.25 s + 0.5 s would run past the 0.6 s deadline.
		ProofResult result = new RegistrationProof(mail, (d, m) -> {
			pauses.add(d);
			RegistrationProof.Pause.DEFAULT.pause(d, m);
		}).register(client, session, account(MAIL_PASSWORD), wait, new NullProgressMonitor());
		assertFalse(result.registered());
		assertEquals(pauses.size() + 1, result.attempts(), "one receive check more than pauses");
		Duration total = pauses.stream().reduce(Duration.ZERO, Duration::plus);
		assertTrue(total.compareTo(wait) <= 0, () -> "pauses " + pauses + " exceed the wait " + wait);
	}

	@Test
	void aWrongMailPasswordStopsAtOnceWithTheMailError() throws Exception {
		ProofResult result = new RegistrationProof(mail, (d, m) -> {
			throw new AssertionError("no retry after an authentication failure");
		}).register(client, session, account("wrong"), Duration.ofSeconds(30), new NullProgressMonitor());
		assertFalse(result.registered());
		assertEquals(1, result.attempts());
		assertEquals(Category.AUTH, result.receive().orElseThrow().category());
		assertTrue(result.message().orElseThrow().contains(result.receive().get().code()), result.message().get());
		assertFalse(client.status(session).isRegistered());
	}

	@Test
	void cancelDuringAPauseEndsTheProofWithoutRegistering() throws Exception {
		NullProgressMonitor monitor = new NullProgressMonitor();
		RegistrationProof proof = new RegistrationProof(mail, (d, m) -> {
			deliverHeld(); // even with the token mail in the box, cancel wins
			monitor.setCanceled(true);
		});
		assertThrows(OperationCanceledException.class,
				() -> proof.register(client, session, account(MAIL_PASSWORD), Duration.ofMinutes(5), monitor));
		assertFalse(client.status(session).isRegistered());
	}

	@Test
	void theDefaultPauseEndsAtOnceOnCancelAndWaitsOtherwise() {
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		long start = System.nanoTime();
		assertThrows(OperationCanceledException.class,
				() -> RegistrationProof.Pause.DEFAULT.pause(Duration.ofMinutes(5), cancelled));
		assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "cancel did not wait for the pause");

		start = System.nanoTime();
		RegistrationProof.Pause.DEFAULT.pause(Duration.ofMillis(150), new NullProgressMonitor());
		assertTrue(System.nanoTime() - start >= Duration.ofMillis(150).toNanos(), "the pause waited its duration");
	}
}
