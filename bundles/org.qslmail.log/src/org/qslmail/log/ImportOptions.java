package org.qslmail.log;

import java.nio.charset.Charset;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Settings of an import.
 *
 * @param format            the file format, or empty to detect it from the name and the first bytes
 * @param charset           the text encoding, or empty to detect it (ADI: UTF-8 or CP932 per field; HAMLOG CSV:
 *                          CP932; Cabrillo: UTF-8 with a CP932 fallback; ADX: from the XML declaration)
 * @param cabrilloCallField the 1-based field of a Cabrillo {@code QSO:} line, counted after {@code QSO:}, that holds
 *                          the received call; empty to use the contest table and then the symmetric rule (docs/log.md)
 * @param stationCallsign   the station callsign for records that name none, or empty
 * @param maxFieldLength    the longest field value accepted, in bytes; longer records are skipped
 */
public record ImportOptions(Optional<LogFormat> format, Optional<Charset> charset, OptionalInt cabrilloCallField,
		Optional<String> stationCallsign, int maxFieldLength) {

	/** 64 MiB: a photo in a field is still imported, a corrupt length is not. */
	public static final int DEFAULT_MAX_FIELD_LENGTH = 64 << 20;

	public static ImportOptions defaults() {
		return new ImportOptions(Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(),
				DEFAULT_MAX_FIELD_LENGTH);
	}

	public ImportOptions withFormat(LogFormat value) {
		return new ImportOptions(Optional.of(value), charset, cabrilloCallField, stationCallsign, maxFieldLength);
	}

	public ImportOptions withCharset(Charset value) {
		return new ImportOptions(format, Optional.of(value), cabrilloCallField, stationCallsign, maxFieldLength);
	}

	public ImportOptions withCabrilloCallField(int field) {
		return new ImportOptions(format, charset, OptionalInt.of(field), stationCallsign, maxFieldLength);
	}

	public ImportOptions withStationCallsign(String call) {
		return new ImportOptions(format, charset, cabrilloCallField, Optional.of(call), maxFieldLength);
	}

	public ImportOptions withMaxFieldLength(int bytes) {
		return new ImportOptions(format, charset, cabrilloCallField, stationCallsign, bytes);
	}
}
