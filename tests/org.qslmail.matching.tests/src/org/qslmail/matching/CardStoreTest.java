package org.qslmail.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.LogZone;
import org.qslmail.core.QslColumn;

/** The matching side of the exchange's received-card store, with a store held in memory. */
class CardStoreTest {

	/** What an adapter of the exchange's store does: hand out its records, delete by key. */
	private static final class MemoryStore implements CardStore {
		final List<StoredCard> cards = new ArrayList<>();

		@Override
		public String displayName() {
			return "memory";
		}

		@Override
		public void forEachCard(Consumer<StoredCard> consumer, IProgressMonitor monitor) {
			cards.forEach(consumer);
		}

		@Override
		public void delete(Collection<String> keys) {
			cards.removeIf(c -> keys.contains(c.key()));
		}
	}

	@Test
	void storedCardsMatchWithTheirKeyAsOrigin() throws Exception {
		MemoryStore store = new MemoryStore();
		store.cards.add(new CardStore.StoredCard("<msg-1@example.jp>", Callsign.parse("JA2XYZ"),
				Optional.of(Callsign.parse("JA1ZZZ")), Instant.parse("2025-01-01T00:03:00Z"), LogZone.JST,
				Optional.of(Band.B40M), "CW", Optional.of(Path.of("/cards/1.jpg"))));
		store.cards.add(new CardStore.StoredCard("<msg-2@example.jp>", Callsign.parse("JA9NON"), Optional.empty(),
				Instant.parse("2025-01-01T00:00:00Z"), LogZone.UTC, Optional.empty(), "SSB", Optional.empty()));
		List<ReceivedCard> cards = CardStore.read(store, new NullProgressMonitor());
		assertEquals(new CardOrigin(CardOrigin.Kind.CARD_STORE, "<msg-1@example.jp>", 0), cards.get(0).origin());
		assertEquals(Optional.of(Path.of("/cards/1.jpg")), cards.get(0).image());

		LoggedQso qso = new LoggedQso(7, Callsign.parse("JA2XYZ"), Instant.parse("2025-01-01T00:00:00Z"),
				Optional.of(Band.B40M), "CW", Optional.empty(), QslColumn.EMPTY, false);
		List<MatchResult> results = CardMatcher.match(cards, new QsoList(List.of(qso)), MatchRules.DEFAULT,
				new NullProgressMonitor());
		assertEquals(MatchState.OK_UNMARKED, results.get(0).state());
		assertEquals(Optional.of(NgReason.NO_QSO_WITH_CALL), results.get(1).reason());

		store.delete(List.of(results.get(1).card().origin().location()));
		assertEquals(1, store.cards.size());
	}

	@Test
	void aStoredCardNeedsItsKeyAndFields() {
		assertThrows(NullPointerException.class, () -> new CardStore.StoredCard(null, Callsign.parse("JA2XYZ"),
				Optional.empty(), Instant.EPOCH, LogZone.UTC, Optional.empty(), "CW", Optional.empty()));
	}
}
