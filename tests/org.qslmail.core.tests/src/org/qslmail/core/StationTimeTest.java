package org.qslmail.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.qslmail.core.internal.Messages;

class StationTimeTest {

	@ParameterizedTest(name = "{0} {1} -> {2} {3}")
	@CsvSource({ "25/01/01, 08:30J, 2025-01-01T08:30, JST", "25/01/01, 08:30U, 2025-01-01T08:30, UTC",
			"99/12/31, 23:59J, 1999-12-31T23:59, JST", "00/01/01, 00:00U, 2000-01-01T00:00, UTC",
			"49/06/15, 12:00J, 2049-06-15T12:00, JST", "50/06/15, 12:00J, 1950-06-15T12:00, JST",
			"2025/01/01, 8:30j, 2025-01-01T08:30, JST", "' 24/02/29 ', ' 03:34u ', 2024-02-29T03:34, UTC" })
	void parsesHamlogColumns(String date, String time, LocalDateTime expected, LogZone zone) {
		StationTime parsed = StationTime.parseHamlog(date, time);
		assertEquals(expected, parsed.dateTime());
		assertEquals(zone, parsed.zone());
	}

	@ParameterizedTest(name = "{0} {1} = {2} {3} UTC")
	@CsvSource({ "25/01/01, 08:30J, 2024-12-31, 23:30", // year rollover backwards
			"25/03/01, 00:00J, 2025-02-28, 15:00", // month rollover, common year
			"24/03/01, 05:00J, 2024-02-29, 20:00", // leap day
			"25/06/15, 09:00J, 2025-06-15, 00:00", // exactly UTC midnight
			"25/06/15, 08:59J, 2025-06-14, 23:59", // one minute before it
			"25/06/15, 12:34J, 2025-06-15, 03:34" })
	void jstToUtcRollsTheDateBack(String date, String time, LocalDate utcDate, LocalTime utcTime) {
		StationTime utc = StationTime.parseHamlog(date, time).toUtc();
		assertEquals(LogZone.UTC, utc.zone());
		assertEquals(utcDate, utc.date());
		assertEquals(utcTime, utc.time());
	}

	@ParameterizedTest(name = "{0} {1} = {2} {3} JST")
	@CsvSource({ "24/12/31, 15:00U, 2025-01-01, 00:00", // year rollover forwards
			"24/12/31, 14:59U, 2024-12-31, 23:59", // one minute before JST midnight
			"25/02/28, 20:00U, 2025-03-01, 05:00", "24/02/28, 20:00U, 2024-02-29, 05:00",
			"25/06/15, 03:34U, 2025-06-15, 12:34", "25/06/15, 23:59U, 2025-06-16, 08:59" })
	void utcToJstRollsTheDateForward(String date, String time, LocalDate jstDate, LocalTime jstTime) {
		StationTime jst = StationTime.parseHamlog(date, time).toJst();
		assertEquals(LogZone.JST, jst.zone());
		assertEquals(jstDate, jst.date());
		assertEquals(jstTime, jst.time());
	}

	@Test
	void formatsBackInHamlogForm() {
		StationTime jst = StationTime.parseHamlog("25/01/01", "08:30J");
		assertEquals("25/01/01", jst.hamlogDate());
		assertEquals("08:30J", jst.hamlogTime());
		StationTime utc = jst.toUtc();
		assertEquals("24/12/31", utc.hamlogDate());
		assertEquals("23:30U", utc.hamlogTime());
		assertEquals("2024-12-31 23:30U", utc.toString());
		assertEquals("09:05J", StationTime.parseHamlog("05/01/02", "9:05J").hamlogTime());
	}

	@ParameterizedTest
	@CsvSource({ "25/01/01, 08:30J", "24/12/31, 23:30U", "50/01/01, 00:00U", "49/12/31, 23:59J",
			"00/02/29, 12:00J" })
	void roundTrips(String date, String time) {
		StationTime parsed = StationTime.parseHamlog(date, time);
		assertEquals(date, parsed.hamlogDate());
		assertEquals(time, parsed.hamlogTime());
		assertEquals(parsed, StationTime.parseHamlog(parsed.hamlogDate(), parsed.hamlogTime()));
		assertEquals(parsed, parsed.toUtc().toJst().withZone(parsed.zone()));
	}

	@Test
	void sameMomentInTwoZonesIsNotEqualButSameInstant() {
		StationTime jst = StationTime.parseHamlog("25/01/01", "08:30J");
		StationTime utc = StationTime.parseHamlog("24/12/31", "23:30U");
		assertNotEquals(jst, utc);
		assertEquals(jst.toInstant(), utc.toInstant());
		assertEquals(Instant.parse("2024-12-31T23:30:00Z"), jst.toInstant());
		assertEquals(utc, jst.toUtc());
		assertSame(jst, jst.toJst());
	}

	@Test
	void ofInstant() {
		Instant instant = Instant.parse("2025-01-01T15:00:00Z");
		assertEquals(LocalDateTime.parse("2025-01-02T00:00"), StationTime.of(instant, LogZone.JST).dateTime());
		assertEquals(LocalDateTime.parse("2025-01-01T15:00"), StationTime.of(instant, LogZone.UTC).dateTime());
	}

	@Test
	void truncatesToMinutes() {
		StationTime time = new StationTime(LocalDateTime.parse("2025-01-01T08:30:59.5"), LogZone.JST);
		assertEquals(LocalDateTime.parse("2025-01-01T08:30"), time.truncatedToMinutes().dateTime());
		assertEquals("08:30J", time.hamlogTime());
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "0, 2000", "1, 2001", "25, 2025", "49, 2049", "50, 1950", "51, 1951", "99, 1999" })
	void twoDigitYearWindow(int twoDigits, int year) {
		assertEquals(year, StationTime.expandYear(twoDigits));
	}

	@Test
	void twoDigitYearOutOfRange() {
		assertThrows(IllegalArgumentException.class, () -> StationTime.expandYear(-1));
		assertThrows(IllegalArgumentException.class, () -> StationTime.expandYear(100));
	}

	@ParameterizedTest
	@CsvSource({ "1949-12-31T23:59", "2050-01-01T00:00" })
	void yearsOutsideTheWindowCannotBeWrittenWithTwoDigits(LocalDateTime dateTime) {
		StationTime time = new StationTime(dateTime, LogZone.UTC);
		InvalidInputException e = assertThrows(InvalidInputException.class, time::hamlogDate);
		assertEquals(Messages.format(Messages.StationTime_yearOutsideWindow, String.valueOf(dateTime.getYear()),
				"1950", "2049"), e.getMessage());
	}

	@Test
	void dateRollsOutOfTheWindowWhenConverted() {
		// 1950-01-01 05:00 JST is 1949-12-31 in UTC: representable as an instant, not as a HAMLOG date
		StationTime jst = StationTime.parseHamlog("50/01/01", "05:00J");
		assertThrows(InvalidInputException.class, () -> jst.toUtc().hamlogDate());
	}

	static Stream<Arguments> malformed() {
		return Stream.of( //
				Arguments.of(null, "08:30J", Messages.format(Messages.StationTime_dateFormat, "")), //
				Arguments.of("2025-01-01", "08:30J", Messages.format(Messages.StationTime_dateFormat, "2025-01-01")), //
				Arguments.of("25/1/1", "08:30J", Messages.format(Messages.StationTime_dateFormat, "25/1/1")), //
				Arguments.of("025/01/01", "08:30J", Messages.format(Messages.StationTime_dateFormat, "025/01/01")), //
				Arguments.of("25/02/29", "08:30J", Messages.format(Messages.StationTime_invalidDate, "25/02/29")), //
				Arguments.of("25/13/01", "08:30J", Messages.format(Messages.StationTime_invalidDate, "25/13/01")), //
				Arguments.of("25/04/31", "08:30J", Messages.format(Messages.StationTime_invalidDate, "25/04/31")), //
				Arguments.of("25/01/01", null, Messages.format(Messages.StationTime_timeFormat, "")), //
				Arguments.of("25/01/01", "0830J", Messages.format(Messages.StationTime_timeFormat, "0830J")), //
				Arguments.of("25/01/01", "08:3J", Messages.format(Messages.StationTime_timeFormat, "08:3J")), //
				Arguments.of("25/01/01", "08:30JST", Messages.format(Messages.StationTime_timeFormat, "08:30JST")), //
				Arguments.of("25/01/01", "08:30", Messages.format(Messages.StationTime_missingZone, "08:30")), //
				Arguments.of("25/01/01", "08:30X", Messages.format(Messages.StationTime_missingZone, "08:30X")), //
				Arguments.of("25/01/01", "24:00J", Messages.format(Messages.StationTime_invalidTime, "24:00J")), //
				Arguments.of("25/01/01", "12:60U", Messages.format(Messages.StationTime_invalidTime, "12:60U")));
	}

	@ParameterizedTest(name = "[{0}] [{1}] rejected")
	@MethodSource("malformed")
	void rejectsMalformed(String date, String time, String message) {
		InvalidInputException e = assertThrows(InvalidInputException.class, () -> StationTime.parseHamlog(date, time));
		assertEquals(message, e.getMessage());
	}

	@Test
	void zoneLetters() {
		assertEquals(Optional.of(LogZone.JST), LogZone.ofSuffix('J'));
		assertEquals(Optional.of(LogZone.JST), LogZone.ofSuffix('j'));
		assertEquals(Optional.of(LogZone.UTC), LogZone.ofSuffix('U'));
		assertEquals(Optional.empty(), LogZone.ofSuffix('Z'));
		assertEquals(9 * 3600, LogZone.JST.offset().getTotalSeconds());
		assertEquals(0, LogZone.UTC.offset().getTotalSeconds());
	}
}
