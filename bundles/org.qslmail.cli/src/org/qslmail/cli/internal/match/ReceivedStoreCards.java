package org.qslmail.cli.internal.match;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.Collection;
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
 * The exchange's received-card store as {@code qslmail match --cards-store} reads it. The same mapping as the
 * matching view's adapter ({@code org.qslmail.matching.ui.internal.ReceivedCardStoreSource}); the command line
 * does not depend on a UI bundle, so it has its own few lines: key = the store's card identity, time = the
 * QSO's UTC time from the card's ADIF part (shown in UTC), mode = MODE or SUBMODE, image = the JPEG in the store.
 */
final class ReceivedStoreCards implements CardStore {

	private final ReceivedCardStore store;

	ReceivedStoreCards(ReceivedCardStore store) {
		this.store = store;
	}

	@Override
	public String displayName() {
		return store.folder().toString();
	}

	@Override
	public void forEachCard(Consumer<StoredCard> consumer, IProgressMonitor monitor) {
		var cards = store.list();
		SubMonitor progress = SubMonitor.convert(monitor, cards.size());
		for (ReceivedCard c : cards) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			consumer.accept(new StoredCard(c.key(), c.sender(), Optional.ofNullable(c.recipient()),
					c.utc().toInstant(ZoneOffset.UTC), LogZone.UTC, Optional.ofNullable(c.band()), c.mode().label(),
					Optional.ofNullable(c.image())));
			progress.worked(1);
		}
	}

	@Override
	public void delete(Collection<String> keys) throws IOException {
		store.delete(keys);
	}
}
