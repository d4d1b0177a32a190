import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.LogZone;
import org.qslmail.log.ImportOptions;
import org.qslmail.log.QsoStore;
import org.qslmail.matching.CardMatcher;
import org.qslmail.matching.CardOrigin;
import org.qslmail.matching.MatchResult;
import org.qslmail.matching.MatchRules;
import org.qslmail.matching.ReceivedCard;
import org.qslmail.matching.StoreQsoSource;

/**
 * Cards against the real embedded log store ({@link StoreQsoSource}: one indexed lookup per card call), beside
 * the same cards against the whole log scanned month by month (the base-call path). Run by
 * releng/scripts/benchmark.sh matching-store [QSOS] [CARDS].
 */
public final class StoreMatchingBenchmark {

	private static final String[] BANDS = { "160m", "80m", "40m", "20m", "15m", "10m", "6m", "2m", "70cm" };
	private static final String[] MODES = { "CW", "SSB", "FT8", "FM", "RTTY" };
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

	public static void main(String[] args) throws Exception {
		int qsoCount = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int cardCount = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
		Random random = new Random(20261122);
		List<String> calls = new ArrayList<>();
		for (int i = 0; i < Math.max(100, qsoCount / 16); i++) {
			calls.add("J" + (char) ('A' + random.nextInt(19)) + random.nextInt(10) + (char) ('A' + random.nextInt(26))
					+ (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)));
		}
		Path folder = Files.createTempDirectory("qslmail-store-bench");
		Path adi = folder.resolve("log.adi");
		Instant start = Instant.parse("2020-01-01T00:00:00Z");
		List<String[]> picked = new ArrayList<>();
		try (BufferedWriter w = Files.newBufferedWriter(adi, StandardCharsets.US_ASCII)) {
			w.write("benchmark\n<EOH>\n");
			for (int i = 0; i < qsoCount; i++) {
				String call = calls.get(random.nextInt(calls.size()));
				var t = start.plusSeconds(60L * random.nextInt(5 * 365 * 24 * 60)).atOffset(ZoneOffset.UTC);
				String band = BANDS[random.nextInt(BANDS.length)];
				String mode = MODES[random.nextInt(MODES.length)];
				w.write(f("CALL", call) + f("QSO_DATE", DATE.format(t)) + f("TIME_ON", TIME.format(t)) + f("BAND", band)
						+ f("MODE", mode) + "<EOR>\n");
				if (picked.size() < cardCount * 4) {
					picked.add(new String[] { call, t.toInstant().toString(), band, mode });
				}
			}
		}
		long t0 = System.nanoTime();
		try (QsoStore store = QsoStore.open(folder.resolve("log"))) {
			store.importFile(adi, ImportOptions.defaults(), new NullProgressMonitor());
			long importMillis = (System.nanoTime() - t0) / 1_000_000;
			List<ReceivedCard> cards = new ArrayList<>(cardCount);
			CardOrigin origin = new CardOrigin(CardOrigin.Kind.CARD_FILE, "benchmark", 0);
			for (int i = 0; i < cardCount; i++) {
				String[] q = picked.get(random.nextInt(picked.size()));
				boolean noise = random.nextInt(10) == 0;
				Instant time = Instant.parse(q[1]).plusSeconds(noise ? 3600 + random.nextInt(7200) : random.nextInt(600) - 300);
				cards.add(new ReceivedCard(Callsign.parse(q[0]), Optional.empty(), time, LogZone.JST,
						Band.ofAdif(q[2]), q[3], Optional.empty(), origin));
			}
			StoreQsoSource source = new StoreQsoSource(store);
			CardMatcher.match(cards, source, MatchRules.DEFAULT, new NullProgressMonitor()); // warm-up
			t0 = System.nanoTime();
			List<MatchResult> exact = CardMatcher.match(cards, source, MatchRules.DEFAULT, new NullProgressMonitor());
			long exactMillis = (System.nanoTime() - t0) / 1_000_000;
			MatchRules base = MatchRules.DEFAULT.withCallsigns(MatchRules.CallsignMatching.BASE_CALL);
			t0 = System.nanoTime();
			List<MatchResult> scanned = CardMatcher.match(cards, source, base, new NullProgressMonitor());
			long scanMillis = (System.nanoTime() - t0) / 1_000_000;
			System.out.printf("QSOs %,d in the store (import %,d ms), cards %,d with %,d calls%n", qsoCount, importMillis,
					cardCount, cards.stream().map(c -> c.sender().text()).distinct().count());
			System.out.printf("exact calls (indexed lookups): %,d ms, %,d cards OK%n", exactMillis,
					exact.stream().filter(MatchResult::isOk).count());
			System.out.printf("base calls (whole log, month by month): %,d ms, %,d cards OK%n", scanMillis,
					scanned.stream().filter(MatchResult::isOk).count());
		} finally {
			try (Stream<Path> files = Files.walk(folder)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static String f(String name, String value) {
		return "<" + name + ":" + value.length() + ">" + value;
	}
}
