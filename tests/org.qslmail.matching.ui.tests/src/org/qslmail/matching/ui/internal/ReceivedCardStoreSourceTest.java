package org.qslmail.matching.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qslmail.core.LogZone;
import org.qslmail.core.MarkRule;
import org.qslmail.exchange.store.ReceivedCardStore;
import org.qslmail.log.ImportOptions;
import org.qslmail.log.QsoStore;
import org.qslmail.matching.CardMatcher;
import org.qslmail.matching.CardOrigin;
import org.qslmail.matching.CardStore;
import org.qslmail.matching.MarkWriter;
import org.qslmail.matching.MatchResult;
import org.qslmail.matching.MatchRules;
import org.qslmail.matching.MatchState;
import org.qslmail.matching.NgReason;
import org.qslmail.matching.ReceivedCard;
import org.qslmail.matching.StoreQsoSource;

/**
 * The exchange's received-card store, filled with real QSL mails, read through {@link CardStore} and matched
 * against a real log store; marks written; a card deleted through the interface.
 */
class ReceivedCardStoreSourceTest {

	@TempDir
	Path dir;

	@Test
	void cardsOfTheStoreAreMatchedMarkedAndDeletedThroughTheInterface() throws Exception {
		Path folder = dir.resolve("received-cards");
		assertFalse(ReceivedCardStore.exists(folder));
		String ok;
		String ng;
		try (ReceivedCardStore store = ReceivedCardStore.open(folder)) {
			ok = StoreCards.store(store, "JA2SSA", "JA1ZZZ", "2025-01-01T08:32:00Z", "40m", "CW");
			ng = StoreCards.store(store, "JA2SSB", "JA1ZZZ", "2025-01-02T10:00:00Z", "20m", "FT8");
		}
		assertTrue(ReceivedCardStore.exists(folder));

		try (QsoStore log = QsoStore.open(dir.resolve("log"))) {
			Path adi = dir.resolve("log.adi");
			Files.writeString(adi, "test\n<EOH>\n"
					+ "<CALL:6>JA2SSA<QSO_DATE:8>20250101<TIME_ON:4>0830<BAND:3>40m<MODE:2>CW<EOR>\n"
					+ "<CALL:6>JA2SSB<QSO_DATE:8>20250102<TIME_ON:4>1000<BAND:3>20m<MODE:3>SSB<EOR>\n", StandardCharsets.US_ASCII);
			log.importFile(adi, ImportOptions.defaults().withStationCallsign("JA1ZZZ"), new NullProgressMonitor());

			List<ReceivedCard> cards;
			try (ReceivedCardStore store = ReceivedCardStore.open(folder)) {
				CardStore source = new ReceivedCardStoreSource(store);
				assertEquals(Messages.MatchingView_sourceStore, source.displayName());
				List<CardStore.StoredCard> stored = new ArrayList<>();
				source.forEachCard(stored::add, new NullProgressMonitor());
				assertEquals(List.of(ok, ng), stored.stream().map(CardStore.StoredCard::key).toList(), "the store's keys");
				CardStore.StoredCard first = stored.get(0);
				assertEquals("JA2SSA", first.sender().text());
				assertEquals("JA1ZZZ", first.recipient().orElseThrow().text());
				assertEquals(Instant.parse("2025-01-01T08:32:00Z"), first.time());
				assertEquals(LogZone.UTC, first.zone());
				assertEquals("40m", first.band().orElseThrow().adifName());
				assertEquals("CW", first.mode());
				assertTrue(Files.isRegularFile(first.image().orElseThrow()), "the card image is a file in the store");
				assertTrue(first.image().orElseThrow().startsWith(folder));
				cards = CardStore.read(source, new NullProgressMonitor());
			}

			List<MatchResult> results = CardMatcher.match(cards, new StoreQsoSource(log), MatchRules.DEFAULT,
					new NullProgressMonitor());
			assertEquals(MatchState.OK_UNMARKED, results.get(0).state());
			assertEquals(new CardOrigin(CardOrigin.Kind.CARD_STORE, ok, 0), results.get(0).card().origin());
			assertEquals(MatchState.NG, results.get(1).state());
			assertEquals(NgReason.MODE_DIFFERS, results.get(1).reason().orElseThrow());

			MarkWriter.Write written = new MarkWriter(log).write(results, MarkRule.parse("E"), LocalDate.of(2026, 11, 22));
			assertEquals(1, written.written());
			var marked = log.findByCall("JA2SSA", Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")).get(0);
			assertEquals('E', marked.qslColumn().received());
			assertEquals("Y", marked.qslReceived());
		}

		try (ReceivedCardStore store = ReceivedCardStore.open(folder)) {
			Path image = store.card(ng).image();
			new ReceivedCardStoreSource(store).delete(List.of(ng));
			assertEquals(List.of(ok), store.list().stream().map(c -> c.key()).toList());
			assertFalse(Files.exists(image));
		}
		try (ReceivedCardStore store = ReceivedCardStore.open(folder)) {
			assertEquals(List.of(ok), store.list().stream().map(c -> c.key()).toList(), "deleted for good");
		}
	}
}
