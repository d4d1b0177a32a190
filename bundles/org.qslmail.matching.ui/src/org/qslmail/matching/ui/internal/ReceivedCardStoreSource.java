package org.qslmail.matching.ui.internal;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.qslmail.core.LogZone;
import org.qslmail.exchange.store.ReceivedCard;
import org.qslmail.exchange.store.ReceivedCardStore;
import org.qslmail.matching.CardStore;

/**
 * The exchange's received-card store as matching reads it: {@link ReceivedCardStore} adapted to
 * {@link CardStore} (the exchange may not depend on matching, so the adapter lives here). A card's key is the
 * store's key (the card identity), its image the JPEG in the store, its time the QSO's UTC time from the card's
 * ADIF part (shown in UTC), its mode the card's MODE or SUBMODE. Delete removes cards through
 * {@link ReceivedCardStore#delete}.
 */
public final class ReceivedCardStoreSource implements CardStore {

	private final ReceivedCardStore store;

	public ReceivedCardStoreSource(ReceivedCardStore store) {
		this.store = store;
	}

	@Override
	public String displayName() {
		return Messages.MatchingView_sourceStore;
	}

	@Override
	public void forEachCard(Consumer<StoredCard> consumer, IProgressMonitor monitor) {
		List<ReceivedCard> cards = store.list();
		SubMonitor progress = SubMonitor.convert(monitor, cards.size());
		for (ReceivedCard c : cards) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			consumer.accept(toStoredCard(c));
			progress.worked(1);
		}
	}

	/** One card of the exchange's store as matching's stored card. */
	public static StoredCard toStoredCard(ReceivedCard c) {
		return new StoredCard(c.key(), c.sender(), Optional.ofNullable(c.recipient()), c.utc().toInstant(ZoneOffset.UTC),
				LogZone.UTC, Optional.ofNullable(c.band()), c.mode().label(), Optional.ofNullable(c.image()));
	}

	@Override
	public void delete(Collection<String> keys) throws IOException {
		store.delete(keys);
	}
}
