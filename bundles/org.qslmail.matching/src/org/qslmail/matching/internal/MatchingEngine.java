package org.qslmail.matching.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.matching.LoggedQso;
import org.qslmail.matching.MatchResult;
import org.qslmail.matching.MatchRules;
import org.qslmail.matching.MatchState;
import org.qslmail.matching.NgReason;
import org.qslmail.matching.QsoSource;
import org.qslmail.matching.ReceivedCard;

/**
 * One matching run: index the cards by call, read the log once, then hand out QSOs to cards in order of
 * their time difference. See {@link org.qslmail.matching.CardMatcher} for the rules.
 */
public final class MatchingEngine {

	/** What one card has seen of the log. */
	private static final class CardState {
		final ReceivedCard card;
		final int index;
		LoggedQso nearest;
		long nearestMillis = Long.MAX_VALUE;
		LoggedQso bandMiss;
		long bandMissMillis = Long.MAX_VALUE;
		LoggedQso modeMiss;
		long modeMissMillis = Long.MAX_VALUE;
		final List<Candidate> candidates = new ArrayList<>(1);

		CardState(ReceivedCard card, int index) {
			this.card = card;
			this.index = index;
		}
	}

	private record Candidate(CardState card, LoggedQso qso, long offsetMillis) {
		long distance() {
			return Math.abs(offsetMillis);
		}
	}

	private final MatchRules rules;
	private final boolean baseCalls;
	private final long windowMillis;
	private final List<CardState> cards = new ArrayList<>();
	private final Map<String, List<CardState>> cardsByCall = new HashMap<>();

	public MatchingEngine(List<ReceivedCard> cards, MatchRules rules) {
		this.rules = rules;
		this.baseCalls = rules.callsigns() == MatchRules.CallsignMatching.BASE_CALL;
		this.windowMillis = rules.window().toMillis();
		for (ReceivedCard card : cards) {
			CardState state = new CardState(card, this.cards.size());
			this.cards.add(state);
			cardsByCall.computeIfAbsent(key(card.sender()), k -> new ArrayList<>(1)).add(state);
		}
	}

	private String key(Callsign call) {
		return baseCalls ? call.base() : call.text();
	}

	public List<MatchResult> run(QsoSource log, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.MatchingEngine_task, 10);
		log.forEachWithCall(cardsByCall.keySet(), baseCalls, this::see, progress.split(9));
		progress.split(1);
		// By identity: a record's hashCode walks all its fields, which costs more than the match itself.
		Set<LoggedQso> taken = Collections.newSetFromMap(new IdentityHashMap<>());
		Map<CardState, Candidate> assigned = new HashMap<>();
		Set<CardState> ambiguous = findAmbiguous();
		List<Candidate> pairs = new ArrayList<>();
		for (CardState card : cards) {
			if (!ambiguous.contains(card)) {
				pairs.addAll(card.candidates);
			}
		}
		pairs.sort(Comparator.comparingLong(Candidate::distance).thenComparingInt(c -> c.card().index)
				.thenComparingLong(c -> c.qso().id()));
		for (Candidate pair : pairs) {
			if (!assigned.containsKey(pair.card()) && !taken.contains(pair.qso())) {
				assigned.put(pair.card(), pair);
				taken.add(pair.qso());
			}
		}
		List<MatchResult> results = new ArrayList<>(cards.size());
		for (CardState card : cards) {
			results.add(result(card, assigned.get(card), ambiguous.contains(card)));
		}
		return results;
	}

	/** Called once for each QSO of the log with a call of some card. */
	private void see(LoggedQso qso) {
		List<CardState> sameCall = cardsByCall.get(key(qso.call()));
		if (sameCall == null) {
			return;
		}
		for (CardState card : sameCall) {
			long offset = card.card.time().toEpochMilli() - qso.time().toEpochMilli();
			long distance = Math.abs(offset);
			if (distance < card.nearestMillis) {
				card.nearest = qso;
				card.nearestMillis = distance;
			}
			if (distance > windowMillis) {
				continue;
			}
			if (!sameBand(card.card, qso)) {
				if (distance < card.bandMissMillis) {
					card.bandMiss = qso;
					card.bandMissMillis = distance;
				}
			} else if (!sameMode(card.card, qso)) {
				if (distance < card.modeMissMillis) {
					card.modeMiss = qso;
					card.modeMissMillis = distance;
				}
			} else {
				card.candidates.add(new Candidate(card, qso, offset));
			}
		}
	}

	private static boolean sameBand(ReceivedCard card, LoggedQso qso) {
		Optional<Band> cardBand = card.band();
		Optional<Band> logBand = qso.band();
		// A side without a band cannot contradict the other.
		return cardBand.isEmpty() || logBand.isEmpty() || cardBand.get() == logBand.get();
	}

	private boolean sameMode(ReceivedCard card, LoggedQso qso) {
		String mode = card.mode();
		if (rules.modes() == MatchRules.ModeMatching.GROUP) {
			return rules.aliases().sameGroup(mode, qso.mode())
					|| qso.submode().map(sub -> rules.aliases().sameGroup(mode, sub)).orElse(false);
		}
		return rules.aliases().sameMode(mode, qso.mode())
				|| qso.submode().map(sub -> rules.aliases().sameMode(mode, sub)).orElse(false);
	}

	/** Cards whose best time difference is shared by two or more QSOs: only the user can tell which. */
	private Set<CardState> findAmbiguous() {
		Set<CardState> ambiguous = new HashSet<>();
		for (CardState card : cards) {
			if (card.candidates.size() < 2) {
				continue;
			}
			long best = card.candidates.stream().mapToLong(Candidate::distance).min().orElseThrow();
			if (card.candidates.stream().filter(c -> c.distance() == best).count() > 1) {
				ambiguous.add(card);
			}
		}
		return ambiguous;
	}

	private static MatchResult result(CardState card, Candidate match, boolean ambiguous) {
		if (match != null) {
			MatchState state = match.qso().received() ? MatchState.OK_RECEIVED : MatchState.OK_UNMARKED;
			return new MatchResult(card.card, state, Optional.empty(), Optional.of(match.qso()),
					Optional.of(Duration.ofMillis(match.offsetMillis())));
		}
		if (ambiguous) {
			Candidate first = card.candidates.stream().min(Comparator.comparingLong(Candidate::distance)).orElseThrow();
			return ng(card, NgReason.SEVERAL_CANDIDATES, first.qso());
		}
		if (!card.candidates.isEmpty()) {
			Candidate best = card.candidates.stream().min(Comparator.comparingLong(Candidate::distance)).orElseThrow();
			return ng(card, NgReason.QSO_TAKEN_BY_OTHER_CARD, best.qso());
		}
		if (card.nearest == null) {
			return new MatchResult(card.card, MatchState.NG, Optional.of(NgReason.NO_QSO_WITH_CALL), Optional.empty(),
					Optional.empty());
		}
		// A QSO that agrees on band but not mode is closer to the card than one on another band.
		if (card.modeMiss != null) {
			return ng(card, NgReason.MODE_DIFFERS, card.modeMiss);
		}
		if (card.bandMiss != null) {
			return ng(card, NgReason.BAND_DIFFERS, card.bandMiss);
		}
		return ng(card, NgReason.TIME_OFF, card.nearest);
	}

	private static MatchResult ng(CardState card, NgReason reason, LoggedQso qso) {
		return new MatchResult(card.card, MatchState.NG, Optional.of(reason), Optional.of(qso),
				Optional.of(Duration.ofMillis(card.card.time().toEpochMilli() - qso.time().toEpochMilli())));
	}
}
