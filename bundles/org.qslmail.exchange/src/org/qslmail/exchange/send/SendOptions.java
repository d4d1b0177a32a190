package org.qslmail.exchange.send;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.qslmail.core.Callsign;
import org.qslmail.core.MarkRule;

/**
 * What a send run does.
 *
 * @param ownCall   our call for QSOs that do not name a station call
 * @param since     only QSOs from this UTC date on
 * @param force     also QSOs whose sent mark is set (sends again), and cards an earlier run left uncertain
 * @param rate      the rate limit
 * @param sentMark  the rule for the sent (2nd) position of the QSL column
 * @param remarks   the text of the card's {@code remarks} field
 * @param journal   the send journal (see docs/exchange-send.md)
 * @param markBatch how many accepted cards are marked in one log transaction
 */
public record SendOptions(Optional<Callsign> ownCall, Optional<LocalDate> since, boolean force, RateLimit rate,
		MarkRule sentMark, String remarks, Path journal, int markBatch) {

	/** hQSL's example: E for an e-QSL sent, W where another mark (a paper card) was there before. */
	public static final String DEFAULT_SENT_MARK = "E;E=E;W=W"; //$NON-NLS-1$
	public static final String DEFAULT_REMARKS = "TNX QSO 73"; //$NON-NLS-1$
	public static final int DEFAULT_MARK_BATCH = 20;

	public SendOptions {
		Objects.requireNonNull(ownCall);
		Objects.requireNonNull(since);
		Objects.requireNonNull(rate);
		Objects.requireNonNull(sentMark);
		Objects.requireNonNull(remarks);
		Objects.requireNonNull(journal);
		if (markBatch < 1) {
			throw new IllegalArgumentException("markBatch"); //$NON-NLS-1$
		}
	}

	/** Defaults: blank sent marks only, no rate limit, the default mark rule and remarks. */
	public static SendOptions defaults(Path journal) {
		return new SendOptions(Optional.empty(), Optional.empty(), false, RateLimit.NONE, MarkRule.parse(DEFAULT_SENT_MARK),
				DEFAULT_REMARKS, journal, DEFAULT_MARK_BATCH);
	}

	public SendOptions withOwnCall(Callsign call) {
		return new SendOptions(Optional.ofNullable(call), since, force, rate, sentMark, remarks, journal, markBatch);
	}

	public SendOptions withSince(LocalDate date) {
		return new SendOptions(ownCall, Optional.ofNullable(date), force, rate, sentMark, remarks, journal, markBatch);
	}

	public SendOptions withForce(boolean value) {
		return new SendOptions(ownCall, since, value, rate, sentMark, remarks, journal, markBatch);
	}

	public SendOptions withRate(RateLimit value) {
		return new SendOptions(ownCall, since, force, value, sentMark, remarks, journal, markBatch);
	}

	public SendOptions withSentMark(MarkRule value) {
		return new SendOptions(ownCall, since, force, rate, value, remarks, journal, markBatch);
	}

	public SendOptions withMarkBatch(int value) {
		return new SendOptions(ownCall, since, force, rate, sentMark, remarks, journal, value);
	}
}
