package org.qslmail.cli.internal.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qslmail.cli.ExitCode;
import org.qslmail.cli.UsageException;
import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.LogZone;
import org.qslmail.exchange.message.QslCard;
import org.qslmail.exchange.message.QslMail;
import org.qslmail.exchange.message.QslMailComposer;
import org.qslmail.exchange.message.QslMessageParser;
import org.qslmail.exchange.store.ReceivedCardStore;
import org.qslmail.exchange.store.StoreOutcome;
import org.qslmail.log.ImportOptions;
import org.qslmail.log.LogException;
import org.qslmail.log.Qso;
import org.qslmail.log.QsoStore;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code qslmail match} against a real log database and a generated card folder. */
class MatchCommandTest {

	@TempDir
	Path dir;
	private Path db;
	private Path cards;
	private StringWriter out = new StringWriter();
	private StringWriter err = new StringWriter();

	@BeforeEach
	void logAndCards() throws Exception {
		db = dir.resolve("db/qso");
		Path adi = dir.resolve("log.adi");
		Files.writeString(adi, "log\n<EOH>\n"
				+ "<CALL:6>JA2XYZ<QSO_DATE:8>20241231<TIME_ON:4>2355<BAND:3>40m<MODE:2>CW<EOR>\n"
				+ "<CALL:6>JA3ABC<QSO_DATE:8>20250105<TIME_ON:4>0100<BAND:4>70cm<MODE:2>FM<QSL_RCVD:1>Y<EOR>\n"
				+ "<CALL:6>JA4DEF<QSO_DATE:8>20250106<TIME_ON:4>0300<BAND:3>20m<MODE:3>SSB<EOR>\n"
				+ "<CALL:4>W1AW<QSO_DATE:8>20250110<TIME_ON:4>1230<BAND:3>20m<MODE:3>FT8<EOR>\n", StandardCharsets.US_ASCII);
		try (QsoStore store = QsoStore.open(db)) {
			store.importFile(adi, ImportOptions.defaults().withStationCallsign("JA1ZZZ"), new NullProgressMonitor());
		}
		cards = Files.createDirectory(dir.resolve("cards"));
		Files.writeString(cards.resolve("JA2XYZ_JA1ZZZ_20250101-0900J_40m_CW.jpg"), "jpeg"); // OK, across midnight
		Files.writeString(cards.resolve("JA3ABC_JA1ZZZ_20250105-1002J_70cm_FM.jpg"), "jpeg"); // OK, received
		Files.writeString(cards.resolve("JA4DEF_JA1ZZZ_20250106-1200J_20m_A3J.jpg"), "jpeg"); // NG mode, OK with alias
		Files.writeString(cards.resolve("JA9NON_JA1ZZZ_20250106-1200J_20m_SSB.jpg"), "jpeg"); // NG no QSO
		Files.writeString(cards.resolve("holiday.jpg"), "jpeg"); // not a card
	}

	private int run(String... args) {
		out = new StringWriter();
		err = new StringWriter();
		MatchCommand command = new MatchCommand(() -> {
			throw new LogException("no data folder in this test");
		});
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--log");
		all.add(db.toString());
		return command.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
	}

	/** A real QSL mail (composer, parser) stored in a real received-card store; returns the card key. */
	private static String storeCard(ReceivedCardStore store, String sender, String utc, String band, String mode)
			throws Exception {
		QslCard card = new QslCard(Callsign.parse(sender), Callsign.parse("JA1ZZZ"), Instant.parse(utc),
				Band.ofAdif(band).orElseThrow(), Optional.empty(), mode, Optional.empty(), "599", LogZone.JST);
		// the smallest JPEG the parser accepts: SOI, a SOF0 frame header of 64 x 40, EOI
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 17, 8, 0, 40, 0, 64, 3, 1, 0x22, 0, 2,
				0x11, 1, 3, 0x11, 1, (byte) 0xFF, (byte) 0xDA, 0, 12, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 0x3F, 0, 1, 2, 3,
				(byte) 0xFF, (byte) 0xD9 };
		QslMail mail = new QslMailComposer("1.0.0").compose(card, jpeg, "a@example.test", "ja1zzz@example.test");
		assertEquals(StoreOutcome.STORED,
				store.store("pop3://t@127.0.0.1:110", mail.messageId(), mail.raw(), QslMessageParser.parse(mail.raw())));
		return mail.cardId();
	}

	@Test
	void receivedCardStoreIsASource() throws Exception {
		Path folder = dir.resolve("received-cards");
		assertEquals(ExitCode.FAILED, run("--cards-store", folder.toString()));
		assertTrue(err.toString().contains(folder.toString()) && err.toString().contains("receive-qsl"), err.toString());
		assertTrue(!Files.exists(folder), "looking does not create a store");

		ReceivedCardStore.open(folder).close();
		assertEquals(ExitCode.OK, run("--cards-store", folder.toString()), err.toString());
		assertTrue(err.toString().contains("holds no cards"), err.toString());
		assertTrue(out.toString().contains("0 cards"), out.toString());

		String ok;
		try (ReceivedCardStore store = ReceivedCardStore.open(folder)) {
			ok = storeCard(store, "JA2XYZ", "2024-12-31T23:58:00Z", "40m", "CW"); // OK
			storeCard(store, "JA4DEF", "2025-01-06T03:00:00Z", "20m", "FT8"); // NG: the log has SSB
		}
		assertEquals(ExitCode.OK, run("--cards-store", folder.toString(), "--write-marks"), err.toString());
		String text = out.toString();
		assertTrue(text.contains("OK\tJA2XYZ 2024-12-31 23:58U 40m CW\t#"), text);
		assertTrue(text.contains("NG\tJA4DEF 2025-01-06 03:00U 20m FT8\t-\tMode differs"), text);
		assertTrue(text.contains("Received marks written for 1 QSOs."), text);
		try (QsoStore store = QsoStore.open(db)) {
			Qso q = store.findByCall("JA2XYZ", Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")).get(0);
			assertEquals("Y", q.qslReceived());
		}

		assertEquals(ExitCode.OK, run("--json", "--cards-store", folder.toString()), err.toString());
		JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
		JsonObject first = json.getAsJsonArray("results").get(0).getAsJsonObject();
		assertEquals(ok, first.get("source").getAsString(), "the store's key names the card");
		assertEquals("OK_RECEIVED", first.get("state").getAsString());
	}

	@Test
	void cardsStoreWithoutAFolderIsTheStoreReceiveQslFills() {
		assertEquals(ReceivedCardStore.defaultFolder(), MatchCommand.Options.parse(List.of("--cards-store")).cardsStore);
		assertEquals(ReceivedCardStore.defaultFolder(),
				MatchCommand.Options.parse(List.of("--cards-store", "--json")).cardsStore);
		assertThrows(UsageException.class,
				() -> MatchCommand.Options.parse(List.of("--cards-store", "--cards", dir.toString())));
	}

	@Test
	void cardFolderGivesOneLinePerCardAndASummary() {
		assertEquals(ExitCode.OK, run("--cards", cards.toString()), err.toString());
		String text = out.toString();
		assertTrue(text.contains("OK\tJA2XYZ 2025-01-01 09:00J 40m CW\t#"), text);
		assertTrue(text.contains("OK-RCVD\tJA3ABC"), text);
		assertTrue(text.contains("NG\tJA4DEF 2025-01-06 12:00J 20m A3J\t-\tMode differs"), text);
		assertTrue(text.contains("NG\tJA9NON"), text);
		assertTrue(text.contains("4 cards: 1 OK without a received mark, 1 OK already received, 2 NG; 1 files or records left out"),
				text);
		assertTrue(err.toString().contains("holiday.jpg"), err.toString());
	}

	@Test
	void aliasesWindowAndMarksWrittenInTheLog() throws Exception {
		assertEquals(ExitCode.OK, run("--cards", cards.toString(), "--aliases", "SSB=A3J", "--write-marks",
				"--mark-rule", "E;*=W;e=X;w=Z"), err.toString());
		assertTrue(out.toString().contains("Received marks written for 2 QSOs."), out.toString());
		try (QsoStore store = QsoStore.open(db)) {
			Qso q = store.findByCall("JA4DEF", Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")).get(0);
			assertEquals('E', q.qslColumn().received());
			assertEquals("Y", q.qslReceived());
			assertTrue(q.qslReceivedDate().matches("\\d{8}"), q.qslReceivedDate());
			Qso received = store.findByCall("JA3ABC", Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")).get(0);
			assertEquals('*', received.qslColumn().received(), "OK-RCVD cards are not marked again (W by the rule)");
		}
		assertEquals(ExitCode.OK, run("--cards", cards.toString(), "--aliases", "SSB=A3J", "--write-marks"));
		assertTrue(out.toString().contains("Nothing to mark"), out.toString());
		assertTrue(out.toString().contains("OK-RCVD\tJA4DEF"), out.toString());
		// A window of 0 minutes: only the exact minute matches.
		assertEquals(ExitCode.OK, run("--cards", cards.toString(), "--window", "0"));
		assertTrue(out.toString().contains("NG\tJA3ABC"), out.toString());
	}

	@Test
	void lotwConfirmationsAsJson() throws Exception {
		Path lotw = dir.resolve("lotwreport.adi");
		Files.writeString(lotw, "ARRL Logbook of the World Status Report\n<PROGRAMID:4>LoTW\n<eoh>\n"
				+ "<APP_LoTW_OWNCALL:6>JA1ZZZ<STATION_CALLSIGN:6>JA1ZZZ<CALL:4>W1AW<BAND:3>20M<FREQ:8>14.07400<MODE:3>FT8"
				+ "<QSO_DATE:8>20250110<TIME_ON:6>123015<QSL_RCVD:1>Y<QSLRDATE:8>20250111<eor>\n"
				+ "<APP_LoTW_OWNCALL:6>JA1ZZZ<CALL:5>VK2XX<BAND:3>15M<MODE:2>CW<QSO_DATE:8>20250113<TIME_ON:4>0500"
				+ "<QSL_RCVD:1>N<eor>\n", StandardCharsets.US_ASCII);
		assertEquals(ExitCode.OK, run("--cards-adif", lotw.toString(), "--json", "--mode-groups"), err.toString());
		JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
		JsonArray results = json.getAsJsonArray("results");
		assertEquals(1, results.size());
		JsonObject w1aw = results.get(0).getAsJsonObject();
		assertEquals("OK_UNMARKED", w1aw.get("state").getAsString());
		assertEquals("W1AW", w1aw.getAsJsonObject("qso").get("call").getAsString());
		assertEquals("2025-01-10T12:30:00Z", w1aw.getAsJsonObject("qso").get("time").getAsString());
		assertEquals(1, w1aw.get("record").getAsInt());
		assertEquals(1, json.getAsJsonObject("summary").get("OK_UNMARKED").getAsInt());
		assertEquals(1, json.getAsJsonObject("summary").get("problems").getAsInt(), "the unconfirmed record");
	}

	@Test
	void missingCardsFailNamingThem() {
		assertEquals(ExitCode.FAILED, run("--cards", dir.resolve("nope").toString()));
		assertTrue(err.toString().contains("nope"), err.toString());
		assertEquals(ExitCode.FAILED, run("--cards-adif", dir.resolve("nope.adi").toString()));
		assertTrue(err.toString().contains("nope.adi"), err.toString());
	}

	@Test
	void wrongCommandLinesAreUsageErrors() {
		assertThrows(UsageException.class, () -> run());
		assertThrows(UsageException.class, () -> run("--cards", "a", "--cards-adif", "b"));
		assertThrows(UsageException.class, () -> run("--cards", "a", "--window", "ten"));
		assertThrows(UsageException.class, () -> run("--cards", "a", "--window", "2000"));
		assertThrows(UsageException.class, () -> run("--cards", "a", "--mark-rule", "E"));
		assertThrows(UsageException.class, () -> run("--cards", "a", "--write-marks", "--mark-rule", " "));
		assertThrows(UsageException.class, () -> run("--cards", "a", "--aliases", "CW"));
		assertThrows(UsageException.class, () -> run("--cards", "a", "--frobnicate"));
		assertThrows(UsageException.class, () -> run("--cards", "a", "extra"));
		assertThrows(UsageException.class, () -> run("--cards"));
	}
}
