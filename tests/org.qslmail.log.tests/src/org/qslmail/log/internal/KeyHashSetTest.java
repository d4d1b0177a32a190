package org.qslmail.log.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qslmail.core.Band;
import org.qslmail.log.ImportOptions;
import org.qslmail.log.ImportSummary;
import org.qslmail.log.Qso;
import org.qslmail.log.QsoFilter;
import org.qslmail.log.QsoStore;

/** The duplicate finder of the import: the hash set itself, and imports that mix new and known QSOs. */
class KeyHashSetTest {

	@TempDir
	Path dir;

	@Test
	void addSaysWhetherAHashIsNewAndSurvivesGrowing() {
		KeyHashSet set = new KeyHashSet(1);
		for (long i = 1; i <= 100_000; i++) {
			assertTrue(set.add(i * 0x9E3779B97F4A7C15L));
		}
		for (long i = 1; i <= 100_000; i++) {
			assertFalse(set.add(i * 0x9E3779B97F4A7C15L));
		}
		assertEquals(100_000, set.size());
	}

	@Test
	void hashFollowsTheDuplicateKeyOnly() {
		Qso a = new Qso().setCall("JA1ABC").setStationCallsign("JA1QSL").setInstant(Instant.parse("2024-03-01T10:00:00Z"))
				.setBand(Band.B20M).setMode("CW");
		Qso sameKey = new Qso().setCall("JA1ABC").setStationCallsign("JA1QSL").setInstant(Instant.parse("2024-03-01T10:00:00Z"))
				.setBand(Band.B20M).setMode("CW").setName("Taro").setRstSent("599");
		assertEquals(KeyHashSet.hash(a), KeyHashSet.hash(sameKey));
		// Fields moved between key parts must not give the same hash.
		Qso shifted = new Qso().setCall("JA1QSL").setStationCallsign("JA1ABC").setInstant(a.instant()).setBand(Band.B20M)
				.setMode("CW");
		assertNotEquals(KeyHashSet.hash(a), KeyHashSet.hash(shifted));
		Qso noStation = new Qso().setCall("JA1ABC").setInstant(a.instant()).setBand(Band.B20M).setMode("CW");
		assertEquals(KeyHashSet.hash(noStation), KeyHashSet.hash(0 + a.instant().getEpochSecond(), "JA1ABC", "", "20m", "CW"));
	}

	@Test
	void importMixingKnownAndNewQsosAddsOnlyTheNewOnes() throws Exception {
		try (QsoStore store = QsoStore.open(dir.resolve("db/qso"))) {
			StringBuilder first = new StringBuilder();
			StringBuilder second = new StringBuilder();
			for (int i = 0; i < 5000; i++) {
				String rec = String.format("<CALL:7>JA1A%03d<QSO_DATE:8>20240101<TIME_ON:6>%02d%02d%02d<BAND:3>20m<MODE:2>CW<EOR>\n",
						i % 1000, i / 3600, i / 60 % 60, i % 60);
				if (i < 3000) {
					first.append(rec);
				}
				if (i >= 2000) {
					second.append(rec);
					if (i % 500 == 0) {
						second.append(rec); // twice in the same file
					}
				}
			}
			Path a = dir.resolve("a.adi");
			Path b = dir.resolve("b.adi");
			Files.writeString(a, first, StandardCharsets.US_ASCII);
			Files.writeString(b, second, StandardCharsets.US_ASCII);
			assertEquals(3000, store.importFile(a, ImportOptions.defaults(), null).imported());
			ImportSummary s = store.importFile(b, ImportOptions.defaults(), null);
			assertEquals(2000, s.imported());
			assertEquals(1000 + 6, s.duplicates());
			assertEquals(5000, store.count(QsoFilter.ALL));
		}
	}
}
