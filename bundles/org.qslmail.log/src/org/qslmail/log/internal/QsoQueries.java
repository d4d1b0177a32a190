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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

	/**
	 * The statistics in one scan of the narrow columns, counted here: SQL's GROUP BY would sort the whole table once
	 * per breakdown (seconds for a million QSOs, against a few hundred milliseconds for the scan). The distinct
	 * calls come from the call index alone.
	 */
	LogStats stats() throws LogException {
		try (Connection c = db.connection(); Statement s = c.createStatement()) {
			long calls;
			try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM (SELECT DISTINCT call_sign FROM qso)")) { //$NON-NLS-1$
				r.next();
				calls = r.getLong(1);
			}
			Map<String, long[]> bands = new HashMap<>();
			Map<String, long[]> modes = new HashMap<>();
			Map<Long, long[]> days = new HashMap<>();
			long total = 0;
			long confirmed = 0;
			long sent = 0;
			try (ResultSet r = s.executeQuery("SELECT band, qso_mode, qso_time, " //$NON-NLS-1$
					+ "substr(qsl_column, 3, 1) <> ' ' OR qsl_rcvd = 'Y', substr(qsl_column, 2, 1) <> ' ' OR qsl_sent = 'Y' FROM qso")) { //$NON-NLS-1$
				while (r.next()) {
					int conf = r.getInt(4);
					total++;
					confirmed += conf;
					sent += r.getInt(5);
					count(bands.computeIfAbsent(r.getString(1), k -> new long[2]), conf);
					count(modes.computeIfAbsent(r.getString(2), k -> new long[2]), conf);
					count(days.computeIfAbsent(Math.floorDiv(r.getLong(3), 86_400L), k -> new long[2]), conf);
				}
			}
			List<LogStats.Row> byBand = rows(bands);
			byBand.sort(Comparator.comparingDouble((LogStats.Row row) -> bandOrder(row.key())));
			List<LogStats.Row> byMode = rows(modes);
			byMode.sort(Comparator.comparingLong(LogStats.Row::qsos).reversed().thenComparing(LogStats.Row::key));
			TreeMap<YearMonth, long[]> months = new TreeMap<>();
			days.forEach((day, v) -> {
				long[] m = months.computeIfAbsent(YearMonth.from(LocalDate.ofEpochDay(day)), k -> new long[2]);
				m[0] += v[0];
				m[1] += v[1];
			});
			List<LogStats.Row> byMonth = new ArrayList<>();
			months.forEach((m, v) -> byMonth.add(new LogStats.Row(m.toString(), v[0], v[1])));
			return new LogStats(total, confirmed, sent, calls, byBand, byMode, byMonth);
		} catch (SQLException e) {
			throw db.failed(e);
		}
	}

	private static void count(long[] cell, int confirmed) {
		cell[0]++;
		cell[1] += confirmed;
	}

	private static List<LogStats.Row> rows(Map<String, long[]> cells) {
		List<LogStats.Row> out = new ArrayList<>(cells.size());
		cells.forEach((key, v) -> out.add(new LogStats.Row(key, v[0], v[1])));
		return out;
	}

	private static double bandOrder(String band) {
		return band.isEmpty() ? Double.MAX_VALUE
				: Band.ofAdif(band).map(b -> b.lowerMhz().doubleValue()).orElse(Double.MAX_VALUE);
	}
}
