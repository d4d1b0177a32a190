package org.qslmail.log.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qslmail.core.Band;
import org.qslmail.core.QslColumn;
import org.qslmail.log.ImportOptions;
import org.qslmail.log.LogFormat;
import org.qslmail.log.Qso;
import org.qslmail.log.QsoFilter;
import org.qslmail.log.QsoStore;

/** QSLSDATE / QSLRDATE follow the marks written through the store, and the ADIF export carries them. */
class QslDatesTest {

	/** 2026-11-22 23:30 UTC is already 2026-11-23 in Japan: the date must be the UTC one. */
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), ZoneOffset.ofHours(9));

	@TempDir
	Path dir;

	private QsoStore store;

	@BeforeEach
	void open() throws Exception {
		store = QsoStore.open(dir.resolve("db/qso"));
		((SqliteQsoStore) store).setClock(CLOCK);
	}

	@AfterEach
	void close() {
		store.close();
	}

	private static Qso qso(String call, String time) {
		return new Qso().setCall(call).setStationCallsign("JA1QSL").setInstant(Instant.parse(time)).setBand(Band.B20M)
				.setMode("CW").setQslColumn(new QslColumn('J', ' ', ' '));
	}

	private String exportAdif() throws Exception {
		Path out = dir.resolve("out-" + System.nanoTime() + ".adi");
		store.export(out, LogFormat.ADIF, QsoFilter.ALL, null);
		return Files.readString(out);
	}

	@Test
	void markSetWithoutDateGetsTheDateOfTheChangeInStoreAndExport() throws Exception {
		Qso q = qso("JA1ABC", "2024-03-01T10:00:00Z");
		store.add(q);
		assertNull(store.get(q.id()).orElseThrow().qslSentDate(), "no mark, no date");

		Qso sent = store.get(q.id()).orElseThrow();
		sent.setQslColumn(sent.qslColumn().withSent('*'));
		store.update(sent);
		assertEquals("20261122", sent.qslSentDate(), "the caller's QSO shows the date written");
		Qso stored = store.get(q.id()).orElseThrow();
		assertEquals("20261122", stored.qslSentDate());
		assertNull(stored.qslReceivedDate());
		String adif = exportAdif();
		assertTrue(adif.contains("<QSL_SENT:1>Y <QSLSDATE:8>20261122"), adif);
		assertFalse(adif.contains("QSLRDATE"), adif);

		// QSL_RCVD=Y without the column is a mark too.
		stored.setQslReceived("Y");
		store.update(stored);
		assertEquals("20261122", store.get(q.id()).orElseThrow().qslReceivedDate());
		adif = exportAdif();
		assertTrue(adif.contains("<QSL_RCVD:1>Y <QSLRDATE:8>20261122"), adif);
	}

	@Test
	void aGivenDateIsKeptAndAnUnchangedMarkKeepsItsDate() throws Exception {
		Qso q = qso("JA1ABC", "2024-03-01T10:00:00Z");
		q.setQslColumn(new QslColumn('J', '*', ' ')).setQslSentDate("20240305");
		store.add(q);
		assertEquals("20240305", store.get(q.id()).orElseThrow().qslSentDate());
		Qso again = store.get(q.id()).orElseThrow();
		again.setName("Taro");
		store.update(again);
		assertEquals("20240305", store.get(q.id()).orElseThrow().qslSentDate(), "no new mark, no new date");
	}

	@Test
	void addWithAMarkAndNoDateIsDatedToday() throws Exception {
		Qso q = qso("JA1ABC", "2024-03-01T10:00:00Z").setQslSent("Y");
		store.add(q);
		assertEquals("20261122", store.get(q.id()).orElseThrow().qslSentDate());
	}

	@Test
	void removingAMarkRemovesItsDateAndUndoRestoresBoth() throws Exception {
		Qso a = qso("JA1ABC", "2024-03-01T10:00:00Z");
		Qso b = qso("JA2XYZ", "2024-03-01T11:00:00Z");
		store.add(a);
		store.add(b);
		Qso ma = store.get(a.id()).orElseThrow();
		ma.setQslColumn(ma.qslColumn().withReceived('E'));
		Qso mb = store.get(b.id()).orElseThrow();
		mb.setQslColumn(mb.qslColumn().withReceived('E')).setQslReceivedDate("20261101");
		List<Qso> before = store.updateAll(List.of(ma, mb));
		assertEquals("20261122", store.get(a.id()).orElseThrow().qslReceivedDate());
		assertEquals("20261101", store.get(b.id()).orElseThrow().qslReceivedDate());

		store.updateAll(before);
		assertNull(store.get(a.id()).orElseThrow().qslReceivedDate());
		assertNull(store.get(b.id()).orElseThrow().qslReceivedDate());

		// Unmarking a QSO whose caller left the old date in place takes the date away (ADIF: QSLRDATE only
		// with QSL_RCVD Y, I or V) ...
		Qso marked = store.get(b.id()).orElseThrow();
		marked.setQslColumn(marked.qslColumn().withReceived('E')).setQslReceived("Y");
		store.update(marked);
		Qso unmarked = store.get(b.id()).orElseThrow();
		unmarked.setQslColumn(unmarked.qslColumn().withReceived(' ')).setQslReceived("N");
		store.update(unmarked);
		assertNull(store.get(b.id()).orElseThrow().qslReceivedDate());
		assertFalse(exportAdif().contains("QSLRDATE"));
		// ... but QSL_RCVD I keeps it (a date is allowed there).
		marked = store.get(b.id()).orElseThrow();
		marked.setQslReceived("Y");
		store.update(marked);
		unmarked = store.get(b.id()).orElseThrow();
		unmarked.setQslReceived("I");
		store.update(unmarked);
		assertEquals("20261122", store.get(b.id()).orElseThrow().qslReceivedDate());
	}

	@Test
	void importsKeepTheFilesDatesAndInventNone() throws Exception {
		String csv = "\"JA1RZD\",\"24/01/06\",\"21:17J\",\"599\",\"599\",\"7\",\"CW\",\"\",\"\",\"J**\",\"\",\"\",\"\",\"\",\"0\"\r\n";
		Path file = dir.resolve("in.csv");
		Files.write(file, csv.getBytes(Charset.forName("windows-31j")));
		assertEquals(1, store.importFile(file, ImportOptions.defaults(), null).imported());
		Qso q = store.page(QsoFilter.ALL, 0, 1).get(0);
		assertTrue(q.isQslSent());
		assertNull(q.qslSentDate(), "a HAMLOG mark says nothing about when it was set");
		Path adi = dir.resolve("dated.adi");
		Files.writeString(adi, "<CALL:6>JA1ABC<QSO_DATE:8>20240101<TIME_ON:4>1200<BAND:3>20m<MODE:2>CW"
				+ "<QSL_SENT:1>Y<QSLSDATE:8>20240110<EOR>");
		store.importFile(adi, ImportOptions.defaults(), null);
		assertTrue(exportAdif().contains("<QSL_SENT:1>Y <QSLSDATE:8>20240110"));
	}
}
