package org.qslmail.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qslmail.core.Band;

/** Reading a log file record by record without a store. */
class LogReaderTest {

	@TempDir
	Path folder;

	@Test
	void adifRecordsComeOutOneByOneAndBadOnesAreListed() throws Exception {
		Path file = folder.resolve("confirmations.adi");
		Files.writeString(file, "header\n<EOH>\n<CALL:4>W1AW<QSO_DATE:8>20250110<TIME_ON:6>123015<FREQ:6>14.074"
				+ "<MODE:3>FT8<QSL_RCVD:1>Y<APP_LoTW_OWNCALL:6>JA1ZZZ<EOR>\n"
				+ "<CALL:5>K1ABC<MODE:2>CW<EOR>\n" // no date: skipped
				+ "<CALL:5>K2ABC<QSO_DATE:8>20250111<TIME_ON:4>0000<BAND:3>40m<MODE:2>CW<EOR>\n", StandardCharsets.US_ASCII);
		try (LogReader reader = LogReader.open(file, ImportOptions.defaults())) {
			assertEquals(LogFormat.ADIF, reader.format());
			Qso first = reader.next();
			assertEquals("W1AW", first.call());
			assertEquals(Instant.parse("2025-01-10T12:30:15Z"), first.instant());
			assertEquals(Band.B20M, first.band(), "the band follows the frequency");
			assertEquals("Y", first.qslReceived());
			assertEquals("JA1ZZZ", first.extra("APP_LOTW_OWNCALL"));
			assertEquals("K2ABC", reader.next().call());
			assertNull(reader.next());
			assertEquals(1, reader.summary().skippedTotal());
			assertEquals(reader.size(), Files.size(file));
		}
	}

	@Test
	void aMissingFileIsALogException() {
		assertThrows(LogException.class, () -> LogReader.open(folder.resolve("none.adi"), ImportOptions.defaults()));
	}
}
