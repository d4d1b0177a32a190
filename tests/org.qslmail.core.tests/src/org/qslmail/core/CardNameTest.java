package org.qslmail.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.qslmail.core.internal.Messages;

class CardNameTest {

	/** Only characters legal on Windows, macOS and Linux, and none of Windows' reserved ones. */
	private static final String SAFE = "[A-Za-z0-9_.+%-]+"; //$NON-NLS-1$

	private static CardName card(String sender, String recipient, String date, String time, String band, Mode mode) {
		return CardName.of(Callsign.parse(sender), Callsign.parse(recipient), StationTime.parseHamlog(date, time),
				Band.parse(band), mode);
	}

	static Stream<Arguments> examples() {
		return Stream.of( //
				Arguments.of(card("JA1ABC", "JA2XYZ", "25/01/01", "08:30J", "7", Mode.parse("CW")),
						"JA1ABC_JA2XYZ_20250101-0830J_40m_CW.jpg"),
				// logged in UTC: the name is in JST, across the year boundary
				Arguments.of(card("JA1ABC", "JA2XYZ", "24/12/31", "23:30U", "7", Mode.parse("CW")),
						"JA1ABC_JA2XYZ_20250101-0830J_40m_CW.jpg"),
				Arguments.of(card("KH0/JA1ABC/P", "7J1/JA2XYZ", "24/12/31", "23:59J", "433", Mode.parse("FT4")),
						"KH0-JA1ABC-P_7J1-JA2XYZ_20241231-2359J_70cm_MFSK+FT4.jpg"),
				Arguments.of(card("JA1ABC/1", "JA2XYZ/QRP", "25/06/15", "00:00J", "1200", Mode.parse("USB")),
						"JA1ABC-1_JA2XYZ-QRP_20250615-0000J_23cm_SSB+USB.jpg"),
				Arguments.of(card("JA1ABC", "JA2XYZ", "25/06/15", "12:00J", "24G", Mode.ofAdif("DYNAMIC", "VARA HF")),
						"JA1ABC_JA2XYZ_20250615-1200J_1.25cm_DYNAMIC+VARA%20HF.jpg"),
				Arguments.of(card("JA1ABC", "JA2XYZ", "25/06/15", "12:00J", "14", Mode.ofAdif("OLIVIA", "OLIVIA 8/250")),
						"JA1ABC_JA2XYZ_20250615-1200J_20m_OLIVIA+OLIVIA%208%2F250.jpg"),
				Arguments.of(card("JA1ABC", "JA2XYZ", "25/06/15", "12:00J", "50", Mode.parse("A1")),
						"JA1ABC_JA2XYZ_20250615-1200J_6m_A1.jpg"),
				Arguments.of(card("JA1ABC", "JA2XYZ", "25/06/15", "12:00J", "3.5", Mode.parse("\u96FB\u4FE1")),
						"JA1ABC_JA2XYZ_20250615-1200J_80m_%E9%9B%BB%E4%BF%A1.jpg"),
				Arguments.of(card("JA1ABC", "JA2XYZ", "25/06/15", "12:00J", "10G", Mode.parse("FT8")),
						"JA1ABC_JA2XYZ_20250615-1200J_3cm_FT8.jpg"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("examples")
	void writesAndReadsBackExactly(CardName card, String fileName) {
		assertEquals(fileName, card.fileName());
		assertEquals(fileName, card.toString());
		assertTrue(fileName.matches(SAFE), fileName);
		CardName parsed = CardName.parse(fileName);
		assertEquals(card, parsed);
		assertEquals(fileName, parsed.fileName());
	}

	@ParameterizedTest
	@EnumSource(Band.class)
	void everyBandRoundTrips(Band band) {
		CardName card = new CardName(Callsign.parse("JA1ABC"), Callsign.parse("JA2XYZ"),
				LocalDateTime.parse("2025-01-01T08:30"), band, Mode.parse("FT8"));
		assertTrue(card.fileName().matches(SAFE));
		assertEquals(card, CardName.parse(card.fileName()));
	}

	@Test
	void timeIsJstToTheMinute() {
		CardName card = new CardName(Callsign.parse("JA1ABC"), Callsign.parse("JA2XYZ"),
				LocalDateTime.parse("2025-01-01T08:30:45"), Band.B40M, Mode.parse("CW"));
		assertEquals(LocalDateTime.parse("2025-01-01T08:30"), card.jstDateTime());
		assertEquals(StationTime.parseHamlog("25/01/01", "08:30J"), card.time());
		assertEquals(StationTime.parseHamlog("24/12/31", "23:30U").toInstant(), card.time().toInstant());
	}

	@Test
	void parsingIgnoresCase() {
		CardName lower = CardName.parse("ja1abc-p_ja2xyz_20250101-0830j_40M_cw.JPG");
		assertEquals("JA1ABC-P_JA2XYZ_20250101-0830J_40m_CW.jpg", lower.fileName());
		assertEquals(Callsign.parse("JA1ABC/P"), lower.sender());
	}

	@Test
	void tooLongNamesAreRejected() {
		Mode huge = Mode.parse("/".repeat(80)); // 240 characters once encoded
		InvalidInputException e = assertThrows(InvalidInputException.class, () -> new CardName(
				Callsign.parse("JA1ABC"), Callsign.parse("JA2XYZ"), LocalDateTime.parse("2025-01-01T08:30"),
				Band.B40M, huge));
		assertEquals(Messages.format(Messages.CardName_tooLong, "277", "255"), e.getMessage());
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 10000 })
	void yearsNeedFourDigits(int year) {
		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> new CardName(Callsign.parse("JA1ABC"), Callsign.parse("JA2XYZ"),
						LocalDateTime.of(year, 1, 1, 0, 0), Band.B40M, Mode.parse("CW")));
		assertEquals(Messages.format(Messages.CardName_year, String.valueOf(year)), e.getMessage());
	}

	private static final String GOOD = "JA1ABC_JA2XYZ_20250101-0830J_40m_CW.jpg"; //$NON-NLS-1$

	static Stream<Arguments> malformed() {
		return Stream.of( //
				Arguments.of(null, Messages.CardName_empty), //
				Arguments.of(" ", Messages.CardName_empty), //
				Arguments.of("cards/" + GOOD, Messages.format(Messages.CardName_notFileName, "cards/" + GOOD)), //
				Arguments.of("C:\\cards\\" + GOOD, Messages.format(Messages.CardName_notFileName, "C:\\cards\\" + GOOD)), //
				Arguments.of("JA1ABC_JA2XYZ_20250101-0830J_40m_CW.png",
						Messages.format(Messages.CardName_extension, "JA1ABC_JA2XYZ_20250101-0830J_40m_CW.png", ".jpg")), //
				Arguments.of("JA1ABC_JA2XYZ_20250101-0830J_40m_CW",
						Messages.format(Messages.CardName_extension, "JA1ABC_JA2XYZ_20250101-0830J_40m_CW", ".jpg")), //
				Arguments.of("JA1ABC_JA2XYZ_20250101-0830J_40m.jpg",
						Messages.format(Messages.CardName_fieldCount, "JA1ABC_JA2XYZ_20250101-0830J_40m.jpg", "4", "5")), //
				Arguments.of("JA1ABC_JA2XYZ_20250101-0830J_40m_CW_X.jpg",
						Messages.format(Messages.CardName_fieldCount, "JA1ABC_JA2XYZ_20250101-0830J_40m_CW_X.jpg", "6", "5")), //
				Arguments.of("JA1ABC-_JA2XYZ_20250101-0830J_40m_CW.jpg",
						Messages.format(Messages.CardName_callsign, "JA1ABC-", "")), //
				Arguments.of("JA1ABC_JA2 XYZ_20250101-0830J_40m_CW.jpg",
						Messages.format(Messages.CardName_callsign, "JA2 XYZ", "")), //
				Arguments.of("QRP_JA2XYZ_20250101-0830J_40m_CW.jpg", Messages.format(Messages.CardName_callsign, "QRP",
						Messages.format(Messages.Callsign_noBase, "QRP"))), //
				Arguments.of("_JA2XYZ_20250101-0830J_40m_CW.jpg", Messages.format(Messages.CardName_callsign, "", "")), //
				Arguments.of("JA1ABC_JA2XYZ_20250101-0830U_40m_CW.jpg",
						Messages.format(Messages.CardName_dateTime, "20250101-0830U")), //
				Arguments.of("JA1ABC_JA2XYZ_20250230-0830J_40m_CW.jpg",
						Messages.format(Messages.CardName_dateTime, "20250230-0830J")), //
				Arguments.of("JA1ABC_JA2XYZ_20250101-2400J_40m_CW.jpg",
						Messages.format(Messages.CardName_dateTime, "20250101-2400J")), //
				Arguments.of("JA1ABC_JA2XYZ_2025011-0830J_40m_CW.jpg",
						Messages.format(Messages.CardName_dateTime, "2025011-0830J")), //
				Arguments.of("JA1ABC_JA2XYZ_20250101-083000J_40m_CW.jpg",
						Messages.format(Messages.CardName_dateTime, "20250101-083000J")), //
				Arguments.of("JA1ABC_JA2XYZ_20250101-0830J_40_CW.jpg", Messages.format(Messages.CardName_band, "40")), //
				Arguments.of("JA1ABC_JA2XYZ_20250101-0830J_7MHz_CW.jpg", Messages.format(Messages.CardName_band, "7MHz")), //
				Arguments.of("JA1ABC_JA2XYZ_20250101-0830J_ 40m_CW.jpg", Messages.format(Messages.CardName_band, " 40m")), //
				Arguments.of("JA1ABC_JA2XYZ_20250101-0830J_40m_.jpg", Messages.format(Messages.CardName_mode, "")), //
				Arguments.of("JA1ABC_JA2XYZ_20250101-0830J_40m_MFSK+.jpg", Messages.format(Messages.CardName_mode, "MFSK+")), //
				Arguments.of("JA1ABC_JA2XYZ_20250101-0830J_40m_C W.jpg", Messages.format(Messages.CardName_mode, "C W")), //
				Arguments.of("JA1ABC_JA2XYZ_20250101-0830J_40m_CW+A+B.jpg", Messages.format(Messages.CardName_mode, "CW+A+B")), //
				Arguments.of("JA1ABC_JA2XYZ_20250101-0830J_40m_%20.jpg", Messages.format(Messages.CardName_mode, "%20")), //
				Arguments.of("JA1ABC_JA2XYZ_20250101-0830J_40m_CW%2.jpg", Messages.format(Messages.CardName_escape, "CW%2")), //
				Arguments.of("JA1ABC_JA2XYZ_20250101-0830J_40m_CW%ZZ.jpg", Messages.format(Messages.CardName_escape, "CW%ZZ")), //
				Arguments.of("JA1ABC_JA2XYZ_20250101-0830J_40m_%FF.jpg", Messages.format(Messages.CardName_escape, "%FF")));
	}

	@ParameterizedTest(name = "[{0}] rejected")
	@MethodSource("malformed")
	void rejectsMalformedNames(String fileName, String message) {
		InvalidInputException e = assertThrows(InvalidInputException.class, () -> CardName.parse(fileName));
		assertEquals(message, e.getMessage());
		assertEquals(fileName == null ? "" : fileName, e.input());
	}

	@ParameterizedTest
	@CsvSource({ "JA1ABC_JA2XYZ_20250101-0830J_40m_CW.jpg", "KH0-JA1ABC-P_7J1-JA2XYZ_20241231-2359J_70cm_MFSK+FT4.jpg" })
	void senderAndRecipientKeepTheirPortableDesignators(String fileName) {
		CardName card = CardName.parse(fileName);
		assertEquals(fileName.substring(0, fileName.indexOf('_')).replace('-', '/'), card.sender().text());
	}
}
