package org.qslmail.core;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.qslmail.core.internal.Messages;

/**
 * A QSO time as logged: a local date-time together with the zone it was logged in (JST or UTC). The zone is
 * kept explicit, as ham-data.md §4.3 advises, and converted only at the edges: ADIF stores UTC, hQSL compares
 * and names cards in JST.
 * <p>
 * HAMLOG writes the date as {@code YY/MM/DD} and the time as {@code HH:MM} plus the zone letter. Two-digit
 * years are read in the fixed window {@value #PIVOT_START}–{@value #PIVOT_END} (our own choice: the century is
 * not recorded anywhere; a fixed window keeps results independent of today's date, and hQSL itself supports no
 * QSO before 1999). A four-digit year is accepted too.
 * <p>
 * Two values are {@link #equals(Object) equal} only if zone and local time are equal; use
 * {@link #toInstant()} to compare moments.
 *
 * @param dateTime local date-time in {@code zone}
 * @param zone     the zone the time was logged in
 */
public record StationTime(LocalDateTime dateTime, LogZone zone) {

	/** First year a two-digit HAMLOG year stands for ({@code 50} → 1950). */
	public static final int PIVOT_START = 1950;

	/** Last year a two-digit HAMLOG year stands for ({@code 49} → 2049). */
	public static final int PIVOT_END = 2049;

	private static final Pattern DATE = Pattern.compile("(\\d{2}|\\d{4})/(\\d{2})/(\\d{2})"); //$NON-NLS-1$
	private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})([A-Za-z]?)"); //$NON-NLS-1$

	public StationTime {
		Objects.requireNonNull(dateTime, "dateTime"); //$NON-NLS-1$
		Objects.requireNonNull(zone, "zone"); //$NON-NLS-1$
	}

	/** @return the moment shown in {@code zone} */
	public static StationTime of(Instant instant, LogZone zone) {
		return new StationTime(LocalDateTime.ofInstant(instant, zone.offset()), zone);
	}

	/** @return the date and time in {@code zone} */
	public static StationTime of(LocalDate date, LocalTime time, LogZone zone) {
		return new StationTime(LocalDateTime.of(date, time), zone);
	}

	/**
	 * Reads HAMLOG's date and time columns, e.g. {@code "25/01/01"} and {@code "08:30J"}.
	 *
	 * @throws InvalidInputException when either is malformed, the date does not exist, or the zone letter is
	 *                               missing or unknown
	 */
	public static StationTime parseHamlog(String date, String time) {
		LocalDate localDate = parseHamlogDate(date);
		String raw = time == null ? "" : time; //$NON-NLS-1$
		String trimmed = raw.strip();
		Matcher matcher = TIME.matcher(trimmed);
		if (!matcher.matches()) {
			throw new InvalidInputException(Messages.format(Messages.StationTime_timeFormat, trimmed), raw);
		}
		if (matcher.group(3).isEmpty()) {
			throw new InvalidInputException(Messages.format(Messages.StationTime_missingZone, trimmed), raw);
		}
		LogZone zone = LogZone.ofSuffix(matcher.group(3).charAt(0)).orElseThrow(
				() -> new InvalidInputException(Messages.format(Messages.StationTime_missingZone, trimmed), raw));
		int hour = Integer.parseInt(matcher.group(1));
		int minute = Integer.parseInt(matcher.group(2));
		if (hour > 23 || minute > 59) {
			throw new InvalidInputException(Messages.format(Messages.StationTime_invalidTime, trimmed), raw);
		}
		return of(localDate, LocalTime.of(hour, minute), zone);
	}

	/**
	 * Reads HAMLOG's date column {@code YY/MM/DD} (or {@code YYYY/MM/DD}).
	 *
	 * @throws InvalidInputException when malformed or the date does not exist
	 */
	public static LocalDate parseHamlogDate(String date) {
		String raw = date == null ? "" : date; //$NON-NLS-1$
		String trimmed = raw.strip();
		Matcher matcher = DATE.matcher(trimmed);
		if (!matcher.matches()) {
			throw new InvalidInputException(Messages.format(Messages.StationTime_dateFormat, trimmed), raw);
		}
		int year = Integer.parseInt(matcher.group(1));
		if (matcher.group(1).length() == 2) {
			year = expandYear(year);
		}
		try {
			return LocalDate.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
		} catch (DateTimeException e) {
			throw new InvalidInputException(Messages.format(Messages.StationTime_invalidDate, trimmed), raw);
		}
	}

	/**
	 * @param twoDigitYear 0–99
	 * @return the year in {@value #PIVOT_START}–{@value #PIVOT_END}
	 */
	public static int expandYear(int twoDigitYear) {
		if (twoDigitYear < 0 || twoDigitYear > 99) {
			throw new IllegalArgumentException("twoDigitYear: " + twoDigitYear); //$NON-NLS-1$
		}
		int year = PIVOT_START - PIVOT_START % 100 + twoDigitYear;
		return year < PIVOT_START ? year + 100 : year;
	}

	/** @return the moment in time */
	public Instant toInstant() {
		return dateTime.toInstant(zone.offset());
	}

	/** @return the same moment shown in {@code target}; the date rolls over when midnight is crossed */
	public StationTime withZone(LogZone target) {
		return target == zone ? this : of(toInstant(), target);
	}

	/** @return the same moment in JST */
	public StationTime toJst() {
		return withZone(LogZone.JST);
	}

	/** @return the same moment in UTC */
	public StationTime toUtc() {
		return withZone(LogZone.UTC);
	}

	/** @return the local date in {@code zone} */
	public LocalDate date() {
		return dateTime.toLocalDate();
	}

	/** @return the local time in {@code zone} */
	public LocalTime time() {
		return dateTime.toLocalTime();
	}

	/** @return this value with seconds and smaller units dropped, as HAMLOG and card names keep minutes only */
	public StationTime truncatedToMinutes() {
		return new StationTime(dateTime.truncatedTo(ChronoUnit.MINUTES), zone);
	}

	/**
	 * @return the date as HAMLOG writes it, {@code YY/MM/DD}
	 * @throws InvalidInputException when the year lies outside the two-digit window and would read back wrong
	 */
	public String hamlogDate() {
		int year = dateTime.getYear();
		if (year < PIVOT_START || year > PIVOT_END) {
			throw new InvalidInputException(Messages.format(Messages.StationTime_yearOutsideWindow,
					String.valueOf(year), String.valueOf(PIVOT_START), String.valueOf(PIVOT_END)), dateTime.toString());
		}
		return String.format(Locale.ROOT, "%02d/%02d/%02d", year % 100, dateTime.getMonthValue(), dateTime.getDayOfMonth()); //$NON-NLS-1$
	}

	/** @return the time as HAMLOG writes it, {@code HH:MM} plus the zone letter, e.g. {@code 08:30J} */
	public String hamlogTime() {
		return String.format(Locale.ROOT, "%02d:%02d%c", dateTime.getHour(), dateTime.getMinute(), zone.suffix()); //$NON-NLS-1$
	}

	/** @return e.g. {@code 2025-01-01 08:30J}, for diagnostics */
	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d%c", dateTime.getYear(), dateTime.getMonthValue(), //$NON-NLS-1$
				dateTime.getDayOfMonth(), dateTime.getHour(), dateTime.getMinute(), zone.suffix());
	}
}
