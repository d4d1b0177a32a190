package org.qslmail.log;

import java.time.Instant;
import java.util.Optional;

import org.qslmail.core.Band;

/**
 * Which QSOs a listing, count or export covers. Empty parts match everything.
 *
 * @param call  a call, or its start followed by {@code *} (case is ignored)
 * @param band  the band
 * @param mode  the ADIF mode (or a free-text mode as imported)
 * @param from  the first instant, inclusive
 * @param to    the last instant, exclusive
 * @param qsl   the QSL state
 */
public record QsoFilter(Optional<String> call, Optional<Band> band, Optional<String> mode, Optional<Instant> from,
		Optional<Instant> to, QslState qsl) {

	/** QSL states for filtering. */
	public enum QslState {
		ANY, NOT_SENT, SENT, NOT_RECEIVED, RECEIVED
	}

	public static final QsoFilter ALL = new QsoFilter(Optional.empty(), Optional.empty(), Optional.empty(),
			Optional.empty(), Optional.empty(), QslState.ANY);

	public QsoFilter withCall(String value) {
		return new QsoFilter(Optional.ofNullable(value).filter(s -> !s.isBlank()), band, mode, from, to, qsl);
	}

	public QsoFilter withBand(Band value) {
		return new QsoFilter(call, Optional.ofNullable(value), mode, from, to, qsl);
	}

	public QsoFilter withMode(String value) {
		return new QsoFilter(call, band, Optional.ofNullable(value).filter(s -> !s.isBlank()), from, to, qsl);
	}

	public QsoFilter withRange(Instant start, Instant end) {
		return new QsoFilter(call, band, mode, Optional.ofNullable(start), Optional.ofNullable(end), qsl);
	}

	public QsoFilter withQsl(QslState value) {
		return new QsoFilter(call, band, mode, from, to, value);
	}
}
