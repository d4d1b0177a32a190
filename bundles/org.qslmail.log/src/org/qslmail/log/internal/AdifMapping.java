package org.qslmail.log.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.qslmail.core.Band;
import org.qslmail.core.LogZone;
import org.qslmail.core.QslColumn;
import org.qslmail.log.AdifField;
import org.qslmail.log.Qso;
import org.qslmail.log.SkipReason;

/**
 * ADIF fields to {@link Qso} and back. Fields with a column are read once (a repeated field is kept as an extra
 * field); everything else is kept in file order. Normalised on the way in: calls and modes upper case, bands as
 * the ADIF band name (lower case); all other values stay exactly as written.
 */
public final class AdifMapping {

	/** QSL Mail's own application fields: what ADIF has no field for. */
	public static final String APP_ZONE = "APP_QSLMAIL_ZONE"; //$NON-NLS-1$
	public static final String APP_QSL_COLUMN = "APP_QSLMAIL_QSL_COLUMN"; //$NON-NLS-1$
	public static final String APP_HAMLOG_CODE = "APP_QSLMAIL_HAMLOG_CODE"; //$NON-NLS-1$
	public static final String APP_SENT_CARD = "APP_QSLMAIL_SENT_CARD"; //$NON-NLS-1$
	public static final String APP_RCVD_CARD = "APP_QSLMAIL_RCVD_CARD"; //$NON-NLS-1$
	public static final String PROGRAM_ID = "QSLMAIL"; //$NON-NLS-1$

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT); //$NON-NLS-1$

	private AdifMapping() {
	}

	/** Builds a QSO from the fields of one record. */
	public static Qso toQso(List<AdifField> fields) throws BadRecordException {
		Qso q = new Qso();
		String date = null;
		String time = null;
		String bandText = null;
		List<AdifField> extra = q.extraFields();
		for (AdifField f : fields) {
			String key = f.name().toUpperCase(Locale.ROOT);
			String v = f.value();
			boolean taken = switch (key) {
			case "CALL" -> q.call() == null && set(() -> q.setCall(v.trim().toUpperCase(Locale.ROOT))); //$NON-NLS-1$
			case "STATION_CALLSIGN" -> q.stationCallsign() == null //$NON-NLS-1$
					&& set(() -> q.setStationCallsign(v.trim().toUpperCase(Locale.ROOT)));
			case "OPERATOR" -> q.operator() == null && set(() -> q.setOperator(v.trim().toUpperCase(Locale.ROOT))); //$NON-NLS-1$
			case "QSO_DATE" -> { //$NON-NLS-1$
				if (date != null) {
					yield false;
				}
				date = v;
				yield true;
			}
			case "TIME_ON" -> { //$NON-NLS-1$
				if (time != null) {
					yield false;
				}
				time = v;
				yield true;
			}
			case "BAND" -> { //$NON-NLS-1$
				if (bandText != null || Band.ofAdif(v.trim()).isEmpty()) {
					yield false;
				}
				bandText = v;
				yield true;
			}
			case "FREQ" -> q.frequency() == null && set(() -> q.setFrequency(v)); //$NON-NLS-1$
			case "MODE" -> q.mode() == null && set(() -> q.setMode(v.trim().toUpperCase(Locale.ROOT))); //$NON-NLS-1$
			case "SUBMODE" -> q.submode() == null && set(() -> q.setSubmode(v.trim().toUpperCase(Locale.ROOT))); //$NON-NLS-1$
			case "RST_SENT" -> q.rstSent() == null && set(() -> q.setRstSent(v)); //$NON-NLS-1$
			case "RST_RCVD" -> q.rstReceived() == null && set(() -> q.setRstReceived(v)); //$NON-NLS-1$
			case "NAME" -> q.name() == null && set(() -> q.setName(v)); //$NON-NLS-1$
			case "QTH" -> q.qth() == null && set(() -> q.setQth(v)); //$NON-NLS-1$
			case "COMMENT" -> q.remarks() == null && set(() -> q.setRemarks(v)); //$NON-NLS-1$
			case "NOTES" -> q.remarks2() == null && set(() -> q.setRemarks2(v)); //$NON-NLS-1$
			case "GRIDSQUARE" -> q.grid() == null && set(() -> q.setGrid(v)); //$NON-NLS-1$
			case "QSL_SENT" -> q.qslSent() == null && set(() -> q.setQslSent(v)); //$NON-NLS-1$
			case "QSL_RCVD" -> q.qslReceived() == null && set(() -> q.setQslReceived(v)); //$NON-NLS-1$
			case "QSLSDATE" -> q.qslSentDate() == null && set(() -> q.setQslSentDate(v)); //$NON-NLS-1$
			case "QSLRDATE" -> q.qslReceivedDate() == null && set(() -> q.setQslReceivedDate(v)); //$NON-NLS-1$
			case "QSL_SENT_VIA" -> q.qslSentVia() == null && set(() -> q.setQslSentVia(v)); //$NON-NLS-1$
			case "QSL_RCVD_VIA" -> q.qslReceivedVia() == null && set(() -> q.setQslReceivedVia(v)); //$NON-NLS-1$
			case "QSL_VIA" -> q.qslVia() == null && set(() -> q.setQslVia(v)); //$NON-NLS-1$
			case APP_HAMLOG_CODE -> q.hamlogCode() == null && set(() -> q.setHamlogCode(v));
			case APP_SENT_CARD -> q.sentCard() == null && set(() -> q.setSentCard(v));
			case APP_RCVD_CARD -> q.receivedCard() == null && set(() -> q.setReceivedCard(v));
			default -> false;
			};
			if (!taken) {
				extra.add(f);
			}
		}
		if (q.call() == null || q.call().isEmpty()) {
			throw new BadRecordException(SkipReason.MISSING_FIELD, NLS.bind(Messages.AdifMapping_missing, "CALL")); //$NON-NLS-1$
		}
		checkCall(q.call());
		if (date == null) {
			throw new BadRecordException(SkipReason.MISSING_FIELD, NLS.bind(Messages.AdifMapping_missing, "QSO_DATE")); //$NON-NLS-1$
		}
		if (time == null) {
			throw new BadRecordException(SkipReason.MISSING_FIELD, NLS.bind(Messages.AdifMapping_missing, "TIME_ON")); //$NON-NLS-1$
		}
		LocalDate d = parseDate(date);
		LocalTime t = parseTime(time);
		q.setInstant(d.atTime(t).toInstant(ZoneOffset.UTC));
		q.setWithSeconds(time.trim().length() == 6);
		if (bandText != null) {
			q.setBand(Band.ofAdif(bandText.trim()).orElseThrow());
		} else if (q.frequency() != null) {
			q.setBand(bandOfMhz(q.frequency()).orElse(null));
		}
		// QSL Mail's own fields: the zone and the QSL column, when the file came from QSL Mail.
		String zone = takeExtra(extra, APP_ZONE);
		if (zone != null && zone.trim().length() == 1) {
			LogZone.ofSuffix(zone.trim().charAt(0)).ifPresent(q::setZone);
		}
		String column = takeExtra(extra, APP_QSL_COLUMN);
		QslColumn parsed = null;
		if (column != null) {
			try {
				parsed = QslColumn.parse(column);
			} catch (IllegalArgumentException e) {
				extra.add(new AdifField(APP_QSL_COLUMN, column));
			}
		}
		q.setQslColumn(parsed != null ? parsed : derivedColumn(q.qslSent(), q.qslReceived()));
		return q;
	}

	private static boolean set(Runnable setter) {
		setter.run();
		return true;
	}

	private static String takeExtra(List<AdifField> extra, String name) {
		for (int i = 0; i < extra.size(); i++) {
			if (extra.get(i).name().equalsIgnoreCase(name)) {
				return extra.remove(i).value();
			}
		}
		return null;
	}

	/** Checks that a call is plausible: 1 to 32 printable ASCII characters without spaces. */
	public static void checkCall(String call) throws BadRecordException {
		boolean ok = !call.isEmpty() && call.length() <= 32;
		for (int i = 0; ok && i < call.length(); i++) {
			char c = call.charAt(i);
			ok = c > ' ' && c < 127;
		}
		if (!ok) {
			throw new BadRecordException(SkipReason.BAD_CALL, NLS.bind(Messages.AdifMapping_badCall, shorten(call)));
		}
	}

	static String shorten(String s) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < s.length() && b.length() < 40; i++) {
			char c = s.charAt(i);
			b.append(c < ' ' || c == 127 || (c >= 0x80 && c < 0xA0) || c == '\uFFFD' ? '?' : c);
		}
		return b.toString();
	}

	static Optional<Band> bandOfMhz(String mhz) {
		try {
			return Band.ofMhz(new BigDecimal(mhz.trim()));
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	static LocalDate parseDate(String text) throws BadRecordException {
		String s = text.trim();
		if (s.length() == 8 && digits(s)) {
			try {
				LocalDate d = LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
						Integer.parseInt(s.substring(6, 8)));
				if (d.getYear() >= 1930) {
					return d;
				}
			} catch (java.time.DateTimeException e) {
				// reported below
			}
		}
		throw new BadRecordException(SkipReason.BAD_DATE, NLS.bind(Messages.AdifMapping_badDate, shorten(text)));
	}

	static LocalTime parseTime(String text) throws BadRecordException {
		String s = text.trim();
		if ((s.length() == 4 || s.length() == 6) && digits(s)) {
			int h = Integer.parseInt(s.substring(0, 2));
			int m = Integer.parseInt(s.substring(2, 4));
			int sec = s.length() == 6 ? Integer.parseInt(s.substring(4, 6)) : 0;
			if (h < 24 && m < 60 && sec < 60) {
				return LocalTime.of(h, m, sec);
			}
		}
		throw new BadRecordException(SkipReason.BAD_TIME, NLS.bind(Messages.AdifMapping_badTime, shorten(text)));
	}

	private static boolean digits(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) < '0' || s.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	/** The QSL column an ADIF record without one gets: {@code *} marks for QSL_SENT=Y and QSL_RCVD=Y. */
	public static QslColumn derivedColumn(String qslSent, String qslReceived) {
		return new QslColumn(QslColumn.BLANK, "Y".equalsIgnoreCase(qslSent) ? '*' : QslColumn.BLANK, //$NON-NLS-1$
				"Y".equalsIgnoreCase(qslReceived) ? '*' : QslColumn.BLANK); //$NON-NLS-1$
	}

	/**
	 * The ADIF fields of a QSO for export: QSL_SENT/QSL_RCVD say Y when the QSL column has the mark; QSL Mail's
	 * own {@code APP_QSLMAIL_*} fields only where ADIF cannot say it (JST zone, a column that the QSL fields do not
	 * give back, HAMLOG code, card files); then the extra fields in their order.
	 */
	public static List<AdifField> toFields(Qso q) {
		List<AdifField> out = new ArrayList<>(24 + q.extraFields().size());
		add(out, "CALL", q.call()); //$NON-NLS-1$
		add(out, "STATION_CALLSIGN", q.stationCallsign()); //$NON-NLS-1$
		add(out, "OPERATOR", q.operator()); //$NON-NLS-1$
		Instant i = q.instant();
		var utc = i.atOffset(ZoneOffset.UTC);
		add(out, "QSO_DATE", DATE.format(utc)); //$NON-NLS-1$
		add(out, "TIME_ON", q.withSeconds() ? String.format(Locale.ROOT, "%02d%02d%02d", utc.getHour(), //$NON-NLS-1$ //$NON-NLS-2$
				utc.getMinute(), utc.getSecond()) : String.format(Locale.ROOT, "%02d%02d", utc.getHour(), utc.getMinute())); //$NON-NLS-1$
		add(out, "BAND", q.band() == null ? null : q.band().adifName()); //$NON-NLS-1$
		add(out, "FREQ", q.frequency()); //$NON-NLS-1$
		add(out, "MODE", q.mode()); //$NON-NLS-1$
		add(out, "SUBMODE", q.submode()); //$NON-NLS-1$
		add(out, "RST_SENT", q.rstSent()); //$NON-NLS-1$
		add(out, "RST_RCVD", q.rstReceived()); //$NON-NLS-1$
		add(out, "NAME", q.name()); //$NON-NLS-1$
		add(out, "QTH", q.qth()); //$NON-NLS-1$
		add(out, "GRIDSQUARE", q.grid()); //$NON-NLS-1$
		add(out, "COMMENT", q.remarks()); //$NON-NLS-1$
		add(out, "NOTES", q.remarks2()); //$NON-NLS-1$
		QslColumn col = q.qslColumn();
		String sent = col.isSent() ? "Y" : q.qslSent(); //$NON-NLS-1$
		String rcvd = col.isReceived() ? "Y" : q.qslReceived(); //$NON-NLS-1$
		add(out, "QSL_SENT", sent); //$NON-NLS-1$
		add(out, "QSLSDATE", q.qslSentDate()); //$NON-NLS-1$
		add(out, "QSL_SENT_VIA", q.qslSentVia()); //$NON-NLS-1$
		add(out, "QSL_RCVD", rcvd); //$NON-NLS-1$
		add(out, "QSLRDATE", q.qslReceivedDate()); //$NON-NLS-1$
		add(out, "QSL_RCVD_VIA", q.qslReceivedVia()); //$NON-NLS-1$
		add(out, "QSL_VIA", q.qslVia()); //$NON-NLS-1$
		if (q.zone() != LogZone.UTC) {
			add(out, APP_ZONE, String.valueOf(q.zone().suffix()));
		}
		if (!col.equals(derivedColumn(sent, rcvd))) {
			add(out, APP_QSL_COLUMN, col.toString());
		}
		add(out, APP_HAMLOG_CODE, q.hamlogCode());
		add(out, APP_SENT_CARD, q.sentCard());
		add(out, APP_RCVD_CARD, q.receivedCard());
		out.addAll(q.extraFields());
		return out;
	}

	private static void add(List<AdifField> out, String name, String value) {
		if (value != null) {
			out.add(new AdifField(name, value));
		}
	}
}
