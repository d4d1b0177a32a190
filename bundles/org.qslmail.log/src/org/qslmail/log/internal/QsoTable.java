package org.qslmail.log.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import org.eclipse.osgi.util.NLS;
import org.qslmail.core.Band;
import org.qslmail.core.QslColumn;
import org.qslmail.log.Qso;

/**
 * The {@code qso} table: its columns, the statements on it, and the mapping between a row and a {@link Qso}. The
 * columns are those that queries filter, sort and count by; every other field is in {@code details}
 * ({@link QsoDetails}).
 */
final class QsoTable {

	static final String COLUMNS = "station_call, call_sign, qso_time, band, qso_mode, submode, qsl_column, qsl_sent, " //$NON-NLS-1$
			+ "qsl_rcvd, details"; //$NON-NLS-1$
	static final int COLUMN_COUNT = 10;
	static final String SELECT = "SELECT id, " + COLUMNS + " FROM qso"; //$NON-NLS-1$ //$NON-NLS-2$
	/**
	 * Inserts a QSO unless the same QSO (the duplicate key, the unique index) is stored; 0 rows changed then. The id
	 * at parameter 1 ({@link QsoIds}), the columns from 2.
	 */
	static final String INSERT_IF_NEW = "INSERT INTO qso(id, " + COLUMNS + ") VALUES (?, " + placeholders() //$NON-NLS-1$ //$NON-NLS-2$
			+ ") ON CONFLICT(qso_time, call_sign, station_call, band, qso_mode) DO NOTHING"; //$NON-NLS-1$
	/** Replaces a QSO: the columns from parameter 1, then the id at {@code COLUMN_COUNT + 1}. */
	static final String UPDATE = "UPDATE qso SET " + COLUMNS.replace(",", " = ?,") + " = ? WHERE id = ?"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private QsoTable() {
	}

	private static String placeholders() {
		StringBuilder b = new StringBuilder("?"); //$NON-NLS-1$
		for (int i = 1; i < COLUMN_COUNT; i++) {
			b.append(", ?"); //$NON-NLS-1$
		}
		return b.toString();
	}

	/** The band as stored: the ADIF name, empty when unknown. */
	static String band(Qso q) {
		return q.band() == null ? "" : q.band().adifName(); //$NON-NLS-1$
	}

	static String nz(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}

	/** The longest values the log takes (by ADIF field name), so that no program's log gets unreadable rows. */
	private static final int SHORT = 64, CARD = 1000;

	/**
	 * Binds the columns of a QSO from parameter {@code first}, with its details as {@link QsoDetails#encode} gave
	 * them.
	 *
	 * @throws SQLException when the QSO has no call or a value is longer than the log takes (localized message)
	 */
	static void bind(PreparedStatement s, int first, Qso q, byte[] details) throws SQLException {
		if (q.call() == null || q.call().isBlank()) {
			throw new SQLException("a QSO without a call cannot be stored"); //$NON-NLS-1$
		}
		check(q, "CALL", q.call(), SHORT); //$NON-NLS-1$
		check(q, "STATION_CALLSIGN", q.stationCallsign(), SHORT); //$NON-NLS-1$
		check(q, "OPERATOR", q.operator(), SHORT); //$NON-NLS-1$
		check(q, "FREQ", q.frequency(), SHORT); //$NON-NLS-1$
		check(q, "MODE", q.mode(), SHORT); //$NON-NLS-1$
		check(q, "SUBMODE", q.submode(), SHORT); //$NON-NLS-1$
		check(q, AdifMapping.APP_SENT_CARD, q.sentCard(), CARD);
		check(q, AdifMapping.APP_RCVD_CARD, q.receivedCard(), CARD);
		int i = first;
		s.setString(i++, nz(q.stationCallsign()));
		s.setString(i++, q.call());
		s.setLong(i++, q.instant().getEpochSecond());
		s.setString(i++, band(q));
		s.setString(i++, nz(q.mode()));
		s.setString(i++, q.submode());
		s.setString(i++, q.qslColumn().toString());
		s.setString(i++, q.qslSent());
		s.setString(i++, q.qslReceived());
		s.setBytes(i++, details);
	}

	private static void check(Qso q, String field, String value, int max) throws SQLException {
		if (value != null && value.length() > max) {
			throw new SQLException(NLS.bind(Messages.QsoStore_fieldTooLong,
					new Object[] { field, q.call(), Integer.toString(max) }));
		}
	}

	/** The QSO of the current row of a result of {@link #SELECT}. */
	static Qso read(ResultSet r) throws SQLException {
		Qso q = new Qso();
		int i = 1;
		q.setId(r.getLong(i++));
		q.setStationCallsign(emptyToNull(r.getString(i++)));
		q.setCall(r.getString(i++));
		q.setInstant(Instant.ofEpochSecond(r.getLong(i++)));
		String band = r.getString(i++);
		q.setBand(band.isEmpty() ? null : Band.ofAdif(band).orElse(null));
		q.setMode(emptyToNull(r.getString(i++)));
		q.setSubmode(r.getString(i++));
		q.setQslColumn(QslColumn.parse(r.getString(i++)));
		q.setQslSent(r.getString(i++));
		q.setQslReceived(r.getString(i++));
		try {
			QsoDetails.decode(r.getBytes(i++), q);
		} catch (IllegalArgumentException e) {
			throw new SQLException("QSO " + q.id() + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return q;
	}

	private static String emptyToNull(String s) {
		return s == null || s.isEmpty() ? null : s;
	}
}
