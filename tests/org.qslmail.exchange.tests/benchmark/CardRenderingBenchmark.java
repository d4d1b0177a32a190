import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
		run(renderer, cards.subList(0, Math.min(200, count)), 1, false); // warm-up
		run(renderer, cards.subList(0, Math.min(50, count)), 1, true);
		System.out.printf("load average before: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		int cores = Runtime.getRuntime().availableProcessors();
		for (int threads : new int[] { 1, cores }) {
			CPU.set(0);
			long start = System.nanoTime();
			long bytes = run(renderer, cards, threads, false);
			double seconds = (System.nanoTime() - start) / 1e9;
			double cpuMs = CPU.get() / 1e6 / count;
			System.out.printf("%d threads: %,d cards in %.2f s = %.0f cards/s; CPU %.2f ms per card (= %.0f cards/s per idle core); average JPEG %,d bytes%n",
					threads, count, seconds, count / seconds, cpuMs, 1000 / cpuMs, bytes / count);
		}
		// The way cards were written before (whole card through a new ImageIO writer), for comparison.
		List<CardData> some = cards.subList(0, Math.min(300, count));
		CPU.set(0);
		long start = System.nanoTime();
		run(renderer, some, 1, true);
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuMs = CPU.get() / 1e6 / some.size();
		System.out.printf("before (whole card, ImageIO per card), 1 thread: %,d cards in %.2f s = %.0f cards/s; CPU %.2f ms per card (= %.0f cards/s per idle core)%n",
				some.size(), seconds, some.size() / seconds, cpuMs, 1000 / cpuMs);
		System.out.printf("load average after: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private static final AtomicLong CPU = new AtomicLong();

	private static void whole(CardRenderer renderer, CardData card, OutputStream out) throws Exception {
		java.awt.image.BufferedImage image = renderer.render(card);
		javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
		try (javax.imageio.stream.ImageOutputStream stream = javax.imageio.ImageIO.createImageOutputStream(out)) {
			javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(CardRenderer.JPEG_QUALITY);
			writer.setOutput(stream);
			writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
		} finally {
			writer.dispose();
		}
	}

	private static long run(CardRenderer renderer, List<CardData> cards, int threads, boolean before) throws Exception {
		AtomicLong bytes = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			int slice = (cards.size() + threads - 1) / threads;
			for (int t = 0; t < threads; t++) {
				List<CardData> part = cards.subList(Math.min(cards.size(), t * slice), Math.min(cards.size(), (t + 1) * slice));
				done.add(pool.submit(() -> {
					ThreadMXBean mx = ManagementFactory.getThreadMXBean();
					long cpu = mx.getCurrentThreadCpuTime();
					for (CardData card : part) {
						CountingStream out = new CountingStream();
						if (before) {
							whole(renderer, card, out);
						} else {
							renderer.writeJpeg(card, out);
						}
						bytes.addAndGet(out.count);
					}
					CPU.addAndGet(mx.getCurrentThreadCpuTime() - cpu);
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
