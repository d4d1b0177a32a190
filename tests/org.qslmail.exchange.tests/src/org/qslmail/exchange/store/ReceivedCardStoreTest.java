package org.qslmail.exchange.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qslmail.exchange.message.ReceivedQslCard;
import org.qslmail.exchange.message.QslMessageParser;
import org.qslmail.exchange.message.QuarantineReason;
import org.qslmail.exchange.receive.CardMails;

class ReceivedCardStoreTest {

	@TempDir
	Path dir;

	@Test
	void storesEachCardOnceWithImageNamedByCardNameAndTheAdifPart() throws Exception {
		CardMails m = CardMails.card();
		byte[] raw = m.raw();
		ReceivedQslCard card = QslMessageParser.parse(raw);
		try (ReceivedCardStore store = ReceivedCardStore.open(dir)) {
			assertEquals(StoreOutcome.STORED, store.store("pop3://a@h:110", "uid-1", raw, card));
			assertEquals(StoreOutcome.ALREADY_STORED, store.store("pop3://a@h:110", "uid-2", raw, card));
			ReceivedCard c = store.list().get(0);
			assertEquals(1, store.list().size());
			assertEquals(m.cardId(), c.key());
			assertEquals("JA2XYZ_JA1ABC_20250101-1730J_40m_CW.jpg", c.image().getFileName().toString());
			assertArrayEquals(m.jpeg, Files.readAllBytes(c.image()));
			assertArrayEquals(raw, Files.readAllBytes(c.message()));
			assertEquals("JA2XYZ_JA1ABC_20250101-1730J_40m_CW.adi", c.adif().getFileName().toString());
			assertTrue(Files.readString(c.adif()).contains("<CALL:6>JA1ABC"));
			assertTrue(store.knowsMessage("pop3://a@h:110", "uid-1"));
			assertTrue(store.knowsMessage("pop3://a@h:110", "uid-2"));
			assertTrue(c.image().startsWith(dir.resolve("cards")));
		}
		try (ReceivedCardStore again = ReceivedCardStore.open(dir)) {
			assertEquals(1, again.list().size());
			ReceivedCard c = again.list().get(0);
			assertEquals(LocalDateTime.of(2025, 1, 1, 8, 30), c.utc());
			assertEquals("JA2XYZ", c.sender().text());
			assertEquals("JA1ABC", c.recipient().text());
			assertEquals("40m", c.band().adifName());
			assertEquals("CW", c.mode().name());
			assertTrue(again.knowsMessage("pop3://a@h:110", "uid-2"));
			assertTrue(again.knowsMessageId(card.messageId()));
			assertFalse(again.knowsMessage("pop3://a@h:110", "uid-3"));
		}
	}

	@Test
	void deleteRemovesTheCardAndItsFolderButKeepsTheMessageKnown() throws Exception {
		CardMails a = CardMails.card();
		CardMails b = CardMails.card().from("JA3BBB");
		String keyA = a.cardId();
		try (ReceivedCardStore store = ReceivedCardStore.open(dir)) {
			store.store("pop3://a@h:110", "uid-a", a.raw(), QslMessageParser.parse(a.raw()));
			store.store("pop3://a@h:110", "uid-b", b.raw(), QslMessageParser.parse(b.raw()));
			assertEquals(java.util.Set.of(keyA), store.delete(List.of(keyA, "0123456789abcdef0123456789abcdef", "../x")));
			assertEquals(List.of(b.cardId()), store.list().stream().map(ReceivedCard::key).toList());
			assertFalse(store.hasCard(keyA));
			assertFalse(Files.exists(dir.resolve("cards").resolve(keyA)));
			assertTrue(store.knowsMessage("pop3://a@h:110", "uid-a"), "a deleted card's mail is not fetched again");
			assertEquals(java.util.Set.of(), store.delete(List.of(keyA)), "deleting again does nothing");
		}
		try (ReceivedCardStore again = ReceivedCardStore.open(dir)) {
			assertEquals(List.of(b.cardId()), again.list().stream().map(ReceivedCard::key).toList());
			assertTrue(again.knowsMessage("pop3://a@h:110", "uid-a"));
			// the same card in a new mail is stored again
			CardMails resent = CardMails.card();
			assertEquals(StoreOutcome.STORED, again.store("pop3://a@h:110", "uid-a2", resent.raw(), QslMessageParser.parse(resent.raw())));
			assertTrue(again.hasCard(keyA));
		}
		try (ReceivedCardStore third = ReceivedCardStore.open(dir)) {
			assertEquals(2, third.list().size());
		}
	}

	@Test
	void aSecondInstanceOnTheSameFolderIsRefusedWhileTheFirstIsOpen() throws Exception {
		try (ReceivedCardStore first = ReceivedCardStore.open(dir)) {
			java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
					() -> ReceivedCardStore.open(dir));
			assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
			CardMails a = CardMails.card();
			assertEquals(StoreOutcome.STORED, first.store("pop3://a@h:110", "uid-a", a.raw(), QslMessageParser.parse(a.raw())));
		}
		try (ReceivedCardStore again = ReceivedCardStore.open(dir)) {
			assertEquals(1, again.list().size(), "free again once closed");
		}
	}

	@Test
	void aDeleteCutShortAfterItsJournalLineIsFinishedOnOpen() throws Exception {
		CardMails a = CardMails.card();
		try (ReceivedCardStore store = ReceivedCardStore.open(dir)) {
			store.store("pop3://a@h:110", "uid-a", a.raw(), QslMessageParser.parse(a.raw()));
		}
		Files.writeString(dir.resolve("journal.log"), "D\t" + a.cardId() + "\n", StandardOpenOption.APPEND);
		assertTrue(Files.isDirectory(dir.resolve("cards").resolve(a.cardId())));
		try (ReceivedCardStore again = ReceivedCardStore.open(dir)) {
			assertEquals(0, again.list().size());
			assertFalse(Files.exists(dir.resolve("cards").resolve(a.cardId())));
		}
	}

	@Test
	void aTornJournalLineIsCutOffAndACardFolderWithoutItsLineIsRecognised() throws Exception {
		CardMails m = CardMails.card();
		byte[] raw = m.raw();
		ReceivedQslCard card = QslMessageParser.parse(raw);
		try (ReceivedCardStore store = ReceivedCardStore.open(dir)) {
			store.store("box", "1", raw, card);
		}
		// simulate a crash after the rename but before the journal line: drop the journal, add a torn line
		Files.writeString(dir.resolve("journal.log"), "C\t" + m.cardId() + "\tbox\t1", StandardOpenOption.TRUNCATE_EXISTING);
		Files.createDirectories(dir.resolve("tmp/leftover"));
		try (ReceivedCardStore store = ReceivedCardStore.open(dir)) {
			assertEquals(0, Files.size(dir.resolve("journal.log")));
			assertFalse(Files.exists(dir.resolve("tmp/leftover")));
			assertFalse(store.knowsMessage("box", "1"));
			assertTrue(store.hasCard(m.cardId()));
			assertEquals(StoreOutcome.ALREADY_STORED, store.store("box", "1", raw, card));
			assertEquals(1, store.list().size());
			assertTrue(store.knowsMessage("box", "1"));
		}
	}

	@Test
	void quarantineKeepsTheRawMailAndTheReason() throws Exception {
		byte[] raw = "From: x\r\n\r\nhostile".getBytes(StandardCharsets.US_ASCII);
		try (ReceivedCardStore store = ReceivedCardStore.open(dir)) {
			assertEquals(StoreOutcome.QUARANTINED, store.quarantine("box", "7", raw, "mid@x", QuarantineReason.UNSAFE_FILE_NAME, "../x.jpg"));
			assertEquals(StoreOutcome.ALREADY_STORED, store.quarantine("box", "8", raw, "mid@x", QuarantineReason.UNSAFE_FILE_NAME, "../x.jpg"));
			String key = store.quarantined().iterator().next();
			Path folder = store.quarantineFolder(key);
			assertArrayEquals(raw, Files.readAllBytes(folder.resolve("message.eml")));
			assertTrue(Files.readString(folder.resolve("reason.txt")).startsWith("unsafe-file-name\n../x.jpg\n"));
			assertTrue(store.list().isEmpty());
		}
		try (ReceivedCardStore store = ReceivedCardStore.open(dir)) {
			assertTrue(store.knowsMessage("box", "7"));
			assertTrue(store.keyOf("box", "8").startsWith("Q:"));
		}
	}

	@Test
	void concurrentStoresOfManyCardsAreAllDurableAndIndexed() throws Exception {
		List<byte[]> raws = new ArrayList<>();
		for (int i = 0; i < 64; i++) {
			raws.add(CardMails.card().at(LocalDateTime.of(2025, 2, 1, 0, 0).plusMinutes(i)).raw());
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try (ReceivedCardStore store = ReceivedCardStore.open(dir)) {
			List<Future<StoreOutcome>> f = new ArrayList<>();
			for (int i = 0; i < raws.size(); i++) {
				int n = i;
				f.add(pool.submit(() -> store.store("box", "u" + n, raws.get(n), QslMessageParser.parse(raws.get(n)))));
				// the same card a second time, concurrently
				f.add(pool.submit(() -> store.store("box", "v" + n, raws.get(n), QslMessageParser.parse(raws.get(n)))));
			}
			int stored = 0;
			for (Future<StoreOutcome> x : f) {
				if (x.get() == StoreOutcome.STORED) {
					stored++;
				}
			}
			assertEquals(64, stored);
		} finally {
			pool.shutdown();
		}
		try (ReceivedCardStore store = ReceivedCardStore.open(dir)) {
			assertEquals(64, store.list().size());
			assertEquals(64, store.cardFolders().size());
			for (int i = 0; i < 64; i++) {
				assertTrue(store.knowsMessage("box", "u" + i));
				assertTrue(store.knowsMessage("box", "v" + i));
			}
		}
	}
}
