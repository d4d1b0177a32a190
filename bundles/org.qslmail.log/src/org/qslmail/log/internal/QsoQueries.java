package org.qslmail.log.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

import org.qslmail.core.Band;
import org.qslmail.log.LogException;
import org.qslmail.log.LogStats;
import org.qslmail.log.Qso;
import org.qslmail.log.QsoFilter;

/** The read side of the store: single QSOs, filtered pages and counts, the call lookup, statistics. */
final class QsoQueries {

	private final SqliteQsoStore db;

	QsoQueries(SqliteQsoStore db) {
		this.db = db;
	}

	Optional<Qso> get(long id) throws LogException {
		return query(QsoTable.SELECT + " WHERE id = ?", s -> s.setLong(1, id)).stream().findFirst(); //$NON-NLS-1$
	}

	List<Qso> findByCall(String call, Instant from, Instant to) throws LogException {
		return query(QsoTable.SELECT + " WHERE call_sign = ? AND qso_time BETWEEN ? AND ? ORDER BY qso_time, id", s -> { //$NON-NLS-1$
			s.setString(1, call.trim().toUpperCase(Locale.ROOT));
			s.setLong(2, from.getEpochSecond());
			s.setLong(3, to.getEpochSecond());
		});
	}

	long count(QsoFilter filter) throws LogException {
		List<Object> params = new ArrayList<>();
		String where = where(filter, params);
		try (Connection c = db.connection();
				PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM qso" + where)) { //$NON-NLS-1$
			setAll(s, params);
			try (ResultSet r = s.executeQuery()) {
				r.next();
				return r.getLong(1);
			}
		} catch (SQLException e) {
			throw db.failed(e);
		}
	}

	List<Qso> page(QsoFilter filter, long offset, int limit) throws LogException {
		List<Object> params = new ArrayList<>();
		String where = where(filter, params);
		params.add(limit);
		params.add(offset);
		return query(QsoTable.SELECT + where
				+ " ORDER BY qso_time DESC, call_sign DESC, station_call DESC, band DESC, qso_mode DESC LIMIT ? OFFSET ?", //$NON-NLS-1$
				s -> setAll(s, params));
	}

	/** The WHERE clause of a filter (empty for all QSOs), its parameters appended to {@code params}. */
	static String where(QsoFilter f, List<Object> params) {
		List<String> parts = new ArrayList<>();
		f.call().ifPresent(call -> {
			String c = call.trim().toUpperCase(Locale.ROOT);
			if (c.endsWith("*")) { //$NON-NLS-1$
				parts.add("call_sign LIKE ? ESCAPE '\\'"); //$NON-NLS-1$
				params.add(c.substring(0, c.length() - 1).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + '%'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			} else {
				parts.add("call_sign = ?"); //$NON-NLS-1$
				params.add(c);
			}
		});
		f.band().ifPresent(b -> {
			parts.add("band = ?"); //$NON-NLS-1$
			params.add(b.adifName());
		});
		f.mode().ifPresent(m -> {
			parts.add("(qso_mode = ? OR submode = ?)"); //$NON-NLS-1$
			params.add(m.toUpperCase(Locale.ROOT));
			params.add(m.toUpperCase(Locale.ROOT));
		});
		f.from().ifPresent(t -> {
			parts.add("qso_time >= ?"); //$NON-NLS-1$
			params.add(t.getEpochSecond());
		});
		f.to().ifPresent(t -> {
			parts.add("qso_time < ?"); //$NON-NLS-1$
			params.add(t.getEpochSecond());
		});
		switch (f.qsl()) {
		case SENT -> parts.add("(SUBSTRING(qsl_column, 2, 1) <> ' ' OR qsl_sent = 'Y')"); //$NON-NLS-1$
		case NOT_SENT -> parts.add("(SUBSTRING(qsl_column, 2, 1) = ' ' AND COALESCE(qsl_sent, '') <> 'Y')"); //$NON-NLS-1$
		case RECEIVED -> parts.add("(SUBSTRING(qsl_column, 3, 1) <> ' ' OR qsl_rcvd = 'Y')"); //$NON-NLS-1$
		case NOT_RECEIVED -> parts.add("(SUBSTRING(qsl_column, 3, 1) = ' ' AND COALESCE(qsl_rcvd, '') <> 'Y')"); //$NON-NLS-1$
		case ANY -> {
			// no condition
		}
		}
		return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	static void setAll(PreparedStatement s, List<Object> params) throws SQLException {
		for (int i = 0; i < params.size(); i++) {
			s.setObject(i + 1, params.get(i));
		}
	}

	private interface Binder {
		void bind(PreparedStatement s) throws SQLException;
	}

	private List<Qso> query(String sql, Binder binder) throws LogException {
		try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement(sql)) {
			binder.bind(s);
			List<Qso> out = new ArrayList<>();
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					out.add(QsoTable.read(r));
				}
			}
			return out;
		} catch (SQLException e) {
			throw db.failed(e);
		}
	}

	List<String[]> userFields() throws LogException {
		List<String[]> out = new ArrayList<>();
		try (Connection c = db.connection(); Statement s = c.createStatement();
				ResultSet r = s.executeQuery("SELECT name, field_type, spec FROM user_field ORDER BY name")) { //$NON-NLS-1$
			while (r.next()) {
				out.add(new String[] { r.getString(1), r.getString(2), r.getString(3) });
			}
			return out;
		} catch (SQLException e) {
			throw db.failed(e);
		}
	}

	LogStats stats() throws LogException {
		String confirmed = "CASE WHEN SUBSTRING(qsl_column, 3, 1) <> ' ' OR qsl_rcvd = 'Y' THEN 1 ELSE 0 END"; //$NON-NLS-1$
		String sent = "CASE WHEN SUBSTRING(qsl_column, 2, 1) <> ' ' OR qsl_sent = 'Y' THEN 1 ELSE 0 END"; //$NON-NLS-1$
		try (Connection c = db.connection(); Statement s = c.createStatement()) {
			long total;
			long conf;
			long sentCount;
			long calls;
			try (ResultSet r = s.executeQuery("SELECT COUNT(*), COALESCE(SUM(" + confirmed + "), 0), COALESCE(SUM(" + sent //$NON-NLS-1$ //$NON-NLS-2$
					+ "), 0), COUNT(DISTINCT call_sign) FROM qso")) { //$NON-NLS-1$
				r.next();
				total = r.getLong(1);
				conf = r.getLong(2);
				sentCount = r.getLong(3);
				calls = r.getLong(4);
			}
			List<LogStats.Row> byBand = rows(s, "SELECT band, COUNT(*), SUM(" + confirmed + ") FROM qso GROUP BY band"); //$NON-NLS-1$ //$NON-NLS-2$
			byBand.sort((a, b) -> Double.compare(bandOrder(a.key()), bandOrder(b.key())));
			List<LogStats.Row> byMode = rows(s, "SELECT qso_mode, COUNT(*), SUM(" + confirmed //$NON-NLS-1$
					+ ") FROM qso GROUP BY qso_mode ORDER BY COUNT(*) DESC, qso_mode"); //$NON-NLS-1$
			// Months from epoch seconds, without a date function per row: group by day number (rounded down, also
			// before 1970, where integer division rounds towards zero).
			String day = "(qso_time / 86400 - (qso_time % 86400 < 0))"; //$NON-NLS-1$
			List<LogStats.Row> raw = rows(s, "SELECT " + day + ", COUNT(*), SUM(" //$NON-NLS-1$ //$NON-NLS-2$
					+ confirmed + ") FROM qso GROUP BY " + day); //$NON-NLS-1$
			TreeMap<YearMonth, long[]> months = new TreeMap<>();
			for (LogStats.Row row : raw) {
				YearMonth m = YearMonth.from(LocalDate.ofEpochDay(Long.parseLong(row.key())));
				long[] v = months.computeIfAbsent(m, k -> new long[2]);
				v[0] += row.qsos();
				v[1] += row.confirmed();
			}
			List<LogStats.Row> byMonth = new ArrayList<>();
			months.forEach((m, v) -> byMonth.add(new LogStats.Row(m.toString(), v[0], v[1])));
			return new LogStats(total, conf, sentCount, calls, byBand, byMode, byMonth);
		} catch (SQLException e) {
			throw db.failed(e);
		}
	}

	private static double bandOrder(String band) {
		return band.isEmpty() ? Double.MAX_VALUE
				: Band.ofAdif(band).map(b -> b.lowerMhz().doubleValue()).orElse(Double.MAX_VALUE);
	}

	private static List<LogStats.Row> rows(Statement s, String sql) throws SQLException {
		List<LogStats.Row> out = new ArrayList<>();
		try (ResultSet r = s.executeQuery(sql)) {
			while (r.next()) {
				out.add(new LogStats.Row(r.getString(1), r.getLong(2), r.getLong(3)));
			}
		}
		return out;
	}
}
