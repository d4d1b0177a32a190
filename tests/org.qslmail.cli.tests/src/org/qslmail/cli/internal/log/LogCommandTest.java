package org.qslmail.cli.internal.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qslmail.cli.ExitCode;
import org.qslmail.cli.UsageException;
import org.qslmail.log.LogException;

class LogCommandTest {

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		// The data-folder service is not used: every test names its own database.
		LogCommand command = new LogCommand(() -> {
			throw new LogException("no data folder in this test");
		});
		return command.run(List.of(args), new PrintWriter(out, true), new PrintWriter(err, true));
	}

	private List<String> withDb(String... args) {
		List<String> l = new ArrayList<>(List.of(args));
		l.add("--log-db");
		l.add(dir.resolve("db/qso").toString());
		return l;
	}

	@Test
	void importStatsExport() throws Exception {
		Path adi = dir.resolve("tiny.adi");
		Files.writeString(adi, "<EOH>\n<CALL:6>JA1ABC<QSO_DATE:8>20240101<TIME_ON:4>1200<BAND:3>20m<MODE:2>CW<QSL_RCVD:1>Y<EOR>\n"
				+ "<CALL:6>JA2XYZ<QSO_DATE:8>20241301<TIME_ON:4>1200<EOR>\n", StandardCharsets.US_ASCII);
		assertEquals(ExitCode.OK, run(withDb("import", adi.toString()).toArray(String[]::new)), err.toString());
		assertTrue(out.toString().contains("1 imported, 0 duplicates, 1 skipped"), out.toString());
		assertTrue(err.toString().contains("line 3 (byte 95): bad date"), err.toString());
		assertEquals(ExitCode.OK, run(withDb("import", adi.toString()).toArray(String[]::new)));
		assertTrue(out.toString().contains("0 imported, 1 duplicates"), out.toString());
		assertEquals(ExitCode.OK, run(withDb("stats", "--json").toArray(String[]::new)));
		assertTrue(out.toString().contains("{\"qsos\":1,\"confirmed\":1,"), out.toString());
		assertTrue(out.toString().contains("{\"key\":\"20m\",\"qsos\":1,\"confirmed\":1}"), out.toString());
		Path csv = dir.resolve("out.csv");
		assertEquals(ExitCode.OK, run(withDb("export", "--format", "hamlog-csv", csv.toString()).toArray(String[]::new)));
		assertTrue(Files.readString(csv).startsWith("\"JA1ABC\",\"24/01/01\",\"12:00U\""), Files.readString(csv));
	}

	@Test
	void missingFileFailsNamingIt() {
		assertEquals(ExitCode.FAILED, run(withDb("import", dir.resolve("nope.adi").toString()).toArray(String[]::new)));
		assertTrue(err.toString().contains("nope.adi"), err.toString());
	}

	@Test
	void wrongCommandLinesAreUsageErrors() {
		assertThrows(UsageException.class, () -> run());
		assertThrows(UsageException.class, () -> run("frobnicate"));
		assertThrows(UsageException.class, () -> run("import"));
		assertThrows(UsageException.class, () -> run("export", "x.adi"));
		assertThrows(UsageException.class, () -> run("export", "--format", "cabrillo", "x.log"));
		assertThrows(UsageException.class, () -> run("export", "--format", "xml", "x.log"));
		assertThrows(UsageException.class, () -> run("stats", "--encoding", "UTF-8"));
		assertThrows(UsageException.class, () -> run("import", "--cabrillo-call-field", "two", "x.log"));
		assertThrows(UsageException.class, () -> run("import", "--log-db"));
	}

	@Test
	void serviceFailureIsExitCodeOne() {
		assertEquals(ExitCode.FAILED, run("stats"));
		assertTrue(err.toString().contains("no data folder"), err.toString());
	}
}
