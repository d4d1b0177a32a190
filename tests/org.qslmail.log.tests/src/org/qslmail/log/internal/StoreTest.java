package org.qslmail.log.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qslmail.core.Band;
import org.qslmail.core.LogZone;
import org.qslmail.core.QslColumn;
import org.qslmail.log.ImportOptions;
import org.qslmail.log.ImportSummary;
import org.qslmail.log.LogException;
import org.qslmail.log.LogFormat;
import org.qslmail.log.LogStats;
import org.qslmail.log.Qso;
import org.qslmail.log.QsoFilter;
import org.qslmail.log.QsoStore;
import org.qslmail.log.SkipReason;

class StoreTest {

	private static final Charset CP932 = Charset.forName("windows-31j");

	@TempDir
	Path dir;

	private QsoStore store;

	@BeforeEach
	void open() throws Exception {
		store = QsoStore.open(dir.resolve("db/qso"));
	}

	@AfterEach
	void close() {
		store.close();
	}

	private ImportSummary importBytes(String name, byte[] content) throws Exception {
		Path file = dir.resolve(name);
		Files.write(file, content);
		return store.importFile(file, ImportOptions.defaults(), new NullProgressMonitor());
	}

	private static List<Map<String, String>> records(Path file) throws Exception {
		List<Map<String, String>> out = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file);
				AdiParser p = new AdiParser(in, null, 64 << 20, pr -> {
					throw new AssertionError(pr.toString());
				})) {
			AdiParser.Record r = new AdiParser.Record();
			while (p.next(r)) {
				Map<String, String> m = new TreeMap<>();
				for (int i = 0; i < r.size(); i++) {
					m.put(r.key(i), r.value(i));
				}
				out.add(m);
			}
		}
		return out;
	}

	@Test
	void newStoreHasTheCurrentSchema() throws Exception {
		assertEquals(0, store.schemaVersionFound());
		assertEquals(Schema.CURRENT, store.schemaVersion());
		store.close();
		store = QsoStore.open(dir.resolve("db/qso"));
		assertEquals(Schema.CURRENT, store.schemaVersionFound());
	}

	@Test
	void refusesALogOfANewerSchemaAndLeavesItAsItIs() throws Exception {
		store.close();
		Path newer = dir.resolve("newer/qso");
		store = QsoStore.open(newer);
		store.close();
		try (Connection c = new org.sqlite.SQLiteConfig().createConnection(SqliteQsoStore.url(newer)); Statement s = c.createStatement()) {
			s.execute("INSERT INTO schema_version(version) VALUES (99)");
		}
		LogException e = assertThrows(LogException.class, () -> QsoStore.open(newer));
		assertTrue(e.getMessage().contains("99"), e.getMessage());
		try (Connection c = new org.sqlite.SQLiteConfig().createConnection(SqliteQsoStore.url(newer)); Statement s = c.createStatement();
				java.sql.ResultSet r = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
			r.next();
			assertEquals(Schema.CURRENT + 1, r.getInt(1), "nothing migrated");
		}
		store = QsoStore.open(dir.resolve("db/qso"));
	}

	@Test
	void aFileThatIsNoDatabaseGivesAClearError() throws Exception {
		Path junk = dir.resolve("junk/qso");
		Files.createDirectories(junk.getParent());
		Files.write(SqliteQsoStore.file(junk), new byte[] { 'n', 'o', 't', ' ', 'a', ' ', 'd', 'b', 0, 1, 2, 3 });
		LogException e = assertThrows(LogException.class, () -> QsoStore.open(junk));
		assertTrue(e.getMessage().contains(junk.toString()), e.getMessage());
	}

	@Test
	void adifRoundTripKeepsEveryField() throws Exception {
		String name = "\u5c71\u7530\u592a\u90ce";
		byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		b.writeBytes(("QSL test\n<ADIF_VER:5>3.1.6<USERDEF1:3:N>EPC<USERDEF2:19:E>SWEATERSIZE,{S,M,L}<EOH>\n"
				+ "<CALL:6>JA1ABC<STATION_CALLSIGN:6>JA1QSL<OPERATOR:5>JA1OP<QSO_DATE:8>20240131<TIME_ON:6>235959"
				+ "<BAND:3>20m<FREQ:6>14.074<MODE:4>MFSK<SUBMODE:3>FT4<RST_SENT:3>-10<RST_RCVD:3>-12<NAME:"
				+ nameBytes.length + ">").getBytes(StandardCharsets.US_ASCII));
		b.writeBytes(nameBytes);
		b.writeBytes(("<QTH:5>Tokyo<GRIDSQUARE:6>PM95UQ<COMMENT:9>a <b> c!<NOTES:2>n2<QSL_SENT:1>Y<QSLSDATE:8>20240201"
				+ "<QSL_SENT_VIA:1>E<QSL_RCVD:1>N<QSL_VIA:6>JA9MGR<APP_LoTW_OWNCALL:6>JA1QSL<EPC:2>42<SWEATERSIZE:1>M"
				+ "<CQZ:2>25<MY_GRIDSQUARE:4>PM95<EOR>\n"
				+ "<CALL:5>K1ABC<QSO_DATE:8>20240201<TIME_ON:4>0102<BAND:4>70CM<MODE:2>FM<EOR>\n")
				.getBytes(StandardCharsets.US_ASCII));
		ImportSummary s = importBytes("in.adi", b.toByteArray());
		assertEquals(2, s.imported());
		assertEquals(0, s.skippedTotal(), s.problems().toString());
		Path out = dir.resolve("out.adi");
		assertEquals(2, store.export(out, LogFormat.ADIF, QsoFilter.ALL, new NullProgressMonitor()));
		List<Map<String, String>> in = records(dir.resolve("in.adi"));
		List<Map<String, String>> back = records(out);
		// Normalised on import (documented): band names to lower case.
		in.get(1).put("BAND", "70cm");
		assertEquals(in, back);
		String header = Files.readString(out, StandardCharsets.UTF_8);
		assertTrue(header.contains("<USERDEF1:3:N>EPC") || header.contains("<USERDEF2:3:N>EPC"), header);
		assertTrue(header.contains("SWEATERSIZE,{S,M,L}"), header);
		// And once more through the store: still the same.
		store.close();
		store = QsoStore.open(dir.resolve("db2/qso"));
		assertEquals(2, store.importFile(out, ImportOptions.defaults(), null).imported());
		Path again = dir.resolve("again.adi");
		store.export(again, LogFormat.ADIF, QsoFilter.ALL, null);
		assertEquals(back, records(again));
	}

	@Test
	void adxRoundTrip() throws Exception {
		importBytes("in.adi", ("<EOH><CALL:6>JA1ABC<QSO_DATE:8>20240131<TIME_ON:4>2359<BAND:3>40m<MODE:2>CW"
				+ "<NAME:5>A&B<c<APP_LoTW_OWNCALL:6>JA1QSL<EOR>").getBytes(StandardCharsets.UTF_8));
		Path adx = dir.resolve("out.adx");
		store.export(adx, LogFormat.ADX, QsoFilter.ALL, null);
		String xml = Files.readString(adx);
		assertTrue(xml.contains("<APP PROGRAMID=\"LoTW\" FIELDNAME=\"OWNCALL\""), xml);
		store.close();
		store = QsoStore.open(dir.resolve("adx/qso"));
		ImportSummary s = store.importFile(adx, ImportOptions.defaults(), null);
		assertEquals(LogFormat.ADX, s.format());
		assertEquals(1, s.imported());
		Qso q = store.page(QsoFilter.ALL, 0, 10).get(0);
		assertEquals("A&B<c", q.name());
		assertEquals("JA1QSL", q.extra("APP_LoTW_OWNCALL"));
		assertEquals(Band.B40M, q.band());
	}

	@Test
	void hamlogCsvRoundTripIsByteForByte() throws Exception {
		String csv = "\"JA1RZD\",\"01/10/06\",\"21:17J\",\"599\",\"599\",\"50\",\"CW\",\"1030\",\"\",\"J  \",\"\",\"\",\"\u5168\u5e02\u5168\u90e1\u30b3\u30f3\u30c6\u30b9\u30c8\",\"2001\u5e74\",\"0\"\r\n"
				+ "\"7M2GCW/2\",\"24/01/01\",\"08:30J\",\"59\",\"59\",\"433.00\",\"FM\",\"\",\"PM95\",\"JHH\",\"\u592a\u90ce\",\"\u6771\u4eac\u90fd\",\"\",\"\",\"0\"\r\n"
				+ "\"JA3AAA\",\"24/01/02\",\"23:59U\",\"59\",\"59\",\"7\",\"SSB\",\"\",\"\",\"M* \",\"\",\"\",\"via @JG1MOU\",\"\",\"0\"\r\n";
		byte[] bytes = csv.getBytes(CP932);
		ImportSummary s = importBytes("in.csv", bytes);
		assertEquals(LogFormat.HAMLOG_CSV, s.format());
		assertEquals(3, s.imported(), s.problems().toString());
		List<Qso> qsos = store.page(QsoFilter.ALL, 0, 10);
		Qso portable = qsos.stream().filter(q -> q.call().equals("7M2GCW/2")).findFirst().orElseThrow();
		// 2024-01-01 08:30 JST is 2023-12-31 23:30 UTC.
		assertEquals(Instant.parse("2023-12-31T23:30:00Z"), portable.instant());
		assertEquals(LogZone.JST, portable.zone());
		assertEquals(Band.B70CM, portable.band());
		assertEquals(new QslColumn('J', 'H', 'H'), portable.qslColumn());
		assertEquals("Y", portable.qslSent());
		assertEquals("Y", portable.qslReceived());
		assertEquals("B", portable.qslSentVia());
		Qso managed = qsos.stream().filter(q -> q.call().equals("JA3AAA")).findFirst().orElseThrow();
		assertEquals("JG1MOU", managed.qslVia());
		Path out = dir.resolve("out.csv");
		store.export(out, LogFormat.HAMLOG_CSV, QsoFilter.ALL, null);
		assertEquals(csv, new String(Files.readAllBytes(out), CP932));
		// HAMLOG -> ADIF -> store -> HAMLOG keeps the marks and the zone.
		Path adi = dir.resolve("out.adi");
		store.export(adi, LogFormat.ADIF, QsoFilter.ALL, null);
		String adif = Files.readString(adi);
		assertTrue(adif.contains("<QSL_SENT:1>Y"), adif);
		assertTrue(adif.contains("<APP_QSLMAIL_QSL_COLUMN:3>JHH"), adif);
		store.close();
		store = QsoStore.open(dir.resolve("csv2/qso"));
		store.importFile(adi, ImportOptions.defaults(), null);
		Path out2 = dir.resolve("out2.csv");
		store.export(out2, LogFormat.HAMLOG_CSV, QsoFilter.ALL, null);
		assertEquals(csv, new String(Files.readAllBytes(out2), CP932));
	}

	@Test
	void badRecordsAreSkippedWithReasonAndPosition() throws Exception {
		String adi = "<EOH>\n<CALL:6>JA1ABC<QSO_DATE:8>20241399<TIME_ON:4>1200<EOR>\n" // bad date, line 2
				+ "<CALL:6>JA1ABC<QSO_DATE:8>20240101<TIME_ON:4>2460<EOR>\n" // bad time
				+ "<CALL:6>JA1ABC<TIME_ON:4>1200<EOR>\n" // no date
				+ "<CALL:6>JA 1BC<QSO_DATE:8>20240101<TIME_ON:4>1200<EOR>\n" // not a call
				+ "<CALL:6>JA1XYZ<QSO_DATE:8>20240101<TIME_ON:4>1200<EOR>\n" // good
				+ "<CALL:6>JA1XYZ<QSO_DATE:8>2024"; // truncated
		ImportSummary s = importBytes("bad.adi", adi.getBytes(StandardCharsets.US_ASCII));
		assertEquals(1, s.imported());
		assertEquals(1L, s.skipped().get(SkipReason.BAD_DATE));
		assertEquals(1L, s.skipped().get(SkipReason.BAD_TIME));
		assertEquals(1L, s.skipped().get(SkipReason.MISSING_FIELD));
		assertEquals(1L, s.skipped().get(SkipReason.BAD_CALL));
		assertEquals(1L, s.skipped().get(SkipReason.TRUNCATED));
		assertEquals(2, s.problems().get(0).line());
		assertEquals(6, s.problems().get(0).byteOffset());
	}

	@Test
	void tenMegabyteFieldsSurviveTheStore() throws Exception {
		String big = "x".repeat(10 << 20);
		String adi = "<CALL:6>JA1ABC<QSO_DATE:8>20240101<TIME_ON:4>1200<COMMENT:" + big.length() + ">" + big
				+ "<APP_TEST_BLOB:" + big.length() + ">" + big + "<EOR>";
		ImportSummary s = importBytes("big-field.adi", adi.getBytes(StandardCharsets.US_ASCII));
		assertEquals(1, s.imported(), s.problems().toString());
		Path out = dir.resolve("big-field-out.adi");
		store.export(out, LogFormat.ADIF, QsoFilter.ALL, null);
		Map<String, String> back = records(out).get(0);
		assertEquals(big, back.get("COMMENT"));
		assertEquals(big, back.get("APP_TEST_BLOB"));
	}

	@Test
	void reimportAddsNoDuplicates() throws Exception {
		Path file = dir.resolve("gen.adi");
		LogGenerator.write(file, 5000, 1);
		ImportSummary first = store.importFile(file, ImportOptions.defaults(), null);
		assertEquals(5000, first.imported());
		ImportSummary second = store.importFile(file, ImportOptions.defaults(), null);
		assertEquals(0, second.imported());
		assertEquals(5000, second.duplicates());
		assertEquals(5000, store.count(QsoFilter.ALL));
		String twice = "<CALL:6>JA1ABC<QSO_DATE:8>20240101<TIME_ON:4>1200<BAND:3>20m<MODE:2>CW<EOR>";
		ImportSummary s = importBytes("twice.adi", (twice + twice).getBytes(StandardCharsets.US_ASCII));
		assertEquals(1, s.imported());
		assertEquals(1, s.duplicates());
	}

	@Test
	void cancelledImportLeavesNothing() throws Exception {
		Path file = dir.resolve("gen.adi");
		LogGenerator.write(file, 20000, 2);
		NullProgressMonitor monitor = new NullProgressMonitor() {
			private int work;

			@Override
			public void worked(int units) {
				if (++work == 2) {
					setCanceled(true);
				}
			}
		};
		assertThrows(OperationCanceledException.class, () -> store.importFile(file, ImportOptions.defaults(), monitor));
		assertEquals(0, store.count(QsoFilter.ALL));
		assertEquals(20000, store.importFile(file, ImportOptions.defaults(), null).imported());
	}

	@Test
	void unreadableFileIsALogExceptionNamingTheFile() {
		Path missing = dir.resolve("nope.adi");
		LogException e = assertThrows(LogException.class, () -> store.importFile(missing, ImportOptions.defaults(), null));
		assertTrue(e.getMessage().contains("nope.adi"), e.getMessage());
	}

	@Test
	void cabrilloUsesContestTableSymmetricRuleOrOverride() throws Exception {
		String cbr = "START-OF-LOG: 3.0\nCALLSIGN: JA1QSL\nCONTEST: CQ-WW-CW\n"
				+ "QSO: 14025 CW 2024-11-23 0001 JA1QSL 599 25 K1ABC 599 05\n"
				+ "X-QSO: 14025 CW 2024-11-23 0002 JA1QSL 599 25 K1XYZ 599 05\n"
				+ "QSO:  3799 PH 2024-11-23 0711 JA1QSL 59 25 DL8WPX 59 14 1\nEND-OF-LOG:\n";
		ImportSummary s = importBytes("ww.log", cbr.getBytes(StandardCharsets.US_ASCII));
		assertEquals(LogFormat.CABRILLO, s.format());
		assertEquals(2, s.imported());
		assertEquals(1L, s.skipped().get(SkipReason.EXCLUDED));
		List<Qso> found = store.findByCall("dl8wpx", Instant.parse("2024-11-23T00:00:00Z"), Instant.parse("2024-11-24T00:00:00Z"));
		assertEquals(1, found.size());
		assertEquals(Band.B80M, found.get(0).band());
		assertEquals("SSB", found.get(0).mode());
		assertEquals("3.799", found.get(0).frequency());
		assertEquals("59 14", found.get(0).extra("SRX_STRING"));
		// Unknown contest: symmetric rule (VHF: call grid call grid).
		String vhf = "START-OF-LOG: 3.0\nCALLSIGN: JA1QSL\nCONTEST: JA-VHF\nQSO: 144 PH 2024-07-01 1200 JA1QSL PM95 JA2XYZ PM84\n";
		assertEquals(1, importBytes("vhf.log", vhf.getBytes(StandardCharsets.US_ASCII)).imported());
		assertEquals(1, store.count(QsoFilter.ALL.withCall("JA2XYZ").withBand(Band.B2M)));
		// Override: the call in field 6.
		Path odd = dir.resolve("odd.log");
		Files.writeString(odd, "START-OF-LOG: 3.0\nQSO: 7000 CW 2024-07-01 1200 JA1QSL JA3ZZZ 599 100\n");
		ImportSummary o = store.importFile(odd, ImportOptions.defaults().withCabrilloCallField(6), null);
		assertEquals(1, o.imported());
		assertEquals(1, store.count(QsoFilter.ALL.withCall("JA3*")));
	}

	@Test
	void entryUpdateFiltersAndStats() throws Exception {
		Qso q = new Qso().setCall("JA1ABC").setStationCallsign("JA1QSL").setInstant(Instant.parse("2024-03-01T10:00:00Z"))
				.setBand(Band.B20M).setMode("CW").setQslColumn(new QslColumn('J', ' ', ' '));
		assertTrue(store.add(q).isPresent());
		assertFalse(store.add(q).isPresent(), "the same QSO twice");
		Qso stored = store.get(q.id()).orElseThrow();
		stored.setQslColumn(stored.qslColumn().withReceived('H'));
		store.update(stored);
		assertEquals(1, store.count(QsoFilter.ALL.withQsl(QsoFilter.QslState.RECEIVED)));
		assertEquals(0, store.count(QsoFilter.ALL.withQsl(QsoFilter.QslState.SENT)));
		assertEquals(1, store.count(QsoFilter.ALL.withMode("cw").withRange(Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-03-02T00:00:00Z"))));
		LogStats stats = store.stats();
		assertEquals(1, stats.qsos());
		assertEquals(1, stats.confirmed());
		assertEquals("20m", stats.byBand().get(0).key());
		assertEquals("2024-03", stats.byMonth().get(0).key());
	}

	@Test
	void updateAllIsOneTransactionAndItsResultUndoesIt() throws Exception {
		Qso a = new Qso().setCall("JA1ABC").setInstant(Instant.parse("2024-03-01T10:00:00Z")).setBand(Band.B20M)
				.setMode("CW").setQslColumn(new QslColumn('J', ' ', ' '));
		Qso b = new Qso().setCall("JA2XYZ").setInstant(Instant.parse("2024-03-01T11:00:00Z")).setBand(Band.B40M)
				.setMode("SSB").setQslColumn(new QslColumn('J', ' ', ' '));
		store.add(a);
		store.add(b);
		Qso markedA = store.get(a.id()).orElseThrow();
		markedA.setQslColumn(markedA.qslColumn().withReceived('E')).setQslReceived("Y").setQslReceivedDate("20240310");
		Qso gone = new Qso().setId(9_999_999L).setCall("JA3DEF").setInstant(Instant.parse("2024-03-01T12:00:00Z"));
		assertThrows(LogException.class, () -> store.updateAll(List.of(markedA, gone)));
		assertEquals(' ', store.get(a.id()).orElseThrow().qslColumn().received(), "nothing written when one QSO is gone");

		Qso markedB = store.get(b.id()).orElseThrow();
		markedB.setQslColumn(markedB.qslColumn().withReceived('E'));
		List<Qso> before = store.updateAll(List.of(markedA, markedB));
		assertEquals(2, store.count(QsoFilter.ALL.withQsl(QsoFilter.QslState.RECEIVED)));
		assertEquals("20240310", store.get(a.id()).orElseThrow().qslReceivedDate());
		store.updateAll(before);
		assertEquals(0, store.count(QsoFilter.ALL.withQsl(QsoFilter.QslState.RECEIVED)));
		assertEquals(' ', store.get(b.id()).orElseThrow().qslColumn().received());
	}

	@Test
	void realWorldSizedLog() throws Exception {
		Path file = dir.resolve("big.adi");
		LogGenerator.write(file, 100_000, 42);
		ImportSummary s = store.importFile(file, ImportOptions.defaults(), new NullProgressMonitor());
		assertEquals(100_000, s.imported());
		assertEquals(0, s.skippedTotal());
		assertEquals(100_000, store.count(QsoFilter.ALL));
		Qso any = store.page(QsoFilter.ALL, 50_000, 1).get(0);
		List<Qso> found = store.findByCall(any.call(), any.instant().minusSeconds(600), any.instant().plusSeconds(600));
		assertTrue(found.stream().anyMatch(f -> f.id() == any.id()));
		LogStats stats = store.stats();
		assertEquals(100_000, stats.qsos());
		assertEquals(100_000, stats.byBand().stream().mapToLong(LogStats.Row::qsos).sum());
		Path out = dir.resolve("big-out.adi");
		assertEquals(100_000, store.export(out, LogFormat.ADIF, QsoFilter.ALL, null));
		assertEquals(records(file).size(), records(out).size());
	}

	@Test
	void valuesLongerThanTheLogTakesAreRefusedWithTheFieldNamedAndNothingChanges() throws Exception {
		Qso a = new Qso().setCall("JA1ABC").setInstant(Instant.parse("2024-03-01T10:00:00Z")).setBand(Band.B20M).setMode("CW");
		Qso b = new Qso().setCall("JA2XYZ").setInstant(Instant.parse("2024-03-01T11:00:00Z")).setBand(Band.B40M).setMode("CW");
		store.add(a);
		store.add(b);
		LogException e = assertThrows(LogException.class, () -> store.add(new Qso().setCall("JA3AAA")
				.setInstant(Instant.parse("2024-03-01T12:00:00Z")).setMode("M".repeat(65))));
		assertTrue(e.getMessage().contains("MODE") && e.getMessage().contains("JA3AAA"), e.getMessage());
		Qso a2 = store.get(a.id()).orElseThrow().setReceivedCard("JA1ABC_JA1QSL.jpg");
		Qso b2 = store.get(b.id()).orElseThrow().setReceivedCard("x".repeat(1001));
		e = assertThrows(LogException.class, () -> store.updateAll(List.of(a2, b2)));
		assertTrue(e.getMessage().contains(AdifMapping.APP_RCVD_CARD), e.getMessage());
		assertEquals(null, store.get(a.id()).orElseThrow().receivedCard(), "the first update was taken back");
		assertEquals(2, store.count(QsoFilter.ALL));
	}

	@Test
	void detailsOfEveryKindSurviveTheStore() throws Exception {
		Qso q = new Qso().setCall("JA1ABC").setStationCallsign("JA1QSL").setOperator("JA1OP")
				.setInstant(Instant.parse("1969-12-31T23:59:30Z")).setWithSeconds(true).setZone(org.qslmail.core.LogZone.JST)
				.setBand(Band.B20M).setFrequency("14.0255").setMode("CW").setSubmode(null).setRstSent("599").setRstReceived("579")
				.setName("\u5c71\u7530 \ud83d\udce1").setQth("").setRemarks("r".repeat(100_000)).setRemarks2("two")
				.setHamlogCode("100110").setGrid("PM95").setQslSentDate("20240101").setQslReceivedDate(null)
				.setQslSentVia("B").setQslReceivedVia("E").setQslVia("JA1QSL").setSentCard("a.jpg").setReceivedCard("b.jpg")
				.setExtraFields(List.of(new org.qslmail.log.AdifField("APP_X_ONE", ""), new org.qslmail.log.AdifField("MY_RIG", "IC-7300 \u2603")));
		store.add(q);
		Qso back = store.get(q.id()).orElseThrow();
		assertEquals(AdifMapping.toFields(q), AdifMapping.toFields(back));
		assertEquals(q.zone(), back.zone());
		assertEquals("", back.qth(), "an empty text stays empty, not absent");
		assertEquals(null, back.submode());
		LogStats stats = store.stats();
		assertEquals("1969-12", stats.byMonth().get(0).key(), "a QSO before 1970 is counted in its own month");
	}

	@Test
	void theIdOfADeletedQsoIsNeverGivenAgain() throws Exception {
		Qso a = new Qso().setCall("JA1ABC").setInstant(Instant.parse("2024-03-01T10:00:00Z")).setBand(Band.B20M).setMode("CW");
		Qso b = new Qso().setCall("JA2XYZ").setInstant(Instant.parse("2024-03-01T11:00:00Z")).setBand(Band.B40M).setMode("CW");
		long idA = store.add(a).orElseThrow();
		long idB = store.add(b).orElseThrow();
		assertTrue(idB > idA);
		store.delete(idB);
		Qso c = new Qso().setCall("JA3AAA").setInstant(Instant.parse("2024-03-01T12:00:00Z")).setBand(Band.B40M).setMode("CW");
		long idC = store.add(c).orElseThrow();
		assertTrue(idC > idB, "a new QSO does not take the id of the deleted newest one: " + idC);
		store.delete(idC);
		Path adi = dir.resolve("one.adi");
		Files.writeString(adi, "<CALL:6>JA4BBB<QSO_DATE:8>20240302<TIME_ON:4>1000<BAND:3>20m<MODE:2>CW<EOR>\n");
		assertEquals(1, store.importFile(adi, ImportOptions.defaults(), null).imported());
		long imported = store.page(QsoFilter.ALL.withCall("JA4BBB"), 0, 1).get(0).id();
		assertTrue(imported > idC, "an import does not take it either: " + imported);
		store.close();
		store = QsoStore.open(dir.resolve("db/qso"));
		store.delete(imported);
		assertTrue(store.add(b).orElseThrow() > imported, "nor after the log was opened again");
	}
}
