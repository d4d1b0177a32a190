package org.qslmail.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.LogZone;
import org.qslmail.core.QslColumn;

/** Confirmation downloads of LoTW, eQSL.cc and QRZ.com read as received cards and matched. */
class AdifConfirmationsTest {

	@TempDir
	Path folder;

	/** As lotwreport.adi gives it (qso_qsl=no lists unconfirmed uploads too). */
	static final String LOTW = """
			ARRL Logbook of the World Status Report
			Generated at 2025-02-01 10:11:12
			for ja1zzz
			Query:
			    QSL ONLY: NO
			   QSL SINCE: 2025-01-01 00:00:00

			<PROGRAMID:4>LoTW
			<APP_LoTW_LASTQSL:19>2025-01-20 12:34:56
			<APP_LoTW_NUMREC:1>3

			<eoh>

			<APP_LoTW_OWNCALL:6>JA1ZZZ
			<STATION_CALLSIGN:6>JA1ZZZ
			<CALL:4>W1AW
			<BAND:3>20M
			<FREQ:8>14.07400
			<MODE:3>FT8
			<APP_LoTW_MODEGROUP:4>DATA
			<QSO_DATE:8>20250110
			<TIME_ON:6>123015
			<APP_LoTW_RXQSO:19>2025-01-10 13:00:00 // QSO record inserted/modified at LoTW
			<QSL_RCVD:1>Y
			<QSLRDATE:8>20250111
			<APP_LoTW_RXQSL:19>2025-01-11 08:00:00 // QSL record matched/modified at LoTW
			<eor>

			<APP_LoTW_OWNCALL:6>JA1ZZZ
			<STATION_CALLSIGN:6>JA1ZZZ
			<CALL:5>DL1AB
			<BAND:3>40M
			<MODE:4>MFSK
			<SUBMODE:3>FT4
			<QSO_DATE:8>20250112
			<TIME_ON:6>210000
			<QSL_RCVD:1>Y
			<eor>

			<APP_LoTW_OWNCALL:6>JA1ZZZ
			<STATION_CALLSIGN:6>JA1ZZZ
			<CALL:5>VK2XX
			<BAND:3>15M
			<MODE:2>CW
			<QSO_DATE:8>20250113
			<TIME_ON:4>0500
			<QSL_RCVD:1>N
			<eor>
			""";

	/** As eQSL.cc's DownloadInBox gives it: the sender's view, QSL_SENT=Y, no received flag. */
	static final String EQSL = """
			ARRL eQSL Inbox Download
			<ADIF_VER:5>3.1.0
			<PROGRAMID:21>eQSL.cc DownloadInBox
			<EOH>
			<CALL:6>JA2XYZ<QSO_DATE:8>20250101<TIME_ON:4>0000<BAND:3>40M<MODE:2>CW<RST_SENT:3>599<QSL_SENT:1>Y<QSL_SENT_VIA:1>E<QSLMSG:11>TNX FER QSO<GRIDSQUARE:6>PM85ab<APP_EQSL_AG:1>Y<EOR>
			<CALL:6>JA3ABC<QSO_DATE:8>20250102<TIME_ON:4>1200<BAND:4>70CM<MODE:2>FM<QSL_SENT:1>Y<QSL_SENT_VIA:1>E<EOR>
			""";

	/** A QRZ.com logbook export: the whole log, APP_QRZLOG_STATUS=C for confirmed QSOs. */
	static final String QRZ = """
			QRZLogbook download for ja1zzz
			<adif_ver:5>3.1.1
			<programid:10>QRZLogbook
			<eoh>
			<app_qrzlog_logid:9>123456789<app_qrzlog_status:1>C<band:3>20m<call:5>K1ABC<freq:6>14.025<mode:2>CW<qso_date:8>20250115<time_on:4>0102<station_callsign:6>JA1ZZZ<qsl_rcvd:1>N<eor>
			<app_qrzlog_logid:9>123456790<app_qrzlog_status:1>N<band:3>20m<call:5>K2ABC<freq:6>14.030<mode:2>CW<qso_date:8>20250115<time_on:4>0110<station_callsign:6>JA1ZZZ<qsl_rcvd:1>N<eor>
			<app_qrzlog_logid:9>123456791<band:3>40m<call:5>K3ABC<mode:3>SSB<qso_date:8>20250116<time_on:4>1010<lotw_qsl_rcvd:1>Y<eor>
			""";

	private Path write(String name, String text) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, text, StandardCharsets.US_ASCII);
		return file;
	}

	@Test
	void lotwReportGivesTheConfirmedRecords() throws Exception {
		Path file = write("lotwreport.adi", LOTW);
		AdifConfirmations.Contents contents = AdifConfirmations.read(file, new NullProgressMonitor());
		assertEquals(2, contents.cards().size());
		assertEquals(1, contents.notConfirmed(), "QSL_RCVD=N is an upload without confirmation");
		assertTrue(contents.problems().isEmpty(), contents.problems().toString());
		ReceivedCard w1aw = contents.cards().get(0);
		assertEquals("W1AW", w1aw.sender().text());
		assertEquals(Optional.of(Callsign.parse("JA1ZZZ")), w1aw.recipient());
		assertEquals(Instant.parse("2025-01-10T12:30:15Z"), w1aw.time());
		assertEquals(LogZone.UTC, w1aw.zone());
		assertEquals(Optional.of(Band.B20M), w1aw.band());
		assertEquals("FT8", w1aw.mode());
		assertEquals(Optional.empty(), w1aw.image());
		assertEquals(CardOrigin.Kind.ADIF_CONFIRMATION, w1aw.origin().kind());
		assertEquals(1, w1aw.origin().position());
		assertEquals("FT4", contents.cards().get(1).mode(), "the submode is the more precise mode");
	}

	@Test
	void eqslInboxRecordsAreAllCards() throws Exception {
		AdifConfirmations.Contents contents = AdifConfirmations.read(write("inbox.adi", EQSL), new NullProgressMonitor());
		assertEquals(2, contents.cards().size());
		assertEquals(0, contents.notConfirmed());
		assertEquals(Optional.of(Band.B70CM), contents.cards().get(1).band());
	}

	@Test
	void qrzExportGivesConfirmedQsosOnly() throws Exception {
		AdifConfirmations.Contents contents = AdifConfirmations.read(write("qrz.adi", QRZ), new NullProgressMonitor());
		assertEquals(List.of("K1ABC", "K3ABC"), contents.cards().stream().map(c -> c.sender().text()).toList());
		assertEquals(1, contents.notConfirmed());
	}

	@Test
	void badRecordsAreReportedAndTheRestIsRead() throws Exception {
		Path file = write("bad.adi", "bad records\n<EOH>\n<CALL:3>???<QSO_DATE:8>20250101<TIME_ON:4>0000<BAND:3>40M<MODE:2>CW<EOR>\n"
				+ "<CALL:5>K1ABC<BAND:3>40M<MODE:2>CW<EOR>\n" // no date
				+ "<CALL:5>K2ABC<QSO_DATE:8>20250101<TIME_ON:4>0000<BAND:3>40M<MODE:2>CW<EOR>\n");
		AdifConfirmations.Contents contents = AdifConfirmations.read(file, new NullProgressMonitor());
		assertEquals(1, contents.cards().size());
		assertEquals(2, contents.problems().size(), contents.problems().toString());
	}

	@Test
	void aMissingFileIsAMatchingProblem() {
		assertThrows(MatchingException.class,
				() -> AdifConfirmations.read(folder.resolve("none.adi"), new NullProgressMonitor()));
	}

	@Test
	void lotwConfirmationsMatchTheLogByModeGroup() throws Exception {
		List<LoggedQso> log = new ArrayList<>();
		// The log has FT8 as DATA and FT4 under MFSK; LoTW's time has seconds.
		log.add(new LoggedQso(1, Callsign.parse("W1AW"), Instant.parse("2025-01-10T12:30:00Z"), Optional.of(Band.B20M),
				"FT8", Optional.empty(), QslColumn.EMPTY, false));
		log.add(new LoggedQso(2, Callsign.parse("DL1AB"), Instant.parse("2025-01-12T21:02:00Z"), Optional.of(Band.B40M),
				"MFSK", Optional.of("FT4"), QslColumn.EMPTY, false));
		AdifConfirmations.Contents contents = AdifConfirmations.read(write("lotwreport.adi", LOTW),
				new NullProgressMonitor());
		List<MatchResult> results = CardMatcher.match(contents.cards(), new QsoList(log),
				MatchRules.DEFAULT.withWindow(java.time.Duration.ofMinutes(30)), new NullProgressMonitor());
		assertEquals(MatchState.OK_UNMARKED, results.get(0).state(), results.get(0).describe());
		assertEquals(MatchState.OK_UNMARKED, results.get(1).state(), results.get(1).describe());
	}
}
