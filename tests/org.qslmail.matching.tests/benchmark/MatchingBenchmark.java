import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.LogZone;
import org.qslmail.core.QslColumn;
import org.qslmail.matching.CardMatcher;
import org.qslmail.matching.CardOrigin;
import org.qslmail.matching.LoggedQso;
import org.qslmail.matching.MatchResult;
import org.qslmail.matching.MatchRules;
import org.qslmail.matching.QsoList;
import org.qslmail.matching.ReceivedCard;

/**
 * 100,000 cards against a 1,000,000-QSO log: the matcher beside a bare hash join of the same records
 * (same call, within the window, same band and mode; no reasons, no assignment). Run by
 * releng/scripts/benchmark.sh matching.
 */
public final class MatchingBenchmark {

	private static final Band[] BANDS = { Band.B160M, Band.B80M, Band.B40M, Band.B30M, Band.B20M, Band.B17M,
			Band.B15M, Band.B12M, Band.B10M, Band.B6M, Band.B2M, Band.B70CM };
	private static final String[] MODES = { "CW", "SSB", "FT8", "FM", "RTTY" };

	public static void main(String[] args) {
		int qsoCount = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int cardCount = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
		Random random = new Random(20261122);
		List<String> calls = new ArrayList<>();
		for (int i = 0; i < 60_000; i++) {
			calls.add("J" + (char) ('A' + random.nextInt(19)) + random.nextInt(10) + (char) ('A' + random.nextInt(26))
					+ (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)));
		}
		List<Callsign> parsed = calls.stream().distinct().map(Callsign::parse).toList();
		Instant start = Instant.parse("2020-01-01T00:00:00Z");
		List<LoggedQso> log = new ArrayList<>(qsoCount);
		for (int i = 0; i < qsoCount; i++) {
			log.add(new LoggedQso(i + 1, parsed.get(random.nextInt(parsed.size())),
					start.plusSeconds(random.nextInt(5 * 365 * 24 * 3600)), Optional.of(BANDS[random.nextInt(BANDS.length)]),
					MODES[random.nextInt(MODES.length)], Optional.empty(), QslColumn.EMPTY, random.nextInt(4) == 0));
		}
		List<ReceivedCard> cards = new ArrayList<>(cardCount);
		CardOrigin origin = new CardOrigin(CardOrigin.Kind.CARD_FILE, "benchmark", 0);
		for (int i = 0; i < cardCount; i++) {
			LoggedQso qso = log.get(random.nextInt(log.size()));
			boolean noise = random.nextInt(10) == 0; // one card in ten fits no QSO
			Instant time = qso.time().plusSeconds(noise ? 3600 + random.nextInt(7200) : random.nextInt(600) - 300);
			cards.add(new ReceivedCard(qso.call(), Optional.empty(), time, LogZone.JST, qso.band(), qso.mode(),
					Optional.empty(), origin));
		}
		QsoList source = new QsoList(log);
		long window = MatchRules.DEFAULT.window().toMillis();

		for (int warmup = 0; warmup < 3; warmup++) {
			CardMatcher.match(cards, source, MatchRules.DEFAULT, new NullProgressMonitor());
			hashJoin(cards, log, window);
		}
		System.gc();
		resetPeaks();
		long heapBefore = usedHeap();
		var threads = ManagementFactory.getThreadMXBean();
		long c0 = threads.getCurrentThreadCpuTime();
		long t0 = System.nanoTime();
		List<MatchResult> results = CardMatcher.match(cards, source, MatchRules.DEFAULT, new NullProgressMonitor());
		long matcherNanos = System.nanoTime() - t0;
		long matcherCpu = threads.getCurrentThreadCpuTime() - c0;
		long matcherPeak = peakHeap() - heapBefore;
		long ok = results.stream().filter(MatchResult::isOk).count();

		c0 = threads.getCurrentThreadCpuTime();
		t0 = System.nanoTime();
		long joined = hashJoin(cards, log, window);
		long joinNanos = System.nanoTime() - t0;
		long joinCpu = threads.getCurrentThreadCpuTime() - c0;

		System.out.printf("QSOs %,d, cards %,d (about 10%% without a QSO)%n", qsoCount, cardCount);
		System.out.printf("matcher:   %,d ms (thread CPU %,d ms), %,d cards OK, peak heap above the data %,d MB%n",
				matcherNanos / 1_000_000, matcherCpu / 1_000_000, ok, matcherPeak / (1 << 20));
		System.out.printf("hash join: %,d ms (thread CPU %,d ms), %,d fitting pairs%n", joinNanos / 1_000_000,
				joinCpu / 1_000_000, joined);
		System.out.printf("matcher / hash join: %.2f%n", (double) matcherNanos / joinNanos);
	}

	/** The least work that finds the fitting pairs: cards hashed by call, the log scanned once. */
	private static long hashJoin(List<ReceivedCard> cards, List<LoggedQso> log, long window) {
		Map<String, List<ReceivedCard>> byCall = new HashMap<>();
		for (ReceivedCard card : cards) {
			byCall.computeIfAbsent(card.sender().text(), k -> new ArrayList<>(1)).add(card);
		}
		long pairs = 0;
		for (LoggedQso qso : log) {
			List<ReceivedCard> same = byCall.get(qso.call().text());
			if (same == null) {
				continue;
			}
			for (ReceivedCard card : same) {
				if (Math.abs(card.time().toEpochMilli() - qso.time().toEpochMilli()) <= window
						&& card.band().equals(qso.band()) && card.mode().equals(qso.mode())) {
					pairs++;
				}
			}
		}
		return pairs;
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
				.mapToLong(p -> p.getPeakUsage().getUsed()).sum();
	}

	private static long usedHeap() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
