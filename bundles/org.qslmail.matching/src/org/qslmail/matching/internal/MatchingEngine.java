package org.qslmail.matching.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.InvalidInputException;
import org.qslmail.core.Mode;
import org.qslmail.core.ModeAliases;
import org.qslmail.core.ModeGroup;
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
 * <p>
 * Layout, for speed (profiled: the join of the log against the cards is memory-bound): the cards are
 * renumbered so that the cards of one call lie next to each other, and what a card has seen of the log is
 * kept in primitive arrays indexed by that number, so the inner loop reads one {@code long} per card and
 * touches no card object. A call's entry in the hash index is just the range of its cards. Only the rare
 * QSOs within the window go on to the band and mode tests, with modes resolved once per distinct spelling.
 */
public final class MatchingEngine {

	/** The cards of one call: positions {@code [start, end)}. */
	private static final class Group {
		final int start;
		int end;

		Group(int start) {
			this.start = start;
			this.end = start;
		}
	}

	/** A QSO that fits a card on every rule. */
	private record Candidate(int position, int cardIndex, LoggedQso qso, long offsetMillis) {
		long distance() {
			return Math.abs(offsetMillis);
		}
	}

	/** Smallest time difference first, then the card's order, then the log's id: the same every run. */
	private static final Comparator<Candidate> BEST_FIRST = (a, b) -> {
		int c = Long.compare(a.distance(), b.distance());
		if (c != 0) {
			return c;
		}
		c = Integer.compare(a.cardIndex, b.cardIndex);
		return c != 0 ? c : Long.compare(a.qso.id(), b.qso.id());
	};

	private final MatchRules rules;
	private final boolean baseCalls;
	private final boolean byGroup;
	private final long windowMillis;
	private final Map<String, Group> groups;

	// Per card, by position (cards of one call adjacent).
	private final ReceivedCard[] card;
	private final int[] cardIndex;
	private final long[] cardMillis;
	private final String[] cardMode;
	private final Optional<ModeGroup>[] cardGroup;
	private final long[] nearestMillis;
	private final LoggedQso[] nearest;
	private final long[] bandMissMillis;
	private final LoggedQso[] bandMiss;
	private final long[] modeMissMillis;
	private final LoggedQso[] modeMiss;
	private final List<Candidate>[] candidates;
	private final int[] positionOfCard;

	/** Canonical spelling of each mode text seen in the log, after the aliases. */
	private final Map<String, String> canonical = new HashMap<>();
	private final Map<String, Optional<ModeGroup>> groupOf = new HashMap<>();

	@SuppressWarnings("unchecked")
	public MatchingEngine(List<ReceivedCard> cards, MatchRules rules) {
		this.rules = rules;
		this.baseCalls = rules.callsigns() == MatchRules.CallsignMatching.BASE_CALL;
		this.byGroup = rules.modes() == MatchRules.ModeMatching.GROUP;
		this.windowMillis = rules.window().toMillis();
		int n = cards.size();
		// Count the cards of each call, then give each call its range.
		Map<String, int[]> counts = new HashMap<>(Math.max(16, n * 4 / 3 + 1));
		String[] keys = new String[n];
		for (int i = 0; i < n; i++) {
			keys[i] = key(cards.get(i).sender());
			counts.computeIfAbsent(keys[i], k -> new int[1])[0]++;
		}
		groups = new HashMap<>(Math.max(16, counts.size() * 4 / 3 + 1));
		int next = 0;
		for (Map.Entry<String, int[]> e : counts.entrySet()) {
			groups.put(e.getKey(), new Group(next));
			next += e.getValue()[0];
		}
		card = new ReceivedCard[n];
		cardIndex = new int[n];
		cardMillis = new long[n];
		cardMode = new String[n];
		cardGroup = new Optional[n];
		nearestMillis = new long[n];
		nearest = new LoggedQso[n];
		bandMissMillis = new long[n];
		bandMiss = new LoggedQso[n];
		modeMissMillis = new long[n];
		modeMiss = new LoggedQso[n];
		candidates = new List[n];
		positionOfCard = new int[n];
		for (int i = 0; i < n; i++) {
			Group g = groups.get(keys[i]);
			int p = g.end++;
			ReceivedCard c = cards.get(i);
			card[p] = c;
			cardIndex[p] = i;
			positionOfCard[i] = p;
			cardMillis[p] = c.time().toEpochMilli();
			cardMode[p] = canonical(c.mode());
			cardGroup[p] = byGroup ? group(cardMode[p]) : Optional.empty();
		}
		java.util.Arrays.fill(nearestMillis, Long.MAX_VALUE);
		java.util.Arrays.fill(bandMissMillis, Long.MAX_VALUE);
		java.util.Arrays.fill(modeMissMillis, Long.MAX_VALUE);
	}

	private String key(Callsign call) {
		return baseCalls ? call.base() : call.text();
	}

	public List<MatchResult> run(QsoSource log, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.MatchingEngine_task, 10);
		log.forEachWithCall(Collections.unmodifiableSet(groups.keySet()), baseCalls, this::see, progress.split(9));
		progress.split(1);
		int n = card.length;
		boolean[] ambiguous = findAmbiguous();
		List<Candidate> pairs = new ArrayList<>(n);
		for (int p = 0; p < n; p++) {
			if (!ambiguous[p] && candidates[p] != null) {
				pairs.addAll(candidates[p]);
			}
		}
		pairs.sort(BEST_FIRST);
		// By identity: a record's hashCode walks all its fields, which costs more than the match itself.
		Set<LoggedQso> taken = Collections.newSetFromMap(new IdentityHashMap<>(pairs.size()));
		Candidate[] assigned = new Candidate[n];
		for (Candidate pair : pairs) {
			if (assigned[pair.position] == null && taken.add(pair.qso)) {
				assigned[pair.position] = pair;
			}
		}
		List<MatchResult> results = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			int p = positionOfCard[i];
			results.add(result(p, assigned[p], ambiguous[p]));
		}
		return results;
	}

	/** Called once for each QSO of the log with a call of some card (and maybe others, which are ignored). */
	private void see(LoggedQso qso) {
		Group g = groups.get(key(qso.call()));
		if (g == null) {
			return;
		}
		long qsoMillis = qso.time().toEpochMilli();
		for (int p = g.start; p < g.end; p++) {
			long offset = cardMillis[p] - qsoMillis;
			long distance = Math.abs(offset);
			if (distance < nearestMillis[p]) {
				nearest[p] = qso;
				nearestMillis[p] = distance;
			}
			if (distance <= windowMillis) {
				within(p, qso, offset, distance);
			}
		}
	}

	/** The rare case: the QSO is within the window of card {@code p}. */
	private void within(int p, LoggedQso qso, long offset, long distance) {
		if (!sameBand(card[p], qso)) {
			if (distance < bandMissMillis[p]) {
				bandMiss[p] = qso;
				bandMissMillis[p] = distance;
			}
		} else if (!sameMode(p, qso)) {
			if (distance < modeMissMillis[p]) {
				modeMiss[p] = qso;
				modeMissMillis[p] = distance;
			}
		} else {
			if (candidates[p] == null) {
				candidates[p] = new ArrayList<>(2);
			}
			candidates[p].add(new Candidate(p, cardIndex[p], qso, offset));
		}
	}

	private static boolean sameBand(ReceivedCard card, LoggedQso qso) {
		Optional<Band> cardBand = card.band();
		Optional<Band> logBand = qso.band();
		// A side without a band cannot contradict the other.
		return cardBand.isEmpty() || logBand.isEmpty() || cardBand.get() == logBand.get();
	}

	/** As {@link ModeAliases#sameMode} or {@link ModeAliases#sameGroup}, with each spelling resolved once. */
	private boolean sameMode(int p, LoggedQso qso) {
		if (sameMode(p, qso.mode())) {
			return true;
		}
		return qso.submode().isPresent() && sameMode(p, qso.submode().get());
	}

	private boolean sameMode(int p, String logged) {
		String a = cardMode[p];
		String b = canonical(logged);
		if (!byGroup || a.isEmpty() || b.isEmpty()) {
			return a.equals(b);
		}
		Optional<ModeGroup> groupA = cardGroup[p];
		Optional<ModeGroup> groupB = group(b);
		if (groupA.isPresent() && groupB.isPresent()) {
			return groupA.get() == groupB.get();
		}
		return a.equals(b);
	}

	private String canonical(String mode) {
		String text = mode == null ? "" : mode; //$NON-NLS-1$
		String known = canonical.get(text);
		if (known == null) {
			known = rules.aliases().canonical(text);
			canonical.put(text, known);
		}
		return known;
	}

	private Optional<ModeGroup> group(String canonicalMode) {
		Optional<ModeGroup> known = groupOf.get(canonicalMode);
		if (known == null) {
			try {
				known = canonicalMode.isEmpty() ? Optional.empty() : Mode.parse(canonicalMode).group();
			} catch (InvalidInputException e) {
				known = Optional.empty(); // not a mode of any group: compared as text
			}
			groupOf.put(canonicalMode, known);
		}
		return known;
	}

	/** Cards whose best time difference is shared by two or more QSOs: only the user can tell which. */
	private boolean[] findAmbiguous() {
		boolean[] ambiguous = new boolean[card.length];
		for (int p = 0; p < card.length; p++) {
			List<Candidate> list = candidates[p];
			if (list == null || list.size() < 2) {
				continue;
			}
			long best = Long.MAX_VALUE;
			int atBest = 0;
			for (Candidate c : list) {
				long d = c.distance();
				if (d < best) {
					best = d;
					atBest = 1;
				} else if (d == best) {
					atBest++;
				}
			}
			ambiguous[p] = atBest > 1;
		}
		return ambiguous;
	}

	private MatchResult result(int p, Candidate match, boolean ambiguous) {
		ReceivedCard c = card[p];
		if (match != null) {
			MatchState state = match.qso().received() ? MatchState.OK_RECEIVED : MatchState.OK_UNMARKED;
			return new MatchResult(c, state, Optional.empty(), Optional.of(match.qso()),
					Optional.of(Duration.ofMillis(match.offsetMillis())));
		}
		List<Candidate> list = candidates[p];
		if (list != null) {
			Candidate best = list.stream().min(Comparator.comparingLong(Candidate::distance)).orElseThrow();
			return ng(p, ambiguous ? NgReason.SEVERAL_CANDIDATES : NgReason.QSO_TAKEN_BY_OTHER_CARD, best.qso());
		}
		if (nearest[p] == null) {
			return new MatchResult(c, MatchState.NG, Optional.of(NgReason.NO_QSO_WITH_CALL), Optional.empty(),
					Optional.empty());
		}
		// A QSO that agrees on band but not mode is closer to the card than one on another band.
		if (modeMiss[p] != null) {
			return ng(p, NgReason.MODE_DIFFERS, modeMiss[p]);
		}
		if (bandMiss[p] != null) {
			return ng(p, NgReason.BAND_DIFFERS, bandMiss[p]);
		}
		return ng(p, NgReason.TIME_OFF, nearest[p]);
	}

	private MatchResult ng(int p, NgReason reason, LoggedQso qso) {
		return new MatchResult(card[p], MatchState.NG, Optional.of(reason), Optional.of(qso),
				Optional.of(Duration.ofMillis(cardMillis[p] - qso.time().toEpochMilli())));
	}
}
