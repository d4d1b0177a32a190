package org.qslmail.exchange.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.qslmail.core.Band;
import org.qslmail.core.QslColumn;
import org.qslmail.directory.DirectoryClient;
import org.qslmail.directory.DirectorySession;
import org.qslmail.directory.server.DirectoryServer;
import org.qslmail.directory.server.DirectoryStore;
import org.qslmail.directory.server.PasswordHashing;
import org.qslmail.exchange.card.CardRenderer;
import org.qslmail.exchange.card.CardTemplates;
import org.qslmail.exchange.internal.SendJournal;
import org.qslmail.exchange.message.QslMailComposer;
import org.qslmail.exchange.send.SendResult.Status;
import org.qslmail.log.Qso;
import org.qslmail.log.QsoStore;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.Security;
import org.qslmail.mail.SmtpSettings;
import org.qslmail.mail.TrustSettings;
import org.qslmail.mail.internal.MailServiceImpl;
import org.qslmail.tests.util.RealMailServers;

/**
 * The send operation against real postfix/dovecot on loopback and the directory server in-process on H2:
 * marks only after acceptance, the rate limit on an injected clock, resume after cancel, refused recipients.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QslSenderTest {

	static final String PASSWORD = "correct horse 73";

	private RealMailServers servers;
	private DirectoryServer directoryServer;
	private DirectoryClient directoryClient;
	private DirectorySession session;
	private final Map<String, String> tokens = new ConcurrentHashMap<>();
	private Path directoryFolder;

	@TempDir
	Path folder;
	private QsoStore store;

	@BeforeAll
	void start() throws Exception {
		RealMailServers.assumeInstalled();
		servers = new RealMailServers();
		directoryFolder = Files.createTempDirectory("qslmail-directory");
		DirectoryStore directoryStore = new DirectoryStore("jdbc:h2:" + directoryFolder.resolve("db").toAbsolutePath(), null, null,
				Clock.systemUTC(), new PasswordHashing(1000));
		directoryServer = DirectoryServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), directoryStore,
				(address, call, check, token) -> tokens.put(address, token));
		directoryClient = new DirectoryClient(URI.create("http://127.0.0.1:" + directoryServer.address().getPort() + "/"),
				Duration.ofSeconds(10));
		register("JA2XYZ", RealMailServers.SECOND_ADDRESS);
		// a registered address that the mail server does not know: its recipient is refused
		register("JA3NOB", "nobody@example.test");
		register("JA1ABC", RealMailServers.ADDRESS);
		session = directoryClient.login("JA1ABC", PASSWORD.toCharArray());
	}

	private void register(String call, String address) throws Exception {
		directoryClient.createStation(call, PASSWORD.toCharArray());
		DirectorySession s = directoryClient.login(call, PASSWORD.toCharArray());
		directoryClient.startRegistration(s, address);
		directoryClient.confirmRegistration(s, tokens.get(address));
	}

	@AfterAll
	void stop() throws Exception {
		if (directoryServer != null) {
			directoryServer.close();
		}
		if (servers != null) {
			servers.close();
		}
	}

	@BeforeEach
	void openLog() throws Exception {
		store = QsoStore.open(folder.resolve("log"));
	}

	@AfterEach
	void closeLog() {
		store.close();
	}

	private MailAccount account() {
		return new MailAccount(RealMailServers.ADDRESS, null, RealMailServers.PASSWORD.toCharArray(),
				new SmtpSettings("127.0.0.1", servers.submission, Security.STARTTLS, AuthMethod.AUTOMATIC), null, false,
				Duration.ofSeconds(20), TrustSettings.SYSTEM.withCaFile(servers.caPem));
	}

	/** A clock that only moves when the sender waits: the rate limit without sleeping. */
	static final class FakePacer implements Pacer {
		Instant now = Instant.parse("2026-11-22T00:00:00Z");
		final List<Instant> waits = new ArrayList<>();

		@Override
		public synchronized Instant now() {
			return now;
		}

		@Override
		public synchronized boolean waitUntil(Instant time, BooleanSupplier canceled) {
			waits.add(time);
			if (time.isAfter(now)) {
				now = time;
			}
			return !canceled.getAsBoolean();
		}
	}

	private QslSender sender(Pacer pacer) throws Exception {
		return new QslSender(store, new MailServiceImpl(), account(), PartnerDirectory.of(directoryClient, session),
				new CardRenderer(CardTemplates.defaultTemplate()), new QslMailComposer("1.0.0"), pacer);
	}

	private SendOptions options() {
		return SendOptions.defaults(folder.resolve("journal")).withMarkBatch(2);
	}

	private long qso(String call, String time, String column) throws Exception {
		Qso q = new Qso().setCall(call).setStationCallsign("JA1ABC").setInstant(Instant.parse(time)).setBand(Band.B40M)
				.setFrequency("7.025").setMode("CW").setRstSent("599").setQslColumn(QslColumn.parse(column));
		return store.add(q).getAsLong();
	}

	private void awaitMails(String address, long count) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (servers.mailCount(address) < count && System.nanoTime() < deadline) {
			TimeUnit.MILLISECONDS.sleep(50);
		}
		assertEquals(count, servers.mailCount(address));
	}

	private Qso stored(long id) throws Exception {
		return store.get(id).orElseThrow();
	}

	@Test
	void sendsBlankOnesMarksAcceptedOnesAndReportsTheOthers() throws Exception {
		long before = servers.mailCount(RealMailServers.SECOND_ADDRESS);
		long a = qso("JA2XYZ", "2026-11-01T01:00:00Z", "J  ");
		long b = qso("JA2XYZ/1", "2026-11-01T02:00:00Z", "J  ");
		long alreadySent = qso("JA2XYZ", "2026-11-01T03:00:00Z", "JE ");
		long unknown = qso("JA9ZZZ", "2026-11-01T04:00:00Z", "   ");
		long refused = qso("JA3NOB", "2026-11-01T05:00:00Z", "J  ");
		long old = qso("JA2XYZ", "2026-10-01T05:00:00Z", "   ");
		List<SendResult> seen = new ArrayList<>();
		SendSummary summary = sender(new FakePacer()).run(options().withSince(LocalDate.of(2026, 11, 1)),
				new NullProgressMonitor(), seen::add);
		assertEquals(seen, summary.results());
		assertEquals(Status.SENT, status(summary, a));
		assertEquals(Status.SENT, status(summary, b));
		assertEquals(Status.NOT_REGISTERED, status(summary, unknown));
		assertEquals(Status.REJECTED, status(summary, refused));
		String reply = summary.results().stream().filter(r -> r.qsoId() == refused).findFirst().orElseThrow().detail();
		assertTrue(reply.contains("550") && reply.contains("nobody@example.test"), reply);
		assertNull(status(summary, alreadySent));
		assertNull(status(summary, old));
		awaitMails(RealMailServers.SECOND_ADDRESS, before + 2);

		Qso marked = stored(a);
		assertEquals('E', marked.qslColumn().sent());
		assertEquals('J', marked.qslColumn().route());
		assertEquals("Y", marked.qslSent());
		assertEquals("20261122", marked.qslSentDate(), "the acceptance date on the send clock");
		assertEquals("E", marked.qslSentVia());
		assertEquals("JA1ABC_JA2XYZ_20261101-1000J_40m_CW.jpg", marked.sentCard());
		assertEquals(' ', stored(refused).qslColumn().sent(), "no mark without acceptance");
		assertFalse(stored(refused).isQslSent());
		assertEquals(' ', stored(unknown).qslColumn().sent());
		assertEquals('E', stored(alreadySent).qslColumn().sent());

		// A second run sends nothing again.
		SendSummary again = sender(new FakePacer()).run(options().withSince(LocalDate.of(2026, 11, 1)), new NullProgressMonitor(), null);
		assertEquals(0, again.counts().get(Status.SENT));
		awaitMails(RealMailServers.SECOND_ADDRESS, before + 2);
	}

	@Test
	void forcedRunSendsMarkedQsosAgainAndMarksThemByTheRule() throws Exception {
		long before = servers.mailCount(RealMailServers.SECOND_ADDRESS);
		long paper = qso("JA2XYZ", "2026-09-01T01:00:00Z", "JP ");
		SendSummary summary = sender(new FakePacer()).run(options().withSince(LocalDate.of(2026, 9, 1)).withForce(true),
				new NullProgressMonitor(), null);
		assertEquals(Status.SENT, status(summary, paper));
		assertEquals('W', stored(paper).qslColumn().sent(), "E;E=E;W=W: another mark becomes W");
		awaitMails(RealMailServers.SECOND_ADDRESS, before + 1);
	}

	@Test
	void rateLimitIsHonouredOnTheInjectedClock() throws Exception {
		for (int i = 0; i < 7; i++) {
			qso("JA2XYZ", "2026-08-01T0" + i + ":00:00Z", "   ");
		}
		FakePacer pacer = new FakePacer();
		List<Instant> sendTimes = new ArrayList<>();
		SendSummary summary = sender(pacer).run(options().withSince(LocalDate.of(2026, 8, 1)).withRate(new RateLimit(2, 5)),
				new NullProgressMonitor(), r -> {
					if (r.status() == Status.SENT) {
						sendTimes.add(pacer.now());
					}
				});
		assertEquals(7, summary.counts().get(Status.SENT));
		// 5 per hour: the 6th and 7th message wait for the hour after the first ones; 2 per minute before that.
		assertFalse(pacer.waits.isEmpty());
		Instant start = Instant.parse("2026-11-22T00:00:00Z");
		assertEquals(start.plusSeconds(120), pacer.waits.get(1), "5th message: third minute");
		assertEquals(start.plusSeconds(3600), pacer.waits.get(2), "6th message: an hour after the 1st");
		assertTrue(pacer.now().compareTo(start.plusSeconds(3600)) >= 0);
	}

	@Test
	void cancelledRunResumesWithoutSendingAnythingTwice() throws Exception {
		long before = servers.mailCount(RealMailServers.SECOND_ADDRESS);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			ids.add(qso("JA2XYZ", "2026-07-01T0" + i + ":00:00Z", "   "));
		}
		NullProgressMonitor monitor = new NullProgressMonitor();
		List<Long> accepted = new ArrayList<>();
		// Cancel once three cards are accepted (the journal knows it at once; marks follow in batches).
		SendOptions options = options().withSince(LocalDate.of(2026, 7, 1)).withMarkBatch(1);
		SendSummary first = sender(new FakePacer()).run(options, monitor, r -> {
			if (r.status() == Status.SENT) {
				accepted.add(r.qsoId());
				if (accepted.size() == 3) {
					monitor.setCanceled(true);
				}
			}
		});
		assertTrue(first.canceled());
		assertEquals(3, first.counts().get(Status.SENT));
		assertEquals(3, first.counts().get(Status.NOT_SENT));
		SendSummary second = sender(new FakePacer()).run(options, new NullProgressMonitor(), null);
		assertEquals(3, second.counts().get(Status.SENT));
		awaitMails(RealMailServers.SECOND_ADDRESS, before + 6);
		for (long id : ids) {
			assertEquals('E', stored(id).qslColumn().sent());
		}
	}

	@Test
	void crashAfterAcceptanceBeforeTheMarkIsRecoveredWithoutSending() throws Exception {
		long before = servers.mailCount(RealMailServers.SECOND_ADDRESS);
		long id = qso("JA2XYZ", "2026-06-01T01:00:00Z", "   ");
		long uncertain = qso("JA2XYZ", "2026-06-01T02:00:00Z", "   ");
		QslSender sender = sender(new FakePacer());
		SendOptions options = options().withSince(LocalDate.of(2026, 6, 1));
		// What a crash leaves: one card accepted but not marked, one in the middle of DATA.
		try (SendJournal journal = SendJournal.open(options.journal())) {
			var card = sender.card(stored(id), options);
			journal.pending(card.cardId(), id);
			journal.accepted(card.cardId(), id, Instant.parse("2026-06-02T00:00:00Z"), card.cardName().fileName());
			journal.pending(sender.card(stored(uncertain), options).cardId(), uncertain);
		}
		SendSummary summary = sender.run(options, new NullProgressMonitor(), null);
		assertEquals(Status.RECOVERED, status(summary, id));
		assertEquals(Status.UNCERTAIN, status(summary, uncertain));
		assertEquals('E', stored(id).qslColumn().sent());
		assertEquals("20260602", stored(id).qslSentDate());
		assertEquals(' ', stored(uncertain).qslColumn().sent());
		TimeUnit.MILLISECONDS.sleep(500);
		assertEquals(before, servers.mailCount(RealMailServers.SECOND_ADDRESS), "nothing sent");
		// Forced, the uncertain card goes out.
		SendSummary forced = sender.run(options.withForce(true).withSince(LocalDate.of(2026, 6, 1)), new NullProgressMonitor(), null);
		assertEquals(Status.SENT, status(forced, uncertain));
	}

	@Test
	void forcedRunDoesNotResendACardItRecoversFromTheJournal() throws Exception {
		long id = qso("JA2XYZ", "2027-01-01T01:00:00Z", "   ");
		QslSender sender = sender(new FakePacer());
		SendOptions options = options().withSince(LocalDate.of(2027, 1, 1)).withForce(true);
		try (SendJournal journal = SendJournal.open(options.journal())) {
			var card = sender.card(stored(id), options);
			journal.pending(card.cardId(), id);
			journal.accepted(card.cardId(), id, Instant.parse("2027-01-02T00:00:00Z"), card.cardName().fileName());
		}
		SendSummary summary = sender.run(options, new NullProgressMonitor(), null);
		assertEquals(List.of(Status.RECOVERED), summary.results().stream().map(SendResult::status).toList());
		assertEquals('E', stored(id).qslColumn().sent());
	}

	private static Status status(SendSummary summary, long id) {
		return summary.results().stream().filter(r -> r.qsoId() == id).map(SendResult::status).findFirst().orElse(null);
	}
}
