package org.qslmail.exchange.message;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.InvalidInputException;
import org.qslmail.core.Mode;

/**
 * The one QSO of a card's ADIF part: an ADI text with an optional header ended by {@code <EOH>} and exactly one
 * record ended by {@code <EOR>}. Field lengths count characters (docs/qsl-mail-format.md).
 */
record AdifRecord(Callsign sender, Callsign recipient, LocalDateTime utc, Band band, Mode mode, String rstSent,
		String zone) {

	static AdifRecord parse(String text) throws QslMessageException {
		int pos = 0;
		boolean inHeader = !text.stripLeading().startsWith("<"); //$NON-NLS-1$
		Map<String, String> fields = null;
		int records = 0;
		Map<String, String> current = new HashMap<>();
		int tags = 0;
		while (true) {
			int open = text.indexOf('<', pos);
			if (open < 0) {
				break;
			}
			int close = text.indexOf('>', open);
			if (close < 0) {
				throw bad("tag not closed"); //$NON-NLS-1$
			}
			if (++tags > 1000) {
				throw bad("too many fields"); //$NON-NLS-1$
			}
			String spec = text.substring(open + 1, close);
			String[] parts = spec.split(":", -1); //$NON-NLS-1$
			String name = parts[0].strip().toUpperCase(Locale.ROOT);
			if (parts.length == 1) {
				if (name.equals("EOH")) { //$NON-NLS-1$
					if (!inHeader && records == 0 && current.isEmpty()) {
						// a header without text before it
					}
					inHeader = false;
					current.clear();
				} else if (name.equals("EOR")) { //$NON-NLS-1$
					if (inHeader) {
						throw bad("record inside the header"); //$NON-NLS-1$
					}
					records++;
					fields = new HashMap<>(current);
					current.clear();
				} else {
					throw bad("tag without length: " + name); //$NON-NLS-1$
				}
				pos = close + 1;
				continue;
			}
			int length;
			try {
				length = Integer.parseInt(parts[1].strip());
			} catch (NumberFormatException e) {
				throw bad("bad length in <" + spec + ">"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (length < 0 || close + 1 + length > text.length()) {
				throw bad("field " + name + " runs past the end"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			String value = text.substring(close + 1, close + 1 + length);
			if (current.containsKey(name) && !inHeader) {
				throw bad("field " + name + " twice"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			current.put(name, value);
			pos = close + 1 + length;
		}
		if (records != 1 || fields == null) {
			throw bad(records + " records instead of one"); //$NON-NLS-1$
		}
		if (!current.isEmpty()) {
			throw bad("fields after the record"); //$NON-NLS-1$
		}
		return of(fields);
	}

	private static AdifRecord of(Map<String, String> f) throws QslMessageException {
		Callsign sender = call(f, "STATION_CALLSIGN"); //$NON-NLS-1$
		Callsign recipient = call(f, "CALL"); //$NON-NLS-1$
		String date = required(f, "QSO_DATE"); //$NON-NLS-1$
		String time = required(f, "TIME_ON"); //$NON-NLS-1$
		LocalDateTime utc;
		try {
			if (!date.matches("\\d{8}") || !(time.matches("\\d{4}") || time.matches("\\d{6}"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				throw bad("QSO_DATE/TIME_ON " + date + ' ' + time); //$NON-NLS-1$
			}
			utc = LocalDateTime.of(LocalDate.of(Integer.parseInt(date.substring(0, 4)), Integer.parseInt(date.substring(4, 6)),
					Integer.parseInt(date.substring(6, 8))), LocalTime.of(Integer.parseInt(time.substring(0, 2)),
							Integer.parseInt(time.substring(2, 4))));
		} catch (DateTimeException e) {
			throw bad("QSO_DATE/TIME_ON " + date + ' ' + time); //$NON-NLS-1$
		}
		Band band = null;
		String bandText = f.get("BAND"); //$NON-NLS-1$
		if (bandText != null && !bandText.isBlank()) {
			band = Band.ofAdif(bandText.strip()).orElseThrow(() -> bad("BAND " + bandText)); //$NON-NLS-1$
		} else if (f.get("FREQ") != null) { //$NON-NLS-1$
			try {
				band = Band.ofMhz(new BigDecimal(f.get("FREQ").strip())).orElse(null); //$NON-NLS-1$
			} catch (NumberFormatException e) {
				band = null;
			}
		}
		if (band == null) {
			throw bad("no band and no frequency inside a band"); //$NON-NLS-1$
		}
		Mode mode;
		try {
			mode = Mode.ofAdif(required(f, "MODE"), f.get("SUBMODE")); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (InvalidInputException e) {
			throw bad("MODE: " + e.getMessage()); //$NON-NLS-1$
		}
		String zone = f.get("APP_QSLMAIL_ZONE"); //$NON-NLS-1$
		if (zone != null && !zone.equals("JST") && !zone.equals("UTC")) { //$NON-NLS-1$ //$NON-NLS-2$
			zone = null;
		}
		return new AdifRecord(sender, recipient, utc, band, mode, f.get("RST_SENT"), zone); //$NON-NLS-1$
	}

	private static String required(Map<String, String> f, String name) throws QslMessageException {
		String v = f.get(name);
		if (v == null || v.isBlank()) {
			throw bad("no " + name); //$NON-NLS-1$
		}
		return v.strip();
	}

	private static Callsign call(Map<String, String> f, String name) throws QslMessageException {
		try {
			return Callsign.parse(required(f, name));
		} catch (InvalidInputException e) {
			throw bad(name + ": " + e.getMessage()); //$NON-NLS-1$
		}
	}

	private static QslMessageException bad(String detail) {
		return new QslMessageException(QuarantineReason.BAD_ADIF, detail);
	}
}
