package org.qslmail.core;

import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The two time zones a HAMLOG time can be logged in, with HAMLOG's one-letter suffix ({@code 12:34J},
 * {@code 03:34U}). Japan has no daylight saving time, so JST is a fixed UTC+9.
 */
public enum LogZone {

	/** Japan Standard Time, UTC+9, suffix {@code J}. */
	JST('J', ZoneOffset.ofHours(9)),

	/** Coordinated Universal Time, suffix {@code U}. */
	UTC('U', ZoneOffset.UTC);

	private final char suffix;
	private final ZoneOffset offset;

	LogZone(char suffix, ZoneOffset offset) {
		this.suffix = suffix;
		this.offset = offset;
	}

	/** @return HAMLOG's suffix letter, {@code J} or {@code U} */
	public char suffix() {
		return suffix;
	}

	/** @return the fixed offset from UTC */
	public ZoneOffset offset() {
		return offset;
	}

	/** @return the zone for a suffix letter, either case, or empty */
	public static Optional<LogZone> ofSuffix(char letter) {
		char upper = Character.toUpperCase(letter);
		for (LogZone zone : values()) {
			if (zone.suffix == upper) {
				return Optional.of(zone);
			}
		}
		return Optional.empty();
	}
}
