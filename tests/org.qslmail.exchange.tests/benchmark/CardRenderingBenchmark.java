import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.exchange.card.CardData;
import org.qslmail.exchange.card.CardRenderer;
import org.qslmail.exchange.card.CardTemplates;

/**
 * Renders cards of the built-in design to JPEG (bytes counted, not written) on 1 thread and on all cores.
 * Run by releng/scripts/benchmark.sh cards; with a folder argument it also writes one example card there.
 */
public final class CardRenderingBenchmark {

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
		CardRenderer renderer = new CardRenderer(CardTemplates.defaultTemplate());
		List<CardData> cards = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String call = "JA" + (1 + i % 9) + (char) ('A' + i % 26) + (char) ('A' + (i / 26) % 26) + (char) ('A' + (i / 676) % 26);
			String record = "<CALL:" + call.length() + ">" + call + " <QSO_DATE:8>20250101 <TIME_ON:4>0830 <BAND:3>40m <MODE:2>CW <RST_SENT:3>599 <EOR>";
			cards.add(new CardData(Callsign.parse("JA1ZZZ"), Callsign.parse(call), Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i * 60L),
					Optional.of(Band.B40M), Optional.empty(), "CW", "599", "TNX QSO 73", i % 3 == 0, record));
		}
		if (args.length > 1) {
			Files.write(Path.of(args[1]), renderer.renderJpeg(cards.get(0)));
		}
		run(renderer, cards.subList(0, Math.min(200, count)), 1); // warm-up
		int cores = Runtime.getRuntime().availableProcessors();
		for (int threads : new int[] { 1, cores }) {
			long start = System.nanoTime();
			long bytes = run(renderer, cards, threads);
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("%d threads: %,d cards in %.2f s = %.0f cards/s, average JPEG %,d bytes%n", threads, count,
					seconds, count / seconds, bytes / count);
		}
	}

	private static long run(CardRenderer renderer, List<CardData> cards, int threads) throws Exception {
		AtomicLong bytes = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			int slice = (cards.size() + threads - 1) / threads;
			for (int t = 0; t < threads; t++) {
				List<CardData> part = cards.subList(Math.min(cards.size(), t * slice), Math.min(cards.size(), (t + 1) * slice));
				done.add(pool.submit(() -> {
					for (CardData card : part) {
						CountingStream out = new CountingStream();
						renderer.writeJpeg(card, out);
						bytes.addAndGet(out.count);
					}
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		} finally {
			pool.shutdown();
		}
		return bytes.get();
	}

	private static final class CountingStream extends OutputStream {
		long count;

		@Override
		public void write(int b) {
			count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			count += len;
		}
	}
}
