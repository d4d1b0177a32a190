package org.qslmail.matching;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.qslmail.matching.internal.ResultTexts;

/**
 * The result for one card.
 *
 * @param qso    the matched QSO (OK), or the QSO that came nearest (NG), if any
 * @param offset card time minus QSO time for that QSO
 */
public record MatchResult(ReceivedCard card, MatchState state, Optional<NgReason> reason, Optional<LoggedQso> qso,
		Optional<Duration> offset) {

	public MatchResult {
		Objects.requireNonNull(card);
		Objects.requireNonNull(state);
		Objects.requireNonNull(reason);
		Objects.requireNonNull(qso);
		Objects.requireNonNull(offset);
		if ((state == MatchState.NG) != reason.isPresent()) {
			throw new IllegalArgumentException("a reason exactly for NG"); //$NON-NLS-1$
		}
	}

	public boolean isOk() {
		return state != MatchState.NG;
	}

	/** The state and, for NG, the reason with its details, in the user's language. */
	public String describe() {
		return ResultTexts.describe(this);
	}
}
