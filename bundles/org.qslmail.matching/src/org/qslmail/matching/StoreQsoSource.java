package org.qslmail.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.qslmail.core.Callsign;
import org.qslmail.log.LogException;
import org.qslmail.log.Qso;
import org.qslmail.log.QsoFilter;
import org.qslmail.log.QsoStore;

/**
 * The QSO log store as a {@link QsoSource}. Exact callsigns are looked up call by call through the store's
 * (call, time) index ({@link QsoStore#findByCall}), so the work grows with the number of cards' calls and
 * their QSOs, not with the size of the log. Base-call matching cannot use that index (a base call hides
 * in {@code KH0/JA1ABC} as well as in {@code JA1ABC/1}), so it reads the whole log once, a month at a time
 * through the store's time index, and leaves the filtering to the matcher.
 * <p>
 * When the cards name so many calls that one lookup per call would cost more than reading the whole log
 * (more calls than a 32nd of the QSOs, at least 1,000), the whole log is read once instead.
 * <p>
 * Only the store's public methods are used ({@code findByCall}, {@code count}, {@code page}). QSOs whose
 * logged call is not a valid callsign cannot match any card and are left out.
 */
public final class StoreQsoSource implements QsoSource {

	/** Earliest and latest instants asked of the store: every QSO lies between. */
	static final Instant FIRST = Instant.parse("1900-01-01T00:00:00Z"); //$NON-NLS-1$
	static final Instant LAST = Instant.parse("2200-01-01T00:00:00Z"); //$NON-NLS-1$
	private static final Duration SLICE = Duration.ofDays(31);
	private static final int PAGE = 5000;
	private static final int LOOKUP_COST_IN_QSOS = 32;
	private static final int SCAN_MIN_CALLS = 1000;

	private final QsoStore store;

	public StoreQsoSource(QsoStore store) {
		this.store = Objects.requireNonNull(store);
	}

	/**
	 * @throws MatchingException          when the store fails
	 * @throws OperationCanceledException when the monitor is cancelled
	 */
	@Override
	public void forEachWithCall(Collection<String> calls, boolean baseCalls, Consumer<LoggedQso> consumer,
			IProgressMonitor monitor) {
		try {
			Set<String> distinct = baseCalls ? Set.of() : new HashSet<>(calls);
			if (baseCalls || scanIsCheaper(distinct.size())) {
				scanAll(consumer, monitor);
			} else {
				lookUp(distinct, consumer, monitor);
			}
		} catch (LogException e) {
			throw new MatchingException(e.getMessage(), e);
		}
	}

	/**
	 * Whether reading the whole log costs less than one lookup per call. Measured (docs/benchmarks.md): a lookup
	 * costs about as much as reading 30 QSOs in the scan, so with more calls than a 32nd of the log the scan wins.
	 * Small logs are always looked up: both are quick, and the lookup hands over less.
	 */
	private boolean scanIsCheaper(int calls) throws LogException {
		if (calls < SCAN_MIN_CALLS) {
			return false;
		}
		return calls > store.count(QsoFilter.ALL) / LOOKUP_COST_IN_QSOS;
	}

	private void lookUp(Set<String> distinct, Consumer<LoggedQso> consumer, IProgressMonitor monitor)
			throws LogException {
		SubMonitor progress = SubMonitor.convert(monitor, distinct.size());
		for (String call : distinct) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			progress.worked(1);
			for (Qso q : store.findByCall(call, FIRST, LAST)) {
				toLogged(q).ifPresent(consumer);
			}
		}
	}

	private void scanAll(Consumer<LoggedQso> consumer, IProgressMonitor monitor) throws LogException {
		long total = store.count(QsoFilter.ALL);
		SubMonitor progress = SubMonitor.convert(monitor, (int) Math.min(Integer.MAX_VALUE, Math.max(1, total)));
		Instant from = oldest();
		Instant end = Instant.now().plus(Duration.ofDays(2));
		while (from.isBefore(LAST)) {
			Instant to = from.plus(SLICE);
			if (to.isAfter(end)) {
				to = LAST; // the rest, future-dated QSOs included, in one slice
			}
			scan(from, to, store.count(QsoFilter.ALL.withRange(from, to)), consumer, progress);
			from = to;
		}
	}

	/**
	 * Reads the QSOs of {@code [from, to)}: in pages when they fit one page, else half by half, so that no page
	 * query has to skip rows (an OFFSET costs as much as reading the rows it skips).
	 */
	private void scan(Instant from, Instant to, long count, Consumer<LoggedQso> consumer, SubMonitor progress)
			throws LogException {
		if (count == 0) {
			return;
		}
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		long seconds = to.getEpochSecond() - from.getEpochSecond();
		if (count > PAGE && seconds > 60) {
			Instant middle = from.plusSeconds(seconds / 2);
			long older = store.count(QsoFilter.ALL.withRange(from, middle));
			scan(from, middle, older, consumer, progress);
			scan(middle, to, count - older, consumer, progress);
			return;
		}
		QsoFilter slice = QsoFilter.ALL.withRange(from, to);
		for (long offset = 0; offset < count; offset += PAGE) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			List<Qso> page = store.page(slice, offset, PAGE);
			for (Qso q : page) {
				toLogged(q).ifPresent(consumer);
			}
			progress.worked(page.size());
		}
	}

	/** The start of the month of the oldest QSO, found by halving the time range with indexed counts. */
	private Instant oldest() throws LogException {
		long low = FIRST.getEpochSecond();
		long high = LAST.getEpochSecond();
		if (store.count(QsoFilter.ALL.withRange(FIRST, LAST)) == 0) {
			return LAST;
		}
		while (high - low > SLICE.getSeconds()) {
			long mid = low + (high - low) / 2;
			if (store.count(QsoFilter.ALL.withRange(FIRST, Instant.ofEpochSecond(mid))) > 0) {
				high = mid;
			} else {
				low = mid;
			}
		}
		return Instant.ofEpochSecond(low);
	}

	/** What matching needs of a stored QSO; empty when its call is not a callsign or it has no time. */
	public static Optional<LoggedQso> toLogged(Qso q) {
		if (q.instant() == null) {
			return Optional.empty();
		}
		return Callsign.find(q.call()).map(call -> new LoggedQso(q.id(), call, q.instant(), Optional.ofNullable(q.band()),
				q.mode() == null ? "" : q.mode(), Optional.ofNullable(q.submode()).filter(s -> !s.isBlank()), //$NON-NLS-1$
				q.qslColumn(), q.isQslReceived()));
	}
}
