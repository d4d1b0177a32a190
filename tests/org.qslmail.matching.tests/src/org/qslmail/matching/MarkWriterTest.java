package org.qslmail.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.LogZone;
import org.qslmail.core.MarkRule;
import org.qslmail.core.StationTime;
import org.qslmail.log.Qso;
import org.qslmail.log.QsoStore;

/** Received marks written into the real embedded store in one transaction, and undone. */
class MarkWriterTest {

	private static final MarkRule RULE = MarkRule.parse("E;*=W;e=X;w=Z");
	private static final LocalDate TODAY = LocalDate.of(2025, 2, 3);

	@TempDir
	Path folder;
	private QsoStore store;
	private List<MatchResult> results;

	@BeforeEach
	void matchCards() throws Exception {
		store = TestLogs.store(folder,
				TestLogs.record("JA2XYZ", "20250101", "0000", "40m", "CW", "")
						+ TestLogs.record("JA3ABC", "20250102", "0000", "20m", "SSB", "") // blank column
						+ TestLogs.record("JA4DEF", "20250103", "0000", "15m", "FT8", "")
						+ TestLogs.record("JA5GHI", "20250104", "0000", "10m", "CW", ""));
		results = CardMatcher.match(List.of(card("JA2XYZ", "2025-01-01T09:00", Band.B40M, "CW", true),
				card("JA3ABC", "2025-01-02T09:03", Band.B20M, "SSB", false),
				card("JA4DEF", "2025-01-03T09:00", Band.B15M, "CW", false), // NG: mode differs
				card("JA5GHI", "2025-01-04T09:00", Band.B10M, "CW", false)), new StoreQsoSource(store), MatchRules.DEFAULT,
				new NullProgressMonitor());
		assertEquals(List.of(MatchState.OK_UNMARKED, MatchState.OK_UNMARKED, MatchState.NG, MatchState.OK_UNMARKED),
				results.stream().map(MatchResult::state).toList());
	}

	@AfterEach
	void close() {
		store.close();
	}

	private ReceivedCard card(String sender, String jst, Band band, String mode, boolean image) {
		StationTime time = new StationTime(LocalDateTime.parse(jst), LogZone.JST);
		Path file = folder.resolve(sender + "_JA1ZZZ.jpg");
		return new ReceivedCard(Callsign.parse(sender), Optional.empty(), time.toInstant(), LogZone.JST,
				Optional.of(band), mode, image ? Optional.of(file) : Optional.empty(),
				new CardOrigin(CardOrigin.Kind.CARD_FILE, file.toString(), 0));
	}

	private Qso stored(int result) throws Exception {
		return store.get(results.get(result).qso().orElseThrow().id()).orElseThrow();
	}

	@Test
	void marksAreWrittenForOkResultsAndUndone() throws Exception {
		Qso before = stored(0);
		assertFalse(before.isQslReceived());
		MarkWriter writer = new MarkWriter(store);
		assertFalse(writer.canUndo());

		MarkWriter.Write write = writer.write(results.subList(0, 3), RULE, TODAY);

		assertEquals(2, write.written());
		assertEquals(1, write.ngSkipped(), "the NG card is not written");
		Qso first = stored(0);
		assertEquals('E', first.qslColumn().received());
		assertEquals("Y", first.qslReceived());
		assertEquals("20250203", first.qslReceivedDate());
		assertEquals("JA2XYZ_JA1ZZZ.jpg", first.receivedCard());
		assertEquals("JA3ABC", stored(1).call());
		assertTrue(stored(1).isQslReceived());
		assertFalse(stored(2).isQslReceived(), "NG: no mark");
		assertFalse(stored(3).isQslReceived(), "not chosen: no mark");
		assertTrue(writer.canUndo());

		assertEquals(2, writer.undoLast());

		Qso undone = stored(0);
		assertEquals(before.qslColumn(), undone.qslColumn());
		assertEquals(before.qslReceived(), undone.qslReceived());
		assertNull(undone.qslReceivedDate());
		assertNull(undone.receivedCard());
		assertFalse(stored(1).isQslReceived());
		assertFalse(writer.canUndo());
		assertEquals(0, writer.undoLast(), "nothing left to undo");
	}

	@Test
	void theRuleDecidesOverAnExistingMark() throws Exception {
		MarkWriter writer = new MarkWriter(store);
		writer.write(List.of(results.get(1)), RULE, TODAY);
		assertEquals('E', stored(1).qslColumn().received());
		// Marking again (hQSL's "mark even if received"): E is not named in the rule, so the last pair's Z.
		writer.write(List.of(results.get(1)), RULE, TODAY);
		assertEquals('Z', stored(1).qslColumn().received());
		writer.undoLast();
		assertEquals('E', stored(1).qslColumn().received(), "undo goes back one write");
	}

	@Test
	void nothingIsWrittenWhenOneQsoIsGone() throws Exception {
		store.delete(results.get(3).qso().orElseThrow().id());
		MarkWriter writer = new MarkWriter(store);
		MatchingException e = assertThrows(MatchingException.class,
				() -> writer.write(List.of(results.get(0), results.get(1), results.get(3)), RULE, TODAY));
		assertTrue(e.getMessage().contains("JA5GHI"), e.getMessage());
		assertFalse(stored(0).isQslReceived());
		assertFalse(stored(1).isQslReceived());
		assertFalse(writer.canUndo());
	}

	@Test
	void nothingIsWrittenWhenTheTransactionFails() throws Exception {
		// The third QSO cannot be stored (a card file name longer than the log's column): the store refuses
		// the batch after the first two were sent, and the transaction takes them back.
		MatchResult third = results.get(3);
		ReceivedCard card = third.card();
		ReceivedCard longName = new ReceivedCard(card.sender(), card.recipient(), card.time(), card.zone(), card.band(),
				card.mode(), Optional.of(folder.resolve("x".repeat(1200) + ".jpg")), card.origin());
		MatchResult bad = new MatchResult(longName, third.state(), third.reason(), third.qso(), third.offset());
		MarkWriter writer = new MarkWriter(store);
		assertThrows(MatchingException.class, () -> writer.write(List.of(results.get(0), results.get(1), bad), RULE, TODAY));
		assertFalse(stored(0).isQslReceived());
		assertFalse(stored(1).isQslReceived());
		assertFalse(stored(3).isQslReceived());
		assertFalse(writer.canUndo());
	}

	@Test
	void onlyNgChosenWritesNothing() throws Exception {
		MarkWriter writer = new MarkWriter(store);
		MarkWriter.Write write = writer.write(List.of(results.get(2)), RULE, TODAY);
		assertEquals(0, write.written());
		assertFalse(writer.canUndo());
	}
}
