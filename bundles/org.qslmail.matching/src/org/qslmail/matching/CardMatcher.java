package org.qslmail.matching;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.qslmail.matching.internal.MatchingEngine;

/**
 * Matches received cards against the log (交信の照合). The cards are indexed by callsign and the log is
 * read once, so the cost grows with cards plus QSOs, not with their product.
 * <p>
 * A card matches a QSO when the callsign agrees (exactly, or by base call), the times are at most the
 * window apart (both are instants, so JST cards and UTC logs compare directly, across midnight), the bands
 * agree (a side without a band does not contradict) and the modes agree (as text after the user's aliases,
 * or by mode group). One card matches at most one QSO and one QSO at most one card: the pair with the
 * smallest time difference wins; a card with two equally good QSOs is NG with "several candidates".
 */
public final class CardMatcher {

	private CardMatcher() {
	}

	/** One result per card, in the order of {@code cards}. Cancelling throws OperationCanceledException. */
	public static List<MatchResult> match(List<ReceivedCard> cards, QsoSource log, MatchRules rules,
			IProgressMonitor monitor) {
		return new MatchingEngine(cards, rules).run(log, monitor);
	}
}
