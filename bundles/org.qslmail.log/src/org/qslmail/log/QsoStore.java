package org.qslmail.log;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.h2.jdbcx.JdbcConnectionPool;
import org.qslmail.core.Band;
import org.qslmail.core.LogZone;
import org.qslmail.core.QslColumn;
import org.qslmail.log.internal.AdiSource;
import org.qslmail.log.internal.AdiWriter;
import org.qslmail.log.internal.AdifMapping;
import org.qslmail.log.internal.AdxSource;
import org.qslmail.log.internal.AdxWriter;
import org.qslmail.log.internal.CabrilloSource;
import org.qslmail.log.internal.ExtraCodec;
import org.qslmail.log.internal.HamlogCsv;
import org.qslmail.log.internal.Messages;
import org.qslmail.log.internal.QsoSource;
import org.qslmail.log.internal.Schema;

/**
 * The QSO log on an embedded H2 database ({@code <path>.mv.db}). Thread-safe: every call takes a pooled
 * connection. An import runs in one transaction: it is all there or not at all.
 */
public final class QsoStore implements AutoCloseable {

	private static final String COLUMNS = "station_call, call_sign, operator_call, qso_time, with_seconds, time_zone, " //$NON-NLS-1$
			+ "band, freq, qso_mode, submode, rst_sent, rst_rcvd, contact_name, qth, remarks, remarks2, hamlog_code, " //$NON-NLS-1$
			+ "grid, qsl_column, qsl_sent, qsl_rcvd, qsl_sdate, qsl_rdate, qsl_sent_via, qsl_rcvd_via, qsl_via, " //$NON-NLS-1$
			+ "sent_card, rcvd_card, extra"; //$NON-NLS-1$
	private static final int COLUMN_COUNT = 29;
	private static final String SELECT = "SELECT id, " + COLUMNS + " FROM qso"; //$NON-NLS-1$ //$NON-NLS-2$
	private static final String INSERT_IF_NEW;
	static {
		StringBuilder b = new StringBuilder("INSERT INTO qso(").append(COLUMNS).append(") SELECT "); //$NON-NLS-1$ //$NON-NLS-2$
		for (int i = 0; i < COLUMN_COUNT; i++) {
			b.append(i == 0 ? "?" : ", ?"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		b.append(" FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM qso WHERE qso_time = ? AND call_sign = ? " //$NON-NLS-1$
				+ "AND station_call = ? AND band = ? AND qso_mode = ?)"); //$NON-NLS-1$
		INSERT_IF_NEW = b.toString();
	}
	private static final int BATCH = 2000;

	static {
		// H2 keeps every value it creates in a shared cache; on a bulk import that cache costs more time than
		// any other part (profiled), and QSL Mail gains nothing from it. Read once when H2's classes load.
		if (System.getProperty("h2.objectCache") == null) { //$NON-NLS-1$
			System.setProperty("h2.objectCache", "false"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
	/** Imports of files larger than this rebuild the call index afterwards instead of growing it. */
	private static final long BIG_IMPORT_BYTES = 16L << 20;

	private final Path path;
	private final JdbcConnectionPool pool;
	private final int versionFound;
	private String programVersion = "1.0.0"; //$NON-NLS-1$

	private QsoStore(Path path, JdbcConnectionPool pool, int versionFound) {
		this.path = path;
		this.pool = pool;
		this.versionFound = versionFound;
	}

	/**
	 * Opens (or creates) the store whose database files are {@code <path>.mv.db}, migrating its schema.
	 *
	 * @throws LogException when the database is in use by another program, damaged, or from a newer QSL Mail
	 */
	public static QsoStore open(Path path) throws LogException {
		try {
			Path parent = path.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
		} catch (IOException e) {
			throw new LogException(NLS.bind(Messages.QsoStore_cannotCreate, path, e.getMessage()), e);
		}
		String url = "jdbc:h2:file:" + path.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE"; //$NON-NLS-1$ //$NON-NLS-2$
		// The driver is created directly: DriverManager does not see bundle class loaders.
		org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
		ds.setURL(url);
		ds.setUser("qslmail"); //$NON-NLS-1$
		ds.setPassword(""); //$NON-NLS-1$
		JdbcConnectionPool pool = JdbcConnectionPool.create(ds);
		pool.setMaxConnections(16);
		try (Connection c = pool.getConnection()) {
			int found = Schema.migrate(c);
			return new QsoStore(path, pool, found);
		} catch (SQLException e) {
			pool.dispose();
			throw new LogException(NLS.bind(Messages.QsoStore_cannotOpen, path, e.getMessage()), e);
		} catch (LogException e) {
			pool.dispose();
			throw e;
		}
	}

	/** The path given to {@link #open(Path)}. */
	public Path path() {
		return path;
	}

	/** The schema version the database had when opened (0 for a new one). */
	public int schemaVersionFound() {
		return versionFound;
	}

	/** The schema version now. */
	public int schemaVersion() throws LogException {
		try (Connection c = pool.getConnection()) {
			return Schema.version(c);
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	/** The version written into export headers. */
	public void setProgramVersion(String version) {
		this.programVersion = version;
	}

	// ------------------------------------------------------------------------------------------------ import

	/**
	 * Imports a file in one transaction. Bad records are skipped and listed in the summary; QSOs already in the
	 * log (same station call, call, time, band and mode) are counted as duplicates and not added again.
	 *
	 * @throws OperationCanceledException when the monitor is cancelled; nothing of the file is kept
	 * @throws LogException               when the file cannot be read or the store fails; nothing is kept
	 */
	public ImportSummary importFile(Path file, ImportOptions options, IProgressMonitor monitor) throws LogException {
		long size;
		LogFormat format;
		try {
			size = Files.size(file);
			format = options.format().orElse(null);
			if (format == null) {
				byte[] head = new byte[512];
				int n;
				try (InputStream in = Files.newInputStream(file)) {
					n = Math.max(0, in.readNBytes(head, 0, head.length));
				}
				format = LogFormat.detect(file.getFileName().toString(), head, n);
			}
		} catch (IOException e) {
			throw new LogException(NLS.bind(Messages.QsoStore_cannotRead, file, e.getMessage()), e);
		}
		ImportSummary summary = new ImportSummary(file, format);
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
				QsoSource source = source(format, in, options, summary)) {
			importFrom(source, size, summary, monitor);
		} catch (IOException e) {
			throw new LogException(NLS.bind(Messages.QsoStore_cannotRead, file, e.getMessage()), e);
		}
		return summary;
	}

	private static QsoSource source(LogFormat format, InputStream in, ImportOptions o, ImportSummary summary)
			throws IOException {
		Charset cs = o.charset().orElse(null);
		String station = o.stationCallsign().map(s -> s.trim().toUpperCase(Locale.ROOT)).orElse(null);
		return switch (format) {
		case ADIF -> new AdiSource(in, cs, o.maxFieldLength(), station, summary);
		case ADX -> new AdxSource(in, station, summary);
		case HAMLOG_CSV -> new HamlogCsv.Source(in, cs, station, 64 * 1024, summary);
		case CABRILLO -> new CabrilloSource(in, cs, o.cabrilloCallField(), station, summary);
		};
	}

	private void importFrom(QsoSource source, long size, ImportSummary summary, IProgressMonitor monitor)
			throws IOException, LogException {
		int units = (int) Math.max(1, Math.min(Integer.MAX_VALUE, size / 4096));
		SubMonitor progress = SubMonitor.convert(monitor,
				NLS.bind(Messages.QsoStore_importing, summary.file().getFileName()), units);
		int reported = 0;
		boolean rebuildIndex = size > BIG_IMPORT_BYTES;
		try (Connection c = pool.getConnection()) {
			if (rebuildIndex) {
				try (Statement s = c.createStatement()) {
					s.execute("DROP INDEX IF EXISTS qso_call_time"); //$NON-NLS-1$
				}
			}
			c.setAutoCommit(false);
			try (PreparedStatement insert = c.prepareStatement(INSERT_IF_NEW)) {
				int inBatch = 0;
				Qso q;
				while ((q = source.next()) != null) {
					bind(insert, q, true);
					insert.addBatch();
					if (++inBatch == BATCH) {
						flush(insert, summary);
						inBatch = 0;
						if (progress.isCanceled()) {
							throw new OperationCanceledException();
						}
						int done = (int) Math.min(units, source.position() / 4096);
						if (done > reported) {
							progress.worked(done - reported);
							reported = done;
						}
						progress.subTask(NLS.bind(Messages.QsoStore_importedSoFar, Long.toString(summary.imported())));
					}
				}
				if (inBatch > 0) {
					flush(insert, summary);
				}
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				saveUserFields(c, source.userFields());
				c.commit();
			} catch (SQLException | IOException | RuntimeException e) {
				rollback(c);
				throw e;
			} finally {
				if (rebuildIndex) {
					progress.subTask(Messages.QsoStore_indexing);
					c.setAutoCommit(true);
					try (Statement s = c.createStatement()) {
						s.execute(Schema.CALL_INDEX);
					}
				}
			}
		} catch (SQLException e) {
			throw failed(e);
		} finally {
			progress.done();
		}
	}

	private static void rollback(Connection c) {
		try {
			c.rollback();
		} catch (SQLException e) {
			// the connection is broken; H2 discards the uncommitted transaction
		}
	}

	private static void flush(PreparedStatement insert, ImportSummary summary) throws SQLException {
		int[] counts = insert.executeBatch();
		long added = 0;
		for (int n : counts) {
			if (n > 0) {
				added++;
			}
		}
		summary.addImported(added);
		summary.addDuplicates(counts.length - added);
	}

	private static void saveUserFields(Connection c, List<String[]> fields) throws SQLException {
		if (fields.isEmpty()) {
			return;
		}
		try (PreparedStatement s = c.prepareStatement("MERGE INTO user_field(name, field_type, spec) KEY(name) VALUES (?, ?, ?)")) { //$NON-NLS-1$
			for (String[] f : fields) {
				s.setString(1, f[0]);
				s.setString(2, f[1]);
				s.setString(3, f[2]);
				s.addBatch();
			}
			s.executeBatch();
		}
	}

	/** User-defined fields declared by imported files, each {name, type, spec}. */
	public List<String[]> userFields() throws LogException {
		List<String[]> out = new ArrayList<>();
		try (Connection c = pool.getConnection(); Statement s = c.createStatement();
				ResultSet r = s.executeQuery("SELECT name, field_type, spec FROM user_field ORDER BY name")) { //$NON-NLS-1$
			while (r.next()) {
				out.add(new String[] { r.getString(1), r.getString(2), r.getString(3) });
			}
			return out;
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	private static void bind(PreparedStatement s, Qso q, boolean withKey) throws SQLException {
		String station = nz(q.stationCallsign());
		long time = q.instant().getEpochSecond();
		String band = q.band() == null ? "" : q.band().adifName(); //$NON-NLS-1$
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

	private static String nz(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}

	private static Qso read(ResultSet r) throws SQLException {
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

	// ------------------------------------------------------------------------------------------------ single QSOs

	/**
	 * Adds one QSO (the entry form).
	 *
	 * @return the new id, or empty when the same QSO is in the log already
	 */
	public java.util.OptionalLong add(Qso q) throws LogException {
		try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(INSERT_IF_NEW,
				Statement.RETURN_GENERATED_KEYS)) {
			bind(s, q, true);
			if (s.executeUpdate() == 0) {
				return java.util.OptionalLong.empty();
			}
			try (ResultSet keys = s.getGeneratedKeys()) {
				keys.next();
				long id = keys.getLong(1);
				q.setId(id);
				return java.util.OptionalLong.of(id);
			}
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	/** Replaces a stored QSO by id (QSL marks, card links, corrections). */
	public void update(Qso q) throws LogException {
		try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(updateSql())) {
			bind(s, q, false);
			s.setLong(COLUMN_COUNT + 1, q.id());
			s.executeUpdate();
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	/**
	 * Replaces several stored QSOs in one transaction (marks written after matching or sending): either all
	 * are changed or none.
	 *
	 * @return the QSOs as they were before, in the same order, so that writing them back undoes the change
	 * @throws LogException when one of them is no longer in the log; nothing is changed then
	 */
	public List<Qso> updateAll(java.util.Collection<Qso> qsos) throws LogException {
		List<Qso> before = new ArrayList<>(qsos.size());
		try (Connection c = pool.getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement read = c.prepareStatement(SELECT + " WHERE id = ?"); //$NON-NLS-1$
					PreparedStatement write = c.prepareStatement(updateSql())) {
				for (Qso q : qsos) {
					read.setLong(1, q.id());
					try (ResultSet r = read.executeQuery()) {
						if (!r.next()) {
							throw new LogException(NLS.bind(Messages.QsoStore_qsoGone, Long.valueOf(q.id())));
						}
						before.add(read(r));
					}
					bind(write, q, false);
					write.setLong(COLUMN_COUNT + 1, q.id());
					write.addBatch();
				}
				write.executeBatch();
				c.commit();
			} catch (SQLException | LogException | RuntimeException e) {
				c.rollback();
				throw e;
			} finally {
				c.setAutoCommit(true);
			}
		} catch (SQLException e) {
			throw failed(e);
		}
		return before;
	}

	private static String updateSql() {
		StringBuilder sql = new StringBuilder("UPDATE qso SET "); //$NON-NLS-1$
		String[] cols = COLUMNS.split(", "); //$NON-NLS-1$
		for (int i = 0; i < cols.length; i++) {
			sql.append(i == 0 ? "" : ", ").append(cols[i]).append(" = ?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return sql.append(" WHERE id = ?").toString(); //$NON-NLS-1$
	}

	/** Deletes QSOs by id. */
	public void delete(long... ids) throws LogException {
		try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement("DELETE FROM qso WHERE id = ?")) { //$NON-NLS-1$
			for (long id : ids) {
				s.setLong(1, id);
				s.addBatch();
			}
			s.executeBatch();
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	public java.util.Optional<Qso> get(long id) throws LogException {
		List<Qso> l = query(SELECT + " WHERE id = ?", s -> s.setLong(1, id)); //$NON-NLS-1$
		return l.stream().findFirst();
	}

	/**
	 * The QSOs with a call (exactly, case ignored) whose start lies in {@code [from, to]}, by time: the lookup of the
	 * matching engine. Uses the (call, time) index.
	 */
	public List<Qso> findByCall(String call, Instant from, Instant to) throws LogException {
		return query(SELECT + " WHERE call_sign = ? AND qso_time BETWEEN ? AND ? ORDER BY qso_time, id", s -> { //$NON-NLS-1$
			s.setString(1, call.trim().toUpperCase(Locale.ROOT));
			s.setLong(2, from.getEpochSecond());
			s.setLong(3, to.getEpochSecond());
		});
	}

	/** How many QSOs a filter covers. */
	public long count(QsoFilter filter) throws LogException {
		List<Object> params = new ArrayList<>();
		String where = where(filter, params);
		try (Connection c = pool.getConnection();
				PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM qso" + where)) { //$NON-NLS-1$
			setAll(s, params);
			try (ResultSet r = s.executeQuery()) {
				r.next();
				return r.getLong(1);
			}
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	/** One page of the QSOs a filter covers, newest first (the order of the log table). */
	public List<Qso> page(QsoFilter filter, long offset, int limit) throws LogException {
		List<Object> params = new ArrayList<>();
		String where = where(filter, params);
		params.add(limit);
		params.add(offset);
		return query(SELECT + where + " ORDER BY qso_time DESC, call_sign DESC, station_call DESC, band DESC, qso_mode DESC LIMIT ? OFFSET ?", s -> setAll(s, params)); //$NON-NLS-1$
	}

	private static String where(QsoFilter f, List<Object> params) {
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

	private static void setAll(PreparedStatement s, List<Object> params) throws SQLException {
		for (int i = 0; i < params.size(); i++) {
			s.setObject(i + 1, params.get(i));
		}
	}

	private interface Binder {
		void bind(PreparedStatement s) throws SQLException;
	}

	private List<Qso> query(String sql, Binder binder) throws LogException {
		try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
			binder.bind(s);
			List<Qso> out = new ArrayList<>();
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					out.add(read(r));
				}
			}
			return out;
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	// ------------------------------------------------------------------------------------------------ statistics

	/** Counts in total and by band, mode and month. */
	public LogStats stats() throws LogException {
		String confirmed = "CASE WHEN SUBSTRING(qsl_column, 3, 1) <> ' ' OR qsl_rcvd = 'Y' THEN 1 ELSE 0 END"; //$NON-NLS-1$
		String sent = "CASE WHEN SUBSTRING(qsl_column, 2, 1) <> ' ' OR qsl_sent = 'Y' THEN 1 ELSE 0 END"; //$NON-NLS-1$
		try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
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
			// Months from epoch seconds, without a date function per row: group by month number.
			List<LogStats.Row> raw = rows(s, "SELECT CAST(FLOOR(qso_time / 86400) AS BIGINT), COUNT(*), SUM(" //$NON-NLS-1$
					+ confirmed + ") FROM qso GROUP BY CAST(FLOOR(qso_time / 86400) AS BIGINT)"); //$NON-NLS-1$
			java.util.TreeMap<YearMonth, long[]> months = new java.util.TreeMap<>();
			for (LogStats.Row row : raw) {
				YearMonth m = YearMonth.from(java.time.LocalDate.ofEpochDay(Long.parseLong(row.key())));
				long[] v = months.computeIfAbsent(m, k -> new long[2]);
				v[0] += row.qsos();
				v[1] += row.confirmed();
			}
			List<LogStats.Row> byMonth = new ArrayList<>();
			months.forEach((m, v) -> byMonth.add(new LogStats.Row(m.toString(), v[0], v[1])));
			return new LogStats(total, conf, sentCount, calls, byBand, byMode, byMonth);
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	private static double bandOrder(String band) {
		return band.isEmpty() ? Double.MAX_VALUE : Band.ofAdif(band).map(b -> b.lowerMhz().doubleValue()).orElse(Double.MAX_VALUE);
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

	// ------------------------------------------------------------------------------------------------ export

	/**
	 * Exports the QSOs a filter covers, oldest first, streaming from the database. The file is written to a
	 * temporary file beside it and moved into place at the end, so a cancelled export leaves no partial file.
	 *
	 * @return the number of QSOs written
	 */
	public long export(Path file, LogFormat format, QsoFilter filter, IProgressMonitor monitor) throws LogException {
		if (!format.canWrite()) {
			throw new LogException(NLS.bind(Messages.QsoStore_cannotWriteFormat, format.id()));
		}
		long total = count(filter);
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.QsoStore_exporting, file.getFileName()),
				(int) Math.min(Integer.MAX_VALUE, Math.max(1, total)));
		Path dir = file.toAbsolutePath().getParent();
		Path temp = null;
		long written = 0;
		List<Object> params = new ArrayList<>();
		String where = where(filter, params);
		try {
			temp = Files.createTempFile(dir, file.getFileName().toString(), ".part"); //$NON-NLS-1$
			List<String[]> userFields = userFields();
			try (Connection c = pool.getConnection();
					PreparedStatement s = c.prepareStatement(SELECT + where + " ORDER BY qso_time, call_sign, station_call, band, qso_mode"); //$NON-NLS-1$
					OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
				setAll(s, params);
				s.setFetchSize(1000);
				AdiWriter adi = null;
				AdxWriter adx = null;
				HamlogCsv.Sink csv = null;
				switch (format) {
				case ADIF -> {
					adi = new AdiWriter(out);
					adi.header(programVersion, userFields);
				}
				case ADX -> {
					adx = new AdxWriter(out);
					adx.header(programVersion, userFields);
				}
				case HAMLOG_CSV -> csv = new HamlogCsv.Sink(out);
				default -> throw new IllegalStateException();
				}
				try (ResultSet r = s.executeQuery()) {
					while (r.next()) {
						Qso q = read(r);
						if (adi != null) {
							adi.record(AdifMapping.toFields(q));
						} else if (adx != null) {
							adx.record(AdifMapping.toFields(q));
						} else {
							csv.record(q);
						}
						written++;
						if (written % 1000 == 0) {
							progress.worked(1000);
							if (progress.isCanceled()) {
								throw new OperationCanceledException();
							}
						}
					}
				}
				if (adi != null) {
					adi.close();
				} else if (adx != null) {
					adx.close();
				} else {
					csv.close();
				}
			}
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			temp = null;
			return written;
		} catch (IOException e) {
			throw new LogException(NLS.bind(Messages.QsoStore_cannotWrite, file, e.getMessage()), e);
		} catch (SQLException e) {
			throw failed(e);
		} finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				} catch (IOException e) {
					// best effort
				}
			}
			progress.done();
		}
	}

	private LogException failed(SQLException e) {
		return new LogException(NLS.bind(Messages.QsoStore_failed, path, e.getMessage()), e);
	}

	/** Closes the store; H2 closes the database files with the last connection. */
	@Override
	public void close() {
		pool.dispose();
	}

	@SuppressWarnings("unused")
	private static YearMonth month(long epochSecond) {
		return YearMonth.from(Instant.ofEpochSecond(epochSecond).atOffset(ZoneOffset.UTC));
	}
}
