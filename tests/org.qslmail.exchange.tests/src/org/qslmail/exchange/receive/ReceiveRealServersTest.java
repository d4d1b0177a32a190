package org.qslmail.exchange.receive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qslmail.exchange.message.QslHeaders;
import org.qslmail.exchange.message.QuarantineReason;
import org.qslmail.exchange.store.ReceivedCard;
import org.qslmail.exchange.store.ReceivedCardStore;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.Category;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.ReceiveSettings;
import org.qslmail.mail.Security;
import org.qslmail.mail.TrustSettings;
import org.qslmail.mail.internal.MailServiceImpl;
import org.qslmail.tests.util.RealMailServers;

/**
 * Receiving against Debian's dovecot on loopback (mail written straight into its maildir), over POP3 and IMAP,
 * and through a fault-injecting proxy that cuts the connection during RETR, DELE, QUIT and IMAP FETCH, STORE and
 * EXPUNGE: after every cut and a restart, every card is stored exactly once and none is deleted on the server
 * before it was stored.
 */
class ReceiveRealServersTest {

	static RealMailServers servers;
	final MailServiceImpl service = new MailServiceImpl();

	@TempDir
	Path storeDir;

	@BeforeAll
	static void start() throws Exception {
		RealMailServers.assumeInstalled();
		servers = new RealMailServers();
	}

	@AfterAll
	static void stop() throws Exception {
		if (servers != null) {
			servers.close();
		}
	}

	@BeforeEach
	void emptyMailbox() throws IOException {
		clearMaildir(RealMailServers.ADDRESS);
	}

	static Path maildir(String address) {
		return servers.dir.resolve("mail").resolve(address);
	}

	static void clearMaildir(String address) throws IOException {
		Path d = maildir(address);
		if (Files.exists(d)) {
			try (Stream<Path> walk = Files.walk(d)) {
				for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
					if (!p.equals(d)) {
						Files.delete(p);
					}
				}
			}
		}
	}

	static void deliver(String address, byte[] raw) throws IOException {
		ReceiveRealServersTestSupport.deliver(servers, address, raw);
	}

	/** Card ids of the QSL mails still on the server (not flagged \Deleted). */
	static Set<String> cardsOnServer(String address) throws IOException {
		Set<String> ids = new HashSet<>();
		for (String sub : List.of("new", "cur")) {
			Path d = maildir(address).resolve(sub);
			if (!Files.isDirectory(d)) {
				continue;
			}
			try (Stream<Path> files = Files.list(d)) {
				for (Path f : files.toList()) {
					String name = f.getFileName().toString();
					int info = name.indexOf(":2,");
					if (info >= 0 && name.substring(info + 3).contains("T")) {
						continue; // flagged deleted
					}
					String id = QslHeaders.parse(Files.readAllBytes(f)).cardId();
					if (id != null) {
						ids.add(id);
					}
				}
			}
		}
		return ids;
	}

	static long mailsOnServer(String address) throws IOException {
		return servers.mailCount(address);
	}

	static MailAccount account(Protocol protocol, int port, Security security) {
		return new MailAccount(RealMailServers.ADDRESS, RealMailServers.ADDRESS, RealMailServers.PASSWORD.toCharArray(), null,
				new ReceiveSettings(protocol, "127.0.0.1", port, security, AuthMethod.PLAIN, false, false), false, null,
				TrustSettings.SYSTEM.withCaFile(servers.caPem));
	}

	ReceiveResult receive(MailAccount account, ReceiveOptions options) throws IOException {
		try (ReceivedCardStore store = ReceivedCardStore.open(storeDir)) {
			return new QslReceiver(service, store).receive(account, options, new NullProgressMonitor());
		}
	}

	List<ReceivedCard> stored() throws IOException {
		try (ReceivedCardStore store = ReceivedCardStore.open(storeDir)) {
			return store.list();
		}
	}

	@Test
	void pop3sTakesQslMailByHeaderNewestNCutOffAndDeletesOnlyStoredCards() throws Exception {
		CardMails old = CardMails.card().at(LocalDateTime.of(2017, 5, 1, 0, 0));
		CardMails a = CardMails.card().at(LocalDateTime.of(2025, 1, 1, 8, 30));
		CardMails b = CardMails.card().from("JA3AAA").at(LocalDateTime.of(2025, 1, 2, 9, 0));
		CardMails hostile = CardMails.card().from("JA4BBB");
		hostile.imageName = "../../../etc/cron.d/evil.jpg";
		deliver(RealMailServers.ADDRESS, old.raw());
		deliver(RealMailServers.ADDRESS, a.raw());
		deliver(RealMailServers.ADDRESS, CardMails.plainMail("not a card"));
		deliver(RealMailServers.ADDRESS, hostile.raw());
		deliver(RealMailServers.ADDRESS, b.raw());
		MailAccount pop3s = account(Protocol.POP3, servers.pop3s, Security.SSL_TLS);

		ReceiveResult newest = receive(pop3s, new ReceiveOptions(false, 2, null, false));
		assertTrue(newest.ok(), String.valueOf(newest.failure()));
		assertEquals(2, newest.messages().size());
		assertEquals(MessageOutcome.QUARANTINED, newest.messages().get(0).outcome());
		assertEquals(QuarantineReason.UNSAFE_FILE_NAME, newest.messages().get(0).reason());
		assertEquals(MessageOutcome.STORED, newest.messages().get(1).outcome());
		assertEquals(5, mailsOnServer(RealMailServers.ADDRESS));

		ReceiveResult all = receive(pop3s, new ReceiveOptions(false, 0, YearMonth.of(2018, 4), true));
		assertTrue(all.ok(), String.valueOf(all.failure()));
		List<MessageOutcome> outcomes = all.messages().stream().map(MessageResult::outcome).toList();
		assertEquals(List.of(MessageOutcome.DELETED_OLD, MessageOutcome.STORED, MessageOutcome.NOT_QSL, MessageOutcome.QUARANTINED,
				MessageOutcome.ALREADY_STORED), outcomes);
		assertEquals(List.of(true, true, false, false, true), all.messages().stream().map(MessageResult::deleted).toList());
		// the two quarantined/already-known messages were not fetched again: only card a was
		assertTrue(all.bytesFetched() < a.raw().length + 1024, all.bytesFetched() + " bytes");
		assertEquals(2, mailsOnServer(RealMailServers.ADDRESS)); // the plain mail and the quarantined one stay
		List<ReceivedCard> cards = stored();
		assertEquals(Set.of(a.cardId(), b.cardId()), new HashSet<>(cards.stream().map(ReceivedCard::key).toList()));
		for (ReceivedCard c : cards) {
			assertTrue(Files.isRegularFile(c.image()));
			assertTrue(Files.isRegularFile(c.adif()));
			assertTrue(c.image().normalize().startsWith(storeDir.resolve("cards")));
		}
		try (Stream<Path> walk = Files.walk(storeDir)) {
			assertFalse(walk.anyMatch(p -> p.getFileName().toString().equals("evil.jpg")));
		}
	}

	@Test
	void imapTakesCardsAndExpungesExactlyTheStoredOnes() throws Exception {
		CardMails a = CardMails.card();
		CardMails b = CardMails.card().from("JA3AAA");
		CardMails resend = CardMails.card(); // the same QSO sent again (forced resend): same card id, new Message-ID
		deliver(RealMailServers.ADDRESS, a.raw());
		deliver(RealMailServers.ADDRESS, CardMails.plainMail("keep me"));
		deliver(RealMailServers.ADDRESS, b.raw());
		deliver(RealMailServers.ADDRESS, resend.raw());
		ReceiveResult r = receive(account(Protocol.IMAP, servers.imaps, Security.SSL_TLS), new ReceiveOptions(false, 0, null, true));
		assertTrue(r.ok(), String.valueOf(r.failure()));
		assertEquals(List.of(MessageOutcome.STORED, MessageOutcome.NOT_QSL, MessageOutcome.STORED, MessageOutcome.ALREADY_STORED),
				r.messages().stream().map(MessageResult::outcome).toList());
		assertTrue(r.messages().get(0).id().contains("/"), "IMAP identity is UIDVALIDITY/UID");
		assertEquals(Set.of(), cardsOnServer(RealMailServers.ADDRESS));
		assertEquals(1, mailsOnServer(RealMailServers.ADDRESS));
		assertEquals(2, stored().size());
	}

	@Test
	void allMailQuarantinesOrdinaryMailAndLeavesItOnTheServer() throws Exception {
		deliver(RealMailServers.ADDRESS, CardMails.plainMail("ordinary"));
		CardMails hqsl = CardMails.card();
		hqsl.withAdif = false;
		deliver(RealMailServers.ADDRESS, hqsl.raw());
		ReceiveResult r = receive(account(Protocol.POP3, servers.pop3, Security.NONE), new ReceiveOptions(true, 0, null, true));
		assertTrue(r.ok(), String.valueOf(r.failure()));
		assertEquals(MessageOutcome.QUARANTINED, r.messages().get(0).outcome());
		assertEquals(QuarantineReason.NO_CARD, r.messages().get(0).reason());
		assertEquals(MessageOutcome.STORED, r.messages().get(1).outcome());
		assertEquals(1, mailsOnServer(RealMailServers.ADDRESS));
		ReceivedCard card = stored().get(0);
		assertEquals(null, card.adif());
		assertEquals(hqsl.cardId(), card.key());
	}

	@Test
	void aPop3ServerWithoutUidlIsNamed() throws Exception {
		deliver(RealMailServers.ADDRESS, CardMails.card().raw());
		try (FaultProxy proxy = new FaultProxy(servers.pop3, null, 0, 0, true)) {
			ReceiveResult r = receive(account(Protocol.POP3, proxy.port(), Security.NONE), ReceiveOptions.DEFAULT);
			assertFalse(r.ok());
			assertEquals(Category.MAILBOX, r.failure().category());
			assertTrue(r.failure().serverReply().contains("UIDL"), r.failure().serverReply());
			assertTrue(r.failure().hint().contains("UIDL"), r.failure().hint());
		}
		assertEquals(1, mailsOnServer(RealMailServers.ADDRESS));
	}

	@Test
	void cancelClosesTheConnectionAndDeletesNothingUnstored() throws Exception {
		List<CardMails> cards = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			CardMails c = CardMails.card().at(LocalDateTime.of(2025, 3, 1, 0, 0).plusMinutes(i));
			c.jpeg = CardMails.jpeg(800, 500, 150_000);
			cards.add(c);
			deliver(RealMailServers.ADDRESS, c.raw());
		}
		NullProgressMonitor monitor = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				if (name.startsWith("Message 3 ")) {
					setCanceled(true);
				}
			}
		};
		try (ReceivedCardStore store = ReceivedCardStore.open(storeDir)) {
			assertThrows(OperationCanceledException.class, () -> new QslReceiver(service, store)
					.receive(account(Protocol.POP3, servers.pop3, Security.NONE), new ReceiveOptions(false, 0, null, true), monitor));
		}
		assertEquals(6, mailsOnServer(RealMailServers.ADDRESS), "POP3 applies no DELE without QUIT");
		ReceiveResult again = receive(account(Protocol.POP3, servers.pop3, Security.NONE), new ReceiveOptions(false, 0, null, true));
		assertTrue(again.ok());
		assertEquals(6, stored().size());
		assertEquals(0, mailsOnServer(RealMailServers.ADDRESS));
	}

	record Cut(Protocol protocol, String trigger, int occurrence, int responseBytes) {
	}

	@Test
	void afterEveryCutAndARestartEachCardIsStoredOnceAndNoneDeletedUnstored() throws Exception {
		List<Cut> cuts = List.of(
				new Cut(Protocol.POP3, "RETR", 1, -1), new Cut(Protocol.POP3, "RETR", 2, 40),
				new Cut(Protocol.POP3, "RETR", 3, 60_000), new Cut(Protocol.POP3, "RETR", 4, 0),
				new Cut(Protocol.POP3, "DELE", 1, -1), new Cut(Protocol.POP3, "DELE", 2, 0),
				new Cut(Protocol.POP3, "DELE", 4, 2), new Cut(Protocol.POP3, "QUIT", 1, -1),
				new Cut(Protocol.POP3, "QUIT", 1, 0), new Cut(Protocol.POP3, "TOP", 3, 10),
				new Cut(Protocol.IMAP, "UID FETCH", 3, 50_000), new Cut(Protocol.IMAP, "UID FETCH", 4, -1),
				new Cut(Protocol.IMAP, "UID FETCH", 5, 0), new Cut(Protocol.IMAP, "UID STORE", 1, 0),
				new Cut(Protocol.IMAP, "UID STORE", 2, -1), new Cut(Protocol.IMAP, "UID EXPUNGE", 1, 0),
				new Cut(Protocol.IMAP, "UID EXPUNGE", 3, -1), new Cut(Protocol.IMAP, "LOGOUT", 1, 0));
		for (Cut cut : cuts) {
			clearMaildir(RealMailServers.ADDRESS);
			Path store = Files.createTempDirectory(storeDir, "cut");
			Set<String> expected = new HashSet<>();
			for (int i = 0; i < 5; i++) {
				CardMails c = CardMails.card().at(LocalDateTime.of(2025, 4, 1, 0, 0).plusMinutes(i));
				c.jpeg = CardMails.jpeg(800, 500, 30_000);
				expected.add(c.cardId());
				deliver(RealMailServers.ADDRESS, c.raw());
				if (i == 1) {
					deliver(RealMailServers.ADDRESS, CardMails.plainMail("stays"));
				}
			}
			int plainPort = cut.protocol() == Protocol.POP3 ? servers.pop3 : servers.imap;
			ReceiveOptions options = new ReceiveOptions(false, 0, null, true);
			try (FaultProxy proxy = new FaultProxy(plainPort, cut.trigger(), cut.occurrence(), cut.responseBytes(), false);
					ReceivedCardStore s = ReceivedCardStore.open(store)) {
				ReceiveResult r = new QslReceiver(service, s).receive(account(cut.protocol(), proxy.port(), Security.NONE), options,
						new NullProgressMonitor());
				assertTrue(proxy.fired(), cut + " never fired");
				assertFalse(r.ok() && cut.responseBytes() < 0 && !cut.trigger().equals("QUIT") && !cut.trigger().equals("LOGOUT"),
						cut + " should have failed");
			}
			assertNoCardDeletedUnstored(cut, store, expected);
			// restart: a new store instance on the same folder, straight to the server, until a run goes through
			ReceiveResult after = null;
			for (int run = 0; run < 3 && (after == null || !after.ok()); run++) {
				try (ReceivedCardStore s = ReceivedCardStore.open(store)) {
					after = new QslReceiver(service, s).receive(account(cut.protocol(), plainPort, Security.NONE), options,
							new NullProgressMonitor());
				}
				assertNoCardDeletedUnstored(cut, store, expected);
			}
			assertNotNull(after);
			assertTrue(after.ok(), cut + ": " + after.failure());
			try (ReceivedCardStore s = ReceivedCardStore.open(store)) {
				List<String> keys = s.list().stream().map(ReceivedCard::key).toList();
				assertEquals(expected.size(), keys.size(), cut + ": each card once " + keys);
				assertEquals(expected, new HashSet<>(keys), cut.toString());
				try (Stream<Path> dirs = Files.list(store.resolve("cards"))) {
					assertEquals(expected.size(), dirs.count(), cut + ": one folder per card");
				}
			}
			assertEquals(Set.of(), cardsOnServer(RealMailServers.ADDRESS), cut + ": every stored card deleted in the end");
			assertEquals(1, mailsOnServer(RealMailServers.ADDRESS) - flaggedDeleted(), cut + ": the plain mail stays");
		}
	}

	private static long flaggedDeleted() throws IOException {
		Path cur = maildir(RealMailServers.ADDRESS).resolve("cur");
		if (!Files.isDirectory(cur)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(cur)) {
			return files.filter(f -> {
				String n = f.getFileName().toString();
				int i = n.indexOf(":2,");
				return i >= 0 && n.substring(i + 3).contains("T");
			}).count();
		}
	}

	private static void assertNoCardDeletedUnstored(Cut cut, Path store, Set<String> expected) throws IOException {
		Set<String> onServer = cardsOnServer(RealMailServers.ADDRESS);
		try (ReceivedCardStore s = ReceivedCardStore.open(store)) {
			for (String id : expected) {
				if (!onServer.contains(id)) {
					assertTrue(s.card(id) != null, cut + ": card " + id + " gone from the server but not stored");
				}
			}
		}
	}
}
