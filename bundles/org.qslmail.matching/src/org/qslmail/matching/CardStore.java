package org.qslmail.matching;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.LogZone;

/**
 * The received cards of a store, as matching reads them: the matching side of the received-card store that
 * the exchange fills when QSL mail arrives. The exchange may not depend on matching, so it does not implement
 * this interface itself: {@code org.qslmail.matching.ui} (which may use both) adapts the exchange's store to
 * it, record by record. Any other store (a test, a future import) can implement it directly.
 * <p>
 * Every card has a <b>stable key</b>: the same card keeps the same key across runs and restarts, so that a
 * result can be acted on later (delete, mark) and a card is never counted twice. The key is the store's own
 * (a message id, a database id); matching only compares and shows it.
 * <p>
 * The <b>image reference</b> is the path of the card image as a file, or empty when the card came without one
 * (a data-only confirmation). A store that keeps images elsewhere hands out a file it has written for them.
 */
public interface CardStore {

	/**
	 * One stored card: the QSO as the partner logged it.
	 *
	 * @param key       the store's stable key of the card
	 * @param sender    the partner (the card's sender)
	 * @param recipient our call as the partner logged it, if the card says
	 * @param time      the QSO's start
	 * @param zone      the zone the card was written in (for showing times as the card does)
	 * @param band      the band, empty when the card gives none
	 * @param mode      the mode as on the card (MODE, or SUBMODE when it has one)
	 * @param image     the card image file, empty when there is none
	 */
	record StoredCard(String key, Callsign sender, Optional<Callsign> recipient, Instant time, LogZone zone,
			Optional<Band> band, String mode, Optional<Path> image) {
		public StoredCard {
			Objects.requireNonNull(key);
			Objects.requireNonNull(sender);
			Objects.requireNonNull(recipient);
			Objects.requireNonNull(time);
			Objects.requireNonNull(zone);
			Objects.requireNonNull(band);
			Objects.requireNonNull(mode);
			Objects.requireNonNull(image);
		}

		/** The card as matching takes it; its origin names this store's key. */
		public ReceivedCard toReceivedCard() {
			return new ReceivedCard(sender, recipient, time, zone, band, mode, image,
					new CardOrigin(CardOrigin.Kind.CARD_STORE, key, 0));
		}
	}

	/** The name of the store for the user (e.g. "Received QSL mail"), in the user's language. */
	String displayName();

	/**
	 * Hands every card of the store to {@code consumer}, in the store's order.
	 *
	 * @throws MatchingException                                   when the store cannot be read
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled
	 */
	void forEachCard(Consumer<StoredCard> consumer, IProgressMonitor monitor);

	/**
	 * Removes cards from the store (the matching view's Delete on store cards). Keys no longer in the store are
	 * ignored.
	 *
	 * @throws IOException when the store could not remove them; the store decides whether that is all or none
	 */
	void delete(Collection<String> keys) throws IOException;

	/** All cards of a store as received cards, for {@link CardMatcher#match}. */
	static List<ReceivedCard> read(CardStore store, IProgressMonitor monitor) {
		List<ReceivedCard> cards = new ArrayList<>();
		store.forEachCard(card -> cards.add(card.toReceivedCard()), monitor);
		return cards;
	}
}
