package org.qslmail.exchange.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.LogZone;
import org.qslmail.core.MarkRule;
import org.qslmail.core.QslColumn;
import org.qslmail.directory.DirectoryClient;
import org.qslmail.directory.DirectorySession;
import org.qslmail.directory.server.PasswordHashing;
import org.qslmail.exchange.card.CardData;
import org.qslmail.exchange.card.CardRenderer;
import org.qslmail.exchange.card.CardTemplates;
import org.qslmail.exchange.message.QslCard;
import org.qslmail.exchange.message.QslMailComposer;
import org.qslmail.exchange.message.QslMessageParser;
import org.qslmail.exchange.message.ReceivedQslCard;
import org.qslmail.exchange.receive.MessageOutcome;
import org.qslmail.exchange.receive.QslReceiver;
import org.qslmail.exchange.receive.ReceiveOptions;
import org.qslmail.exchange.receive.ReceiveResult;
import org.qslmail.exchange.send.Pacer;
import org.qslmail.exchange.send.PartnerDirectory;
import org.qslmail.exchange.send.QslSender;
import org.qslmail.exchange.send.SendOptions;
import org.qslmail.exchange.send.SendResult;
import org.qslmail.exchange.send.SendResult.Status;
import org.qslmail.exchange.send.SendSummary;
import org.qslmail.exchange.store.ReceivedCard;
import org.qslmail.exchange.store.ReceivedCardStore;
import org.qslmail.log.Qso;
import org.qslmail.log.QsoStore;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.Category;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.MailResult;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.ReceiveSettings;
import org.qslmail.mail.Security;
import org.qslmail.mail.SmtpSettings;
import org.qslmail.mail.internal.MailServiceImpl;
import org.qslmail.matching.CardMatcher;
import org.qslmail.matching.CardStore;
import org.qslmail.matching.MarkWriter;
import org.qslmail.matching.MatchResult;
import org.qslmail.matching.MatchRules;
import org.qslmail.matching.StoreQsoSource;
import org.qslmail.registration.ProofResult;
import org.qslmail.registration.RegistrationProof;
import org.qslmail.sandbox.internal.LocalSandbox;

/**
 * Issue 8 end to end: two stations exchange cards through the sandbox (GreenMail and the QSL directory on
 * loopback). Each registers only through the registration proof after its send and receive checks passed;
 * JA1ABC sends with {@link QslSender} (partner found in the directory), JA2XYZ receives with
 * {@link QslReceiver} into its {@link ReceivedCardStore} (delete after receive), the stored cards are matched
 * against JA2XYZ's log and the received marks written; then JA2XYZ answers with "TNX QSL" and JA1ABC receives.
 * The QSOs are FT8 (MODE=FT8) and FT4 (MODE=MFSK SUBMODE=FT4), so sender and receiver must agree on the card
 * identity of a mode with a submode.
 */
class SandboxExchangeTest {

	private static final char[] DIRECTORY_PASSWORD = "sandbox station 73".toCharArray();
	private static final Instant FT8_TIME = Instant.parse("2026-11-01T01:00:00Z");
	private static final Instant FT4_TIME = Instant.parse("2026-11-01T01:30:00Z");

	@TempDir
	Path folder;
	private final MailServiceImpl mail = new MailServiceImpl();
	private LocalSandbox sandbox;
	private DirectoryClient directory;
	private final List<AutoCloseable> open = new ArrayList<>();

	/** One station: its account, log, directory session and received-card store. */
	private final class Station {
		final String call;
		final MailAccount account;
		final QsoStore log;
		final ReceivedCardStore cards;
		DirectorySession session;

		Station(String call) throws Exception {
			this.call = call;
			String address = call.toLowerCase(java.util.Locale.ROOT) + "@sandbox.invalid";
			// as the sandbox preset fills it: full address as user name, plain ports on loopback
			account = new MailAccount(address, address, "any password".toCharArray(),
					new SmtpSettings(sandbox.host(), sandbox.smtpPort(), Security.NONE, AuthMethod.AUTOMATIC),
					new ReceiveSettings(Protocol.POP3, sandbox.host(), sandbox.pop3Port(), Security.NONE, AuthMethod.AUTOMATIC,
							false, true),
					false, Duration.ofSeconds(20), null);
			log = QsoStore.open(folder.resolve(call + "-log"));
			open.add(log::close);
			cards = ReceivedCardStore.open(folder.resolve(call + "-cards"));
			open.add(cards);
		}

		long qso(String partner, Instant time, String mode, String submode, String freq) throws Exception {
			Qso q = new Qso().setCall(partner).setStationCallsign(call).setInstant(time).setBand(Band.B20M).setFrequency(freq)
					.setMode(mode).setSubmode(submode).setRstSent("-10").setQslColumn(QslColumn.parse("J  "));
			return log.add(q).getAsLong();
		}

		Qso get(long id) throws Exception {
			return log.get(id).orElseThrow();
		}

		SendSummary send(Consumer<SendResult> listener) throws Exception {
			QslSender sender = new QslSender(log, mail, account, PartnerDirectory.of(directory, session),
					new CardRenderer(CardTemplates.defaultTemplate()), new QslMailComposer("1.0.0"), Pacer.SYSTEM);
			return sender.run(SendOptions.defaults(folder.resolve(call + "-journal")), new NullProgressMonitor(), listener);
		}

		ReceiveResult receive() {
			return new QslReceiver(mail, cards).receive(account, new ReceiveOptions(false, 0, null, true),
					new NullProgressMonitor());
		}
	}

	@BeforeEach
	void start() throws Exception {
		sandbox = LocalSandbox.start(folder.resolve("sandbox"), mail, false, new PasswordHashing(1000));
		directory = new DirectoryClient(sandbox.directory(), Duration.ofSeconds(10));
	}

	@AfterEach
	void stop() throws Exception {
		for (int i = open.size() - 1; i >= 0; i--) {
			open.get(i).close();
		}
		if (sandbox != null) {
			sandbox.close();
		}
	}

	/** Send check, then the receive check until the check mail is there (bounded), then the proof. */
	private void register(Station s) throws Exception {
		directory.createStation(s.call, DIRECTORY_PASSWORD);
		s.session = directory.login(s.call, DIRECTORY_PASSWORD);
		assertFalse(directory.status(s.session).isRegistered());
		MailResult send = mail.sendCheck(s.account, new NullProgressMonitor());
		assertTrue(send.ok(), send::hint);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		MailResult receive;
		do {
			receive = mail.receiveCheck(s.account, send.token(), new NullProgressMonitor());
			if (receive.ok() || receive.category() != Category.MAILBOX) {
				break;
			}
			TimeUnit.MILLISECONDS.sleep(100);
		} while (System.nanoTime() < deadline);
		assertTrue(receive.ok(), receive::hint);
		ProofResult proof = new RegistrationProof(mail).register(directory, s.session, s.account, Duration.ofSeconds(20),
				new NullProgressMonitor());
		assertTrue(proof.registered(), () -> proof.message().orElse(""));
		assertTrue(directory.status(s.session).isRegistered());
	}

	/** The exchange's store as the matching engine reads it (the adapter the matching view needs). */
	private static CardStore asCardStore(ReceivedCardStore store) {
		return new CardStore() {
			@Override
			public String displayName() {
				return "received";
			}

			@Override
			public void forEachCard(Consumer<StoredCard> consumer, IProgressMonitor monitor) {
				for (ReceivedCard c : store.list()) {
					consumer.accept(new StoredCard(c.key(), c.sender(), Optional.of(c.recipient()), c.utc().toInstant(ZoneOffset.UTC),
							LogZone.UTC, Optional.of(c.band()), c.mode().label(), Optional.of(c.image())));
				}
			}

			@Override
			public void delete(Collection<String> keys) throws IOException {
				throw new IOException("not in this test");
			}
		};
	}

	/** The card JA1ABC's or JA2XYZ's sender makes of a QSO, as in QslSender. */
	private static QslCard cardOf(Qso q) throws Exception {
		LogZone zone = CardTemplates.defaultTemplate().timeZone();
		return new QslCard(Callsign.parse(q.stationCallsign()), Callsign.parse(q.call()), q.instant(), q.band(),
				Optional.ofNullable(q.frequency()), q.mode(), Optional.ofNullable(q.submode()), q.rstSent(), zone);
	}

	/** The JPEG the sender renders for this card with "TNX QSL" ({@code tnx}) or "PSE QSL". */
	private static byte[] rendered(QslCard card, boolean tnx) throws Exception {
		CardRenderer renderer = new CardRenderer(CardTemplates.defaultTemplate());
		return renderer.renderJpeg(new CardData(card.sender(), card.recipient(), card.time(), Optional.of(card.band()),
				card.frequencyMhz(), card.displayMode(), card.rstSent(), SendOptions.DEFAULT_REMARKS, tnx, card.adifRecord()));
	}

	private static Map<Long, Status> statuses(SendSummary summary) {
		Map<Long, Status> map = new HashMap<>();
		summary.results().forEach(r -> map.put(r.qsoId(), r.status()));
		return map;
	}

	/** Matches the store's cards against the log: every card OK with the QSO of {@code expected} (card key -> QSO id). */
	private static List<MatchResult> matchAll(ReceivedCardStore cards, QsoStore log, Map<String, Long> expected) {
		List<MatchResult> results = CardMatcher.match(CardStore.read(asCardStore(cards), new NullProgressMonitor()),
				new StoreQsoSource(log), MatchRules.DEFAULT, new NullProgressMonitor());
		assertEquals(expected.size(), results.size());
		for (MatchResult r : results) {
			assertTrue(r.isOk(), r::describe);
			assertEquals(expected.get(r.card().origin().location()), Long.valueOf(r.qso().orElseThrow().id()), r::describe);
		}
		return results;
	}

	private static void assertStoredCleanly(ReceiveResult r, int stored) {
		assertTrue(r.ok(), () -> String.valueOf(r.failure()));
		assertEquals(0, r.count(MessageOutcome.QUARANTINED), () -> r.messages().toString());
		assertEquals(0, r.count(MessageOutcome.FAILED), () -> r.messages().toString());
		assertEquals(stored, r.count(MessageOutcome.STORED), () -> r.messages().toString());
		assertEquals(stored, r.deleted(), "delete after receive, once stored");
	}

	@Test
	void twoStationsExchangeCardsThroughTheSandbox() throws Exception {
		Station ja1 = new Station("JA1ABC");
		Station ja2 = new Station("JA2XYZ");
		long ja1Ft8 = ja1.qso("JA2XYZ", FT8_TIME, "FT8", null, "14.074");
		long ja1Ft4 = ja1.qso("JA2XYZ", FT4_TIME, "MFSK", "FT4", "14.080");
		// the partner's clock was a minute late: within the matching window; and its log has FT4 as MODE
		// (the import-only form), which must give the same card as MODE=MFSK SUBMODE=FT4
		long ja2Ft8 = ja2.qso("JA1ABC", FT8_TIME.plusSeconds(60), "FT8", null, "14.074");
		long ja2Ft4 = ja2.qso("JA1ABC", FT4_TIME.plusSeconds(60), "FT4", null, "14.080");
		assertEquals("MFSK", ja1.get(ja1Ft4).mode());
		assertEquals("FT4", ja1.get(ja1Ft4).submode());

		register(ja1);

		// JA2XYZ is not in the directory yet: nothing is sent, nothing marked
		SendSummary early = ja1.send(null);
		assertEquals(Map.of(ja1Ft8, Status.NOT_REGISTERED, ja1Ft4, Status.NOT_REGISTERED), statuses(early));
		assertEquals(QslColumn.BLANK, ja1.get(ja1Ft8).qslColumn().sent());
		assertEquals(QslColumn.BLANK, ja1.get(ja1Ft4).qslColumn().sent());

		register(ja2);

		// 1. JA1ABC sends; a QSO carries the sent mark once (and only once) the server accepted its card
		List<String> markedWhenReported = new ArrayList<>();
		SendSummary sent = ja1.send(r -> {
			try {
				markedWhenReported.add(r.status() + " " + ja1.get(r.qsoId()).qslColumn().sent());
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
		assertTrue(sent.ok(), sent::toString);
		assertEquals(Map.of(ja1Ft8, Status.SENT, ja1Ft4, Status.SENT), statuses(sent));
		assertEquals(List.of("SENT E", "SENT E"), markedWhenReported);
		for (long id : new long[] { ja1Ft8, ja1Ft4 }) {
			Qso q = ja1.get(id);
			assertEquals('E', q.qslColumn().sent());
			assertEquals("Y", q.qslSent());
			assertNotNull(q.qslSentDate());
			assertFalse(q.isQslReceived());
		}
		assertTrue(sent.results().stream().allMatch(r -> "ja2xyz@sandbox.invalid".equals(r.address())));
		// a second run finds nothing left to send
		assertTrue(ja1.send(null).results().isEmpty());

		// 2. JA2XYZ receives, deleting on the server what is stored
		ReceiveResult first = ja2.receive();
		assertStoredCleanly(first, 2);
		QslCard ft8Card = cardOf(ja1.get(ja1Ft8));
		QslCard ft4Card = cardOf(ja1.get(ja1Ft4));
		assertEquals("MFSK", ft4Card.mode());
		Map<String, ReceivedCard> byKey = new HashMap<>();
		ja2.cards.list().forEach(c -> byKey.put(c.key(), c));
		assertEquals(java.util.Set.of(ft8Card.cardId(), ft4Card.cardId()), byKey.keySet(),
				"the receiver stores each card under the sender's card identity");
		ReceivedCard ft4 = byKey.get(ft4Card.cardId());
		assertEquals("MFSK", ft4.mode().name());
		assertEquals(Optional.of("FT4"), ft4.mode().submode());
		assertEquals(ft4Card.cardName().fileName(), ft4.image().getFileName().toString());
		assertEquals(ja1.get(ja1Ft4).sentCard(), ft4.image().getFileName().toString());
		// the parser and the sender compute one identity for a mode with a submode
		ReceivedQslCard parsed = QslMessageParser.parse(Files.readAllBytes(ft4.message()));
		assertEquals(ft4Card.cardId(), parsed.cardId());
		// JA2XYZ's card was not in yet when JA1ABC sent: "PSE QSL"
		assertArrayEquals(rendered(ft4Card, false), Files.readAllBytes(ft4.image()));

		// 3. matched against JA2XYZ's log, and the received marks written
		List<MatchResult> matched = matchAll(ja2.cards, ja2.log,
				Map.of(ft8Card.cardId(), ja2Ft8, ft4Card.cardId(), ja2Ft4));
		MarkWriter.Write write = new MarkWriter(ja2.log).write(matched, MarkRule.parse("E"), LocalDate.now(ZoneOffset.UTC));
		assertEquals(2, write.written());
		for (long id : new long[] { ja2Ft8, ja2Ft4 }) {
			Qso q = ja2.get(id);
			assertTrue(q.isQslReceived());
			assertEquals('E', q.qslColumn().received());
			assertEquals("Y", q.qslReceived());
			assertEquals(QslColumn.BLANK, q.qslColumn().sent());
		}
		assertEquals(ft4.image().getFileName().toString(), ja2.get(ja2Ft4).receivedCard());

		// 4. a second receive fetches nothing new
		ReceiveResult second = ja2.receive();
		assertTrue(second.ok(), () -> String.valueOf(second.failure()));
		assertEquals(0, second.count(MessageOutcome.STORED), () -> second.messages().toString());
		assertEquals(0, second.count(MessageOutcome.ALREADY_STORED), "deleted on the server by the first receive");
		assertEquals(2, ja2.cards.list().size());

		// 5. JA2XYZ answers; JA1ABC's card is in, so the card says "TNX QSL"
		SendSummary back = ja2.send(null);
		assertTrue(back.ok(), back::toString);
		assertEquals(Map.of(ja2Ft8, Status.SENT, ja2Ft4, Status.SENT), statuses(back));
		ReceiveResult answer = ja1.receive();
		assertStoredCleanly(answer, 2);
		QslCard backFt8 = cardOf(ja2.get(ja2Ft8));
		QslCard backFt4 = cardOf(ja2.get(ja2Ft4));
		assertEquals("MFSK", backFt4.mode());
		assertEquals(Optional.of("FT4"), backFt4.submode());
		ReceivedCard answerFt4 = ja1.cards.list().stream().filter(c -> c.key().equals(backFt4.cardId())).findFirst()
				.orElseThrow(() -> new AssertionError(ja1.cards.list().toString()));
		byte[] image = Files.readAllBytes(answerFt4.image());
		assertArrayEquals(rendered(backFt4, true), image, "TNX QSL: the partner's card had arrived");
		assertFalse(Arrays.equals(rendered(backFt4, false), image));
		List<MatchResult> matchedBack = matchAll(ja1.cards, ja1.log,
				Map.of(backFt8.cardId(), ja1Ft8, backFt4.cardId(), ja1Ft4));
		assertEquals(2, new MarkWriter(ja1.log).write(matchedBack, MarkRule.parse("E"), LocalDate.now(ZoneOffset.UTC))
				.written());
		assertTrue(ja1.get(ja1Ft4).isQslReceived());
		assertEquals('E', ja1.get(ja1Ft4).qslColumn().sent());
	}
}
