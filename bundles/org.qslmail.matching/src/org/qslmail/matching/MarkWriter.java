package org.qslmail.matching;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.qslmail.core.MarkRule;
import org.qslmail.log.LogException;
import org.qslmail.log.Qso;
import org.qslmail.log.QsoStore;
import org.qslmail.matching.internal.Messages;

/**
 * Writes received marks for matched cards into the log, and undoes the last write.
 * <p>
 * For every chosen OK result, the QSO's QSL column gets the user's {@link MarkRule} applied to its received
 * (3rd) position, ADIF {@code QSL_RCVD} becomes {@code Y} and {@code QSLRDATE} the date of the write; a card
 * with an image also names its file in the QSO's received-card field. All QSOs are written in one transaction
 * ({@link QsoStore#updateAll}): either every mark is there or none. The store hands back the QSOs as they
 * were, and {@link #undoLast()} writes exactly those back, again in one transaction.
 * <p>
 * NG results are never written. A QSO chosen through two results is written once. One writer belongs to one
 * store and remembers only its last write; it is thread-safe.
 */
public final class MarkWriter {

	/** What one write did, for the summary and for undo. */
	public record Write(List<Qso> before, List<Qso> after, int ngSkipped) {
		public Write {
			before = List.copyOf(before);
			after = List.copyOf(after);
		}

		/** How many QSOs were marked. */
		public int written() {
			return after.size();
		}
	}

	private static final DateTimeFormatter ADIF_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private final QsoStore store;
	private Write last;

	public MarkWriter(QsoStore store) {
		this.store = Objects.requireNonNull(store);
	}

	/**
	 * Marks the QSOs of the OK results among {@code chosen} received.
	 *
	 * @param date the date written as QSLRDATE (the day the cards are confirmed, UTC)
	 * @return what was written; nothing when no result is OK (then undo still refers to the write before)
	 * @throws MatchingException when the store fails or a QSO is no longer in the log; nothing is written then
	 */
	public synchronized Write write(Collection<MatchResult> chosen, MarkRule rule, LocalDate date) {
		Objects.requireNonNull(rule);
		Objects.requireNonNull(date);
		Map<Long, MatchResult> byQso = new LinkedHashMap<>();
		int ng = 0;
		for (MatchResult result : chosen) {
			if (!result.isOk() || result.qso().isEmpty()) {
				ng++;
				continue;
			}
			byQso.putIfAbsent(result.qso().get().id(), result);
		}
		if (byQso.isEmpty()) {
			return new Write(List.of(), List.of(), ng);
		}
		String rdate = ADIF_DATE.format(date);
		List<Qso> marked = new ArrayList<>(byQso.size());
		try {
			for (Map.Entry<Long, MatchResult> e : byQso.entrySet()) {
				Optional<Qso> stored = store.get(e.getKey().longValue());
				if (stored.isEmpty()) {
					throw new MatchingException(NLS.bind(Messages.MarkWriter_qsoGone, e.getValue().card().sender().text()));
				}
				Qso q = stored.get();
				q.setQslColumn(rule.applyReceived(q.qslColumn()));
				q.setQslReceived("Y"); //$NON-NLS-1$
				q.setQslReceivedDate(rdate);
				e.getValue().card().image().ifPresent(image -> q.setReceivedCard(image.getFileName().toString()));
				marked.add(q);
			}
			List<Qso> before = store.updateAll(marked);
			last = new Write(before, marked, ng);
			return last;
		} catch (LogException e) {
			throw new MatchingException(NLS.bind(Messages.MarkWriter_failed, e.getMessage()), e);
		}
	}

	/** Whether there is a write to undo. */
	public synchronized boolean canUndo() {
		return last != null;
	}

	/** The last write, if it can still be undone. */
	public synchronized Optional<Write> last() {
		return Optional.ofNullable(last);
	}

	/**
	 * Writes back the QSOs as they were before the last write, in one transaction.
	 *
	 * @return how many QSOs were restored (0 when there was nothing to undo)
	 * @throws MatchingException when the store fails; nothing is changed and the write can still be undone
	 */
	public synchronized int undoLast() {
		if (last == null) {
			return 0;
		}
		try {
			store.updateAll(last.before());
		} catch (LogException e) {
			throw new MatchingException(NLS.bind(Messages.MarkWriter_undoFailed, e.getMessage()), e);
		}
		int n = last.before().size();
		last = null;
		return n;
	}
}
