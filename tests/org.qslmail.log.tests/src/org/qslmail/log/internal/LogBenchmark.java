package org.qslmail.log.internal;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.qslmail.log.ImportOptions;
import org.qslmail.log.ImportSummary;
import org.qslmail.log.QsoFilter;
import org.qslmail.log.QsoStore;

/**
 * The QSO log benchmark (run by {@code releng/scripts/benchmark-log.sh}, results in docs/benchmarks.md):
 * generates an ADIF file of N QSOs (default 1,000,000), parses it without storing, then imports it into a new
 * store, and prints QSOs/s, MB/s and the peak heap in use (sampled every 5 ms) of each phase, with the machine's load average beside them
 * (the benchmark machine is shared). With a third argument {@code reimport} it also imports the file a second
 * time and checks that every record is found as a duplicate.
 */
public final class LogBenchmark {

	private LogBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("qslmail-bench");
		Files.createDirectories(work);
		Path file = work.resolve("bench-" + count + ".adi");
		if (!Files.exists(file)) {
			LogGenerator.write(file, count, 20261122L);
		}
		double mb = Files.size(file) / 1e6;
		System.out.printf(Locale.ROOT, "file: %s, %d QSOs, %.1f MB, load average %.2f%n", file, count, mb, load());

		for (int round = 1; round <= 3; round++) {
			resetPeaks();
			long t0 = System.nanoTime();
			long records = 0;
			long[] problems = { 0 };
			try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
					AdiParser p = new AdiParser(in, null, ImportOptions.DEFAULT_MAX_FIELD_LENGTH, pr -> problems[0]++)) {
				AdiParser.Record r = new AdiParser.Record();
				while (p.next(r)) {
					records++;
				}
			}
			double s = (System.nanoTime() - t0) / 1e9;
			System.out.printf(Locale.ROOT, "parse-only round %d: %d records, %d problems, %.2f s, %.0f QSOs/s, %.1f MB/s, peak heap %d MB%n",
					round, records, problems[0], s, records / s, mb / s, peakHeapMb());
		}

		if (args.length > 2 && args[2].equals("parse-only")) {
			return; // third argument parse-only: the parse rounds alone, for work on the parser
		}
		Path db = work.resolve("bench-db-" + System.nanoTime() + "/qso");
		System.gc();
		resetPeaks();
		long t0 = System.nanoTime();
		long stored;
		try (QsoStore store = QsoStore.open(db)) {
			ImportSummary summary = store.importFile(file, ImportOptions.defaults(), null);
			double s = (System.nanoTime() - t0) / 1e9;
			stored = store.count(QsoFilter.ALL);
			System.out.printf(Locale.ROOT, "import: %d imported, %d duplicates, %d skipped, %.2f s, %.0f QSOs/s, %.1f MB/s, peak heap %d MB, load average %.2f%n",
					summary.imported(), summary.duplicates(), summary.skippedTotal(), s, summary.imported() / s, mb / s,
					peakHeapMb(), load());
			if (args.length > 2 && args[2].equals("reimport")) {
				resetPeaks();
				long t1 = System.nanoTime();
				ImportSummary again = store.importFile(file, ImportOptions.defaults(), null);
				double s2 = (System.nanoTime() - t1) / 1e9;
				System.out.printf(Locale.ROOT, "re-import: %d imported, %d duplicates, %.2f s, peak heap %d MB, load average %.2f%n",
						again.imported(), again.duplicates(), s2, peakHeapMb(), load());
			}
			queries(store);
		}
		System.out.printf(Locale.ROOT, "stored: %d (%s)%n", stored, stored == count ? "no record lost" : "RECORDS LOST");
		System.out.printf(Locale.ROOT, "max heap (-Xmx): %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
	}

	/** What the log table and the matching engine ask of a full store, each timed (the median of five runs). */
	private static void queries(QsoStore store) throws Exception {
		long total = store.count(QsoFilter.ALL);
		time("count, all QSOs", () -> store.count(QsoFilter.ALL));
		time("first page of the log table (100 rows)", () -> store.page(QsoFilter.ALL, 0, 100));
		time("last page of the log table (100 rows)", () -> store.page(QsoFilter.ALL, total - 100, 100));
		java.util.List<org.qslmail.log.Qso> some = store.page(QsoFilter.ALL, total / 2, 1000);
		time("1,000 findByCall lookups", () -> {
			for (org.qslmail.log.Qso q : some) {
				store.findByCall(q.call(), q.instant().minusSeconds(600), q.instant().plusSeconds(600));
			}
		});
		time("count with a filter (band, mode, not received)", () -> store.count(QsoFilter.ALL
				.withBand(org.qslmail.core.Band.B20M).withMode("CW").withQsl(QsoFilter.QslState.NOT_RECEIVED)));
		time("statistics (by band, mode, month)", store::stats);
	}

	private interface Timed {
		void run() throws Exception;
	}

	private static void time(String what, Timed task) throws Exception {
		long[] ms = new long[5];
		for (int i = 0; i < ms.length; i++) {
			long t = System.nanoTime();
			task.run();
			ms[i] = (System.nanoTime() - t) / 1_000_000;
		}
		java.util.Arrays.sort(ms);
		System.out.printf(Locale.ROOT, "query: %s: %d ms (median of 5; min %d, max %d)%n", what, ms[2], ms[0], ms[4]);
	}

	private static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	/** The largest heap in use seen by a sampler thread since the last reset (pools' own peaks do not add up). */
	private static volatile long peakHeap;

	static {
		Thread sampler = new Thread(() -> {
			java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
			while (true) {
				peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					return;
				}
			}
		}, "heap sampler");
		sampler.setDaemon(true);
		sampler.start();
	}

	private static void resetPeaks() {
		peakHeap = 0;
	}

	private static long peakHeapMb() {
		return peakHeap >> 20;
	}
}
