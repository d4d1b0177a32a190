package org.qslmail.matching;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.qslmail.log.ImportOptions;
import org.qslmail.log.ImportSummary;
import org.qslmail.log.QsoStore;

/** A real embedded log store in a temporary folder, filled from ADIF text. */
final class TestLogs {

	private TestLogs() {
	}

	static QsoStore store(Path folder, String adifRecords) throws Exception {
		QsoStore store = QsoStore.open(folder.resolve("log"));
		Path file = folder.resolve("log.adi");
		Files.writeString(file, "Test log\n<EOH>\n" + adifRecords, StandardCharsets.UTF_8);
		ImportSummary summary = store.importFile(file, ImportOptions.defaults().withStationCallsign("JA1ZZZ"),
				new NullProgressMonitor());
		if (summary.skippedTotal() > 0) {
			throw new AssertionError("test log has bad records: " + summary.problems());
		}
		return store;
	}

	/** One ADIF record: call, date yyyyMMdd, time HHmm (UTC), band, mode and extra fields as ADIF text. */
	static String record(String call, String date, String time, String band, String mode, String more) {
		return field("CALL", call) + field("QSO_DATE", date) + field("TIME_ON", time) + field("BAND", band)
				+ field("MODE", mode) + more + "<EOR>\n";
	}

	static String field(String name, String value) {
		return "<" + name + ":" + value.length() + ">" + value;
	}
}
