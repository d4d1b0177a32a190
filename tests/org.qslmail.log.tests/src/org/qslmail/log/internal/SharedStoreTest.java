package org.qslmail.log.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * The window and the command line use the same log at once: another process (a JVM running a small SQL shell on the
 * SQLite driver the store runs on) has the database open, and the store in this process reads and writes it at the
 * same time, both seeing each other's writes; a write waits for the other program's transaction.
 */
class SharedStoreTest {

	private static final Duration WAIT = Duration.ofSeconds(30);

	/** The other program: reads SQL lines, prints "ROW a|b|..." for each row of a query, then "DONE" or "ERROR". */
	private static final String SHELL = """
			import java.io.*;
			import java.sql.*;
			public class SqlShell {
			  public static void main(String[] a) throws Exception {
			    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, "UTF-8"));
			    try (Connection c = DriverManager.getConnection(a[0]); Statement s = c.createStatement()) {
			      s.execute("PRAGMA busy_timeout = 30000");
			      for (String line; (line = in.readLine()) != null;) {
			        try {
			          if (s.execute(line)) {
			            try (ResultSet r = s.getResultSet()) {
			              int n = r.getMetaData().getColumnCount();
			              while (r.next()) {
			                StringBuilder b = new StringBuilder("ROW ");
			                for (int i = 1; i <= n; i++) b.append(i > 1 ? "|" : "").append(r.getString(i));
			                System.out.println(b);
			              }
			            }
			          }
			          System.out.println("DONE");
			        } catch (SQLException e) {
			          System.out.println("ERROR " + e.getMessage());
			        }
			      }
			    }
			  }
			}
			""";

	@TempDir
	Path dir;

	private final List<Process> processes = new ArrayList<>();

	@AfterEach
	void stopProcesses() throws InterruptedException {
		for (Process p : processes) {
			p.destroyForcibly();
			p.waitFor(30, TimeUnit.SECONDS);
		}
		System.clearProperty(SqliteQsoStore.BUSY_TIMEOUT_PROPERTY);
	}

	/** The SQL shell in another JVM, fed SQL on its standard input. */
	private final class Shell {
		private final Process process;
		private final Writer in;
		private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();

		Shell(String url) throws IOException {
			String java = ProcessHandle.current().info().command()
					.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			Path source = dir.resolve("SqlShell.java");
			Files.writeString(source, SHELL);
			process = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", sqliteJar().toString(),
					source.toString(), url).redirectErrorStream(true).start();
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
			}, "sql shell output");
			reader.setDaemon(true);
			reader.start();
		}

		/** Runs one statement and returns its rows; fails with what the shell printed on an error. */
		List<String> sql(String statement) throws IOException, InterruptedException {
			in.write(statement + "\n");
			in.flush();
			List<String> rows = new ArrayList<>();
			long deadline = System.nanoTime() + WAIT.toNanos();
			while (System.nanoTime() < deadline) {
				String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
				if (line == null) {
					break;
				}
				if (line.equals("DONE")) {
					return rows;
				}
				if (line.startsWith("ROW ")) {
					rows.add(line.substring(4));
				} else {
					throw new AssertionError("the other program failed on " + statement + ": " + line);
				}
			}
			throw new AssertionError("the other program did not finish " + statement + "; rows so far: " + rows);
		}

		void quit() throws Exception {
			in.close();
			assertTrue(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS), "the shell ends");
		}
	}

	private static Path sqliteJar() {
		try {
			return Path.of(org.sqlite.JDBC.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		} catch (Exception e) {
			throw new AssertionError("cannot locate the SQLite driver's jar", e);
		}
	}

	private static final String TWO_QSOS = "<CALL:6>JA1ABC<QSO_DATE:8>20240301<TIME_ON:4>1000<BAND:3>20m<MODE:2>CW<EOR>\n"
			+ "<CALL:6>JA1DEF<QSO_DATE:8>20240301<TIME_ON:4>1001<BAND:3>20m<MODE:2>CW<EOR>\n";

	@Test
	void twoProgramsUseTheLogAtOnceAndSeeEachOthersWrites() throws Exception {
		Path db = dir.resolve("log/qso");
		try (QsoStore window = QsoStore.open(db)) {
			// The "command line" opens the same log while the window has it open.
			Shell cli = new Shell(SqliteQsoStore.url(db));
			Path adi = dir.resolve("two.adi");
			Files.writeString(adi, TWO_QSOS);
			assertEquals(2, window.importFile(adi, ImportOptions.defaults(), null).imported());
			assertEquals(List.of("2"), cli.sql("SELECT COUNT(*) FROM qso WHERE call_sign IN ('JA1ABC', 'JA1DEF')"));

			// A QSO the other program writes (as a QSL Mail of the same schema would) is found here at once.
			try (QsoStore other = QsoStore.open(dir.resolve("scratch/qso"))) {
				other.add(new Qso().setCall("JA2XYZ").setInstant(Instant.parse("2024-03-01T11:00:00Z")).setBand(Band.B40M).setMode("SSB"));
			}
			cli.sql("ATTACH DATABASE '" + SqliteQsoStore.file(dir.resolve("scratch/qso")) + "' AS scratch");
			cli.sql("INSERT INTO qso(station_call, call_sign, qso_time, band, qso_mode, submode, qsl_column, qsl_sent, qsl_rcvd, details) "
					+ "SELECT station_call, call_sign, qso_time, band, qso_mode, submode, qsl_column, qsl_sent, qsl_rcvd, details FROM scratch.qso");
			List<Qso> found = window.findByCall("ja2xyz", Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-03-02T00:00:00Z"));
			assertEquals(1, found.size());
			assertEquals(Band.B40M, found.get(0).band());

			// Re-importing still finds the duplicates, also the QSOs the other program has read.
			assertEquals(2, window.importFile(adi, ImportOptions.defaults(), null).duplicates());
			cli.quit();
			assertEquals(3, window.count(QsoFilter.ALL));
		}
	}

	@Test
	void aWriteWaitsForTheOtherProgramsTransaction() throws Exception {
		Path db = dir.resolve("wait/qso");
		try (QsoStore store = QsoStore.open(db)) {
			Shell other = new Shell(SqliteQsoStore.url(db));
			other.sql("BEGIN IMMEDIATE");
			other.sql("DELETE FROM user_field");
			java.util.concurrent.CompletableFuture<java.util.OptionalLong> add = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
				try {
					return store.add(new Qso().setCall("JA1ABC").setInstant(Instant.parse("2024-03-01T10:00:00Z")).setBand(Band.B20M).setMode("CW"));
				} catch (LogException e) {
					throw new java.util.concurrent.CompletionException(e);
				}
			});
			// The other program holds the write lock until it commits, so the add cannot have finished.
			assertEquals(List.of("0"), other.sql("SELECT COUNT(*) FROM qso"));
			assertTrue(!add.isDone(), "the add waits for the other program's transaction");
			// Readers do not wait.
			assertEquals(0, store.count(QsoFilter.ALL));
			other.sql("COMMIT");
			assertTrue(add.get(WAIT.toSeconds(), TimeUnit.SECONDS).isPresent());
			assertEquals(List.of("1"), other.sql("SELECT COUNT(*) FROM qso"));
			other.quit();
		}
	}

	@Test
	void aLogHeldTooLongGivesALocalizedMessageAndNothingChanges() throws Exception {
		Path db = dir.resolve("locked/qso");
		QsoStore.open(db).close();
		System.setProperty(SqliteQsoStore.BUSY_TIMEOUT_PROPERTY, "300");
		try (QsoStore store = QsoStore.open(db)) {
			Shell other = new Shell(SqliteQsoStore.url(db));
			other.sql("BEGIN IMMEDIATE");
			Path adi = dir.resolve("two.adi");
			Files.writeString(adi, TWO_QSOS);
			LogException e = assertThrows(LogException.class, () -> store.importFile(adi, ImportOptions.defaults(), null));
			String expected = org.eclipse.osgi.util.NLS.bind(Messages.QsoStore_inUse, db, "").split("\\(")[0];
			assertTrue(e.getMessage().startsWith(expected), e.getMessage());
			assertTrue(e.getMessage().contains("--log-db"), e.getMessage());
			other.sql("ROLLBACK");
			other.quit();
			assertEquals(0, store.count(QsoFilter.ALL));
			assertEquals(2, store.importFile(adi, ImportOptions.defaults(), null).imported());
		}
	}

	@Test
	void aProgramKilledInTheMiddleOfAnImportLeavesNothingOfIt() throws Exception {
		Path db = dir.resolve("killed/qso");
		try (QsoStore store = QsoStore.open(db)) {
			Path adi = dir.resolve("two.adi");
			Files.writeString(adi, TWO_QSOS);
			store.importFile(adi, ImportOptions.defaults(), null);
			Shell other = new Shell(SqliteQsoStore.url(db));
			other.sql("BEGIN IMMEDIATE");
			// 200,000 rows: more than SQLite's page cache holds, so pages of the transaction reach the files.
			other.sql("INSERT INTO qso(id, call_sign, qso_time, details) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
					+ "SELECT i + 1 FROM n WHERE i < 200000) SELECT 1000 + i, 'JA9' || i, i, x'01' FROM n");
			assertEquals(List.of("200002"), other.sql("SELECT COUNT(*) FROM qso"));
			Process p = processes.get(processes.size() - 1);
			p.destroyForcibly();
			assertTrue(p.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS));
			assertEquals(2, store.count(QsoFilter.ALL));
		}
		try (QsoStore store = QsoStore.open(db);
				java.sql.Connection c = new org.sqlite.SQLiteConfig().createConnection(SqliteQsoStore.url(db));
				java.sql.Statement s = c.createStatement();
				java.sql.ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
			assertEquals(2, store.count(QsoFilter.ALL));
			r.next();
			assertEquals("ok", r.getString(1));
		}
	}
}
