package org.qslmail.log.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qslmail.core.Band;
import org.qslmail.log.ImportOptions;
import org.qslmail.log.LogException;
import org.qslmail.log.Qso;
import org.qslmail.log.QsoFilter;
import org.qslmail.log.QsoStore;

/**
 * The window and the command line use the same log at once: another process (H2's own shell, started with the
 * H2 jar the store runs on) holds the database open, and the store in this process reads and writes it through
 * that process, both seeing each other's writes.
 */
class SharedStoreTest {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@TempDir
	Path dir;

	private final List<Process> processes = new ArrayList<>();

	@AfterEach
	void stopProcesses() throws InterruptedException {
		for (Process p : processes) {
			p.destroyForcibly();
			p.waitFor(30, TimeUnit.SECONDS);
		}
	}

	/** An H2 shell in another JVM, fed SQL on its standard input. */
	private final class Shell {
		private final Process process;
		private final Writer in;
		private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();

		Shell(String url) throws IOException {
			String java = ProcessHandle.current().info().command()
					.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			process = new ProcessBuilder(java, "-Dh2.bindAddress=127.0.0.1", "-cp", h2Jar().toString(),
					"org.h2.tools.Shell", "-url", url, "-user", "qslmail", "-password", "").redirectErrorStream(true)
					.start();
			processes.add(process);
			in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
			Thread reader = new Thread(() -> {
				try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					String line;
					while ((line = r.readLine()) != null) {
						lines.add(line);
					}
				} catch (IOException e) {
					lines.add("READ FAILED " + e);
				}
			}, "h2 shell output");
			reader.setDaemon(true);
			reader.start();
		}

		void sql(String statement) throws IOException {
			in.write(statement + ";\n");
			in.flush();
		}

		/** Waits for an output line containing {@code token}; fails with what the shell printed. */
		void await(String token) throws InterruptedException {
			long deadline = System.nanoTime() + WAIT.toNanos();
			StringBuilder seen = new StringBuilder();
			while (System.nanoTime() < deadline) {
				String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
				if (line == null) {
					break;
				}
				seen.append(line).append('\n');
				if (line.contains(token)) {
					return;
				}
			}
			throw new AssertionError("the other process did not print " + token + "; it printed:\n" + seen);
		}

		void quit() throws Exception {
			in.write("quit\n");
			in.close();
			assertTrue(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS), "the shell ends");
		}
	}

	private static Path h2Jar() {
		try {
			return Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		} catch (Exception e) {
			throw new AssertionError("cannot locate the H2 jar", e);
		}
	}

	/** The listening socket of a port, from Linux's socket tables: bound to 127.0.0.1 (or ::1), not to all. */
	private static void assertListensOnLoopbackOnly(int port) throws IOException {
		Path v4 = Path.of("/proc/net/tcp");
		Path v6 = Path.of("/proc/net/tcp6");
		if (!Files.isReadable(v4)) {
			return; // not Linux: the check needs its socket tables (the build and CI run on Linux)
		}
		String portHex = String.format(":%04X", port);
		List<String> addresses = new ArrayList<>();
		for (Path table : List.of(v4, v6)) {
			if (!Files.isReadable(table)) {
				continue;
			}
			for (String line : Files.readAllLines(table)) {
				String[] f = line.trim().split("\\s+");
				// sl local_address rem_address st ...; st 0A = LISTEN
				if (f.length > 3 && f[1].endsWith(portHex) && f[3].equals("0A")) {
					addresses.add(f[1].substring(0, f[1].indexOf(':')));
				}
			}
		}
		assertEquals(1, addresses.size(), "one listening socket on port " + port + ": " + addresses);
		String a = addresses.get(0);
		// 127.0.0.1 as IPv4, as IPv4-mapped IPv6, or ::1 (Linux prints the words in host byte order).
		assertTrue(a.equals("0100007F") || a.equals("0000000000000000FFFF00000100007F")
				|| a.equals("00000000000000000000000001000000"), "bound to loopback, not " + a);
	}

	@Test
	void secondProcessUsesTheLogWhileTheFirstHasItOpen() throws Exception {
		Path db = dir.resolve("log/qso");
		// The "window": another process opens the log first.
		Shell window = new Shell(H2QsoStore.url(db));
		window.sql("SELECT 'READY' || 1");
		window.await("READY1");
		Properties lock = new Properties();
		try (InputStream in = Files.newInputStream(dir.resolve("log/qso.lock.db"))) {
			lock.load(in);
		}
		String server = lock.getProperty("server", "");
		assertTrue(server.matches("(localhost|127\\.0\\.0\\.1):\\d+"), "served on this computer: " + lock);
		assertListensOnLoopbackOnly(Integer.parseInt(server.substring(server.indexOf(':') + 1)));

		// The "command line": this process opens the same log (and creates its tables through the other process).
		try (QsoStore cli = QsoStore.open(db)) {
			Path adi = dir.resolve("two.adi");
			Files.writeString(adi, "<CALL:6>JA1ABC<QSO_DATE:8>20240301<TIME_ON:4>1000<BAND:3>20m<MODE:2>CW<EOR>\n"
					+ "<CALL:6>JA1DEF<QSO_DATE:8>20240301<TIME_ON:4>1001<BAND:3>20m<MODE:2>CW<EOR>\n");
			assertEquals(2, cli.importFile(adi, ImportOptions.defaults(), null).imported());
			window.sql("SELECT 'SEEN' || COUNT(*) FROM qso WHERE call_sign IN ('JA1ABC', 'JA1DEF')");
			window.await("SEEN2");

			window.sql("INSERT INTO qso(call_sign, qso_time, band, qso_mode) VALUES ('JA2XYZ', "
					+ Instant.parse("2024-03-01T11:00:00Z").getEpochSecond() + ", '40m', 'SSB')");
			window.sql("SELECT 'INSERTED' || COUNT(*) FROM qso WHERE call_sign = 'JA2XYZ'");
			window.await("INSERTED1");
			List<Qso> found = cli.findByCall("ja2xyz", Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-03-02T00:00:00Z"));
			assertEquals(1, found.size());
			assertEquals(Band.B40M, found.get(0).band());

			// Re-importing through the other process still finds the duplicates.
			assertEquals(2, cli.importFile(adi, ImportOptions.defaults(), null).duplicates());

			// When the first program ends, the second one takes the file over and goes on.
			window.quit();
			assertEquals(3, cli.count(QsoFilter.ALL));
		}
	}

	@Test
	void aLogHeldWithoutServerGivesALocalizedMessage() throws Exception {
		Path db = dir.resolve("locked/qso");
		// An old-style program that opened the file without serving it to others.
		Shell other = new Shell("jdbc:h2:file:" + db.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
		other.sql("SELECT 'READY' || 1");
		other.await("READY1");
		LogException e = assertThrows(LogException.class, () -> QsoStore.open(db));
		String expected = org.eclipse.osgi.util.NLS.bind(Messages.QsoStore_inUse, db, "").split("\\(")[0];
		assertTrue(e.getMessage().startsWith(expected), e.getMessage());
		assertTrue(e.getMessage().contains("--log-db"), e.getMessage());
		other.quit();
		try (QsoStore store = QsoStore.open(db)) {
			assertEquals(0, store.count(QsoFilter.ALL));
		}
	}
}
