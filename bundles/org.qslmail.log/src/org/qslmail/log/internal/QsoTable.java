package org.qslmail.log.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

import org.qslmail.core.Band;
import org.qslmail.core.LogZone;
import org.qslmail.core.QslColumn;
import org.qslmail.log.Qso;

/** The {@code qso} table: its columns, the statements on it, and the mapping between a row and a {@link Qso}. */
final class QsoTable {

	static final String COLUMNS = "station_call, call_sign, operator_call, qso_time, with_seconds, time_zone, " //$NON-NLS-1$
			+ "band, freq, qso_mode, submode, rst_sent, rst_rcvd, contact_name, qth, remarks, remarks2, hamlog_code, " //$NON-NLS-1$
			+ "grid, qsl_column, qsl_sent, qsl_rcvd, qsl_sdate, qsl_rdate, qsl_sent_via, qsl_rcvd_via, qsl_via, " //$NON-NLS-1$
			+ "sent_card, rcvd_card, extra"; //$NON-NLS-1$
	static final int COLUMN_COUNT = 29;
	static final String SELECT = "SELECT id, " + COLUMNS + " FROM qso"; //$NON-NLS-1$ //$NON-NLS-2$
	/** The duplicate key of a QSO, in the order {@link #bind} appends it. */
	static final String DUPLICATE_CONDITION = "qso_time = ? AND call_sign = ? AND station_call = ? AND band = ? AND qso_mode = ?"; //$NON-NLS-1$
	/** Inserts a QSO unless the same QSO is stored: bind with the key. */
	static final String INSERT_IF_NEW = "INSERT INTO qso(" + COLUMNS + ") SELECT " + placeholders() //$NON-NLS-1$ //$NON-NLS-2$
			+ " FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM qso WHERE " + DUPLICATE_CONDITION + ')'; //$NON-NLS-1$
	/** Inserts a QSO known to be new: bind without the key. */
	static final String INSERT = "INSERT INTO qso(" + COLUMNS + ") VALUES (" + placeholders() + ')'; //$NON-NLS-1$ //$NON-NLS-2$
	/** Replaces a QSO: bind without the key, then the id at {@code COLUMN_COUNT + 1}. */
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

	/** Binds the columns of a QSO from parameter 1, and its duplicate key after them when {@code withKey}. */
	static void bind(PreparedStatement s, Qso q, boolean withKey) throws SQLException {
		String station = nz(q.stationCallsign());
		long time = q.instant().getEpochSecond();
		String band = band(q);
		String mode = nz(q.mode());
		int i = 1;
		s.setString(i++, station);
		s.setString(i++, q.call());
		s.setString(i++, q.operator());
		s.setLong(i++, time);
		s.setBoolean(i++, q.withSeconds());
		s.setString(i++, String.valueOf((q.zone() == null ? LogZone.UTC : q.zone()).suffix()));
		s.setString(i++, band);
		s.setString(i++, q.frequency());
		s.setString(i++, mode);
		s.setString(i++, q.submode());
		s.setString(i++, q.rstSent());
		s.setString(i++, q.rstReceived());
		s.setString(i++, q.name());
		s.setString(i++, q.qth());
		s.setString(i++, q.remarks());
		s.setString(i++, q.remarks2());
		s.setString(i++, q.hamlogCode());
		s.setString(i++, q.grid());
		s.setString(i++, q.qslColumn().toString());
		s.setString(i++, q.qslSent());
		s.setString(i++, q.qslReceived());
		s.setString(i++, q.qslSentDate());
		s.setString(i++, q.qslReceivedDate());
		s.setString(i++, q.qslSentVia());
		s.setString(i++, q.qslReceivedVia());
		s.setString(i++, q.qslVia());
		s.setString(i++, q.sentCard());
		s.setString(i++, q.receivedCard());
		String extra = ExtraCodec.encode(q.extraFields());
		if (extra == null) {
			s.setNull(i++, Types.VARCHAR);
		} else {
			s.setString(i++, extra);
		}
		if (withKey) {
			s.setLong(i++, time);
			s.setString(i++, q.call());
			s.setString(i++, station);
			s.setString(i++, band);
			s.setString(i++, mode);
		}
	}

	/** The QSO of the current row of a result of {@link #SELECT}. */
	static Qso read(ResultSet r) throws SQLException {
		Qso q = new Qso();
		int i = 1;
		q.setId(r.getLong(i++));
		q.setStationCallsign(emptyToNull(r.getString(i++)));
		q.setCall(r.getString(i++));
		q.setOperator(r.getString(i++));
		q.setInstant(Instant.ofEpochSecond(r.getLong(i++)));
		q.setWithSeconds(r.getBoolean(i++));
		String zone = r.getString(i++);
		q.setZone(LogZone.ofSuffix(zone.charAt(0)).orElse(LogZone.UTC));
		String band = r.getString(i++);
		q.setBand(band.isEmpty() ? null : Band.ofAdif(band).orElse(null));
		q.setFrequency(r.getString(i++));
		q.setMode(emptyToNull(r.getString(i++)));
		q.setSubmode(r.getString(i++));
		q.setRstSent(r.getString(i++));
		q.setRstReceived(r.getString(i++));
		q.setName(r.getString(i++));
		q.setQth(r.getString(i++));
		q.setRemarks(r.getString(i++));
		q.setRemarks2(r.getString(i++));
		q.setHamlogCode(r.getString(i++));
		q.setGrid(r.getString(i++));
		q.setQslColumn(QslColumn.parse(r.getString(i++)));
		q.setQslSent(r.getString(i++));
		q.setQslReceived(r.getString(i++));
		q.setQslSentDate(r.getString(i++));
		q.setQslReceivedDate(r.getString(i++));
		q.setQslSentVia(r.getString(i++));
		q.setQslReceivedVia(r.getString(i++));
		q.setQslVia(r.getString(i++));
		q.setSentCard(r.getString(i++));
		q.setReceivedCard(r.getString(i++));
		q.setExtraFields(ExtraCodec.decode(r.getString(i++)));
		return q;
	}

	private static String emptyToNull(String s) {
		return s == null || s.isEmpty() ? null : s;
	}
}
