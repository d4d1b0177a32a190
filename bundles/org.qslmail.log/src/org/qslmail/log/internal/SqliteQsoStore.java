package org.qslmail.log.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.qslmail.log.ImportOptions;
import org.qslmail.log.ImportSummary;
import org.qslmail.log.LogException;
import org.qslmail.log.LogFormat;
import org.qslmail.log.LogStats;
import org.qslmail.log.Qso;
import org.qslmail.log.QsoFilter;
import org.qslmail.log.QsoStore;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The QSO store on an embedded SQLite database ({@code <path>.sqlite}) through JDBC. Every operation takes its own
 * connection from a {@link ConnectionPool}, so the store is safe from several threads. The work is
 * split: {@link Schema} (migrations), {@link QsoImport}, {@link QsoExport}, {@link QsoQueries} (reads),
 * {@link QsoUpdates} (writes of single QSOs), {@link QsoTable} and {@link QsoDetails} (row mapping).
 * <p>
 * <b>Several programs</b> (the window and the command line) use the same file at once: SQLite's write-ahead log
 * lets readers go on while one program writes, and a writer waits up to {@link #BUSY_TIMEOUT_MS} for another
 * one's transaction (an import) to end
 * ({@value #BUSY_TIMEOUT_PROPERTY}). Every write transaction takes the write lock when it begins
 * ({@code BEGIN IMMEDIATE}), so two programs never deadlock upgrading a read to a write.
 * <p>
 * <b>Durability</b>: {@code synchronous=FULL}, so a committed import or mark survives a crash or a power loss.
 */
public final class SqliteQsoStore implements QsoStore {

	/** The file name suffix of the database. */
	public static final String SUFFIX = ".sqlite"; //$NON-NLS-1$
	/** How long a write waits for another program's transaction before it fails with "in use", by default. */
	static final int BUSY_TIMEOUT_MS = 30_000;
	/** Overrides {@link #BUSY_TIMEOUT_MS} (milliseconds), for deployments with very large imports and for tests. */
	public static final String BUSY_TIMEOUT_PROPERTY = "qslmail.log.busyTimeoutMs"; //$NON-NLS-1$

	private final Path path;
	private final ConnectionPool pool;
	private final int versionFound;
	private final QsoQueries queries = new QsoQueries(this);
	private final QsoUpdates updates = new QsoUpdates(this);
	private volatile QslDates qslDates = new QslDates(Clock.systemUTC());
	private volatile String programVersion = "1.0.0"; //$NON-NLS-1$

	private SqliteQsoStore(Path path, ConnectionPool pool, int versionFound) {
		this.path = path;
		this.pool = pool;
		this.versionFound = versionFound;
	}

	/** See {@link QsoStore#open(Path)}. */
	public static QsoStore open(Path path) throws LogException {
		try {
			Path parent = path.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
		} catch (IOException e) {
			throw new LogException(NLS.bind(Messages.QsoStore_cannotCreate, path, e.getMessage()), e);
		}
		SQLiteConfig config = new SQLiteConfig();
		config.setJournalMode(SQLiteConfig.JournalMode.WAL);
		config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
		config.setBusyTimeout(Integer.getInteger(BUSY_TIMEOUT_PROPERTY, BUSY_TIMEOUT_MS).intValue());
		config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
		// The driver is used directly: DriverManager does not see bundle class loaders.
		ConnectionPool pool = new ConnectionPool(config, url(path));
		try (Connection c = pool.get()) {
			int found = Schema.migrate(c);
			return new SqliteQsoStore(path, pool, found);
		} catch (SQLException e) {
			pool.close();
			throw new LogException(NLS.bind(busy(e) ? Messages.QsoStore_inUse : Messages.QsoStore_cannotOpen, path,
					e.getMessage()), e);
		} catch (LogException | RuntimeException e) {
			pool.close();
			throw e;
		}
	}

	/** The JDBC URL of a store's database (for tests and tools: other programs connect with the same URL). */
	public static String url(Path path) {
		return "jdbc:sqlite:" + file(path); //$NON-NLS-1$
	}

	/** The database file of a store path. */
	public static Path file(Path path) {
		return path.toAbsolutePath().resolveSibling(path.getFileName() + SUFFIX);
	}

	/** Whether SQLite failed because another program holds the write lock longer than the busy timeout. */
	static boolean busy(SQLException e) {
		if (e instanceof SQLiteException s) {
			int primary = s.getResultCode().code & 0xFF;
			return primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code;
		}
		return false;
	}

	Connection connection() throws SQLException {
		return pool.get();
	}

	LogException failed(SQLException e) {
		return new LogException(NLS.bind(busy(e) ? Messages.QsoStore_inUse : Messages.QsoStore_failed, path,
				e.getMessage()), e);
	}

	QslDates qslDates() {
		return qslDates;
	}

	/** Replaces the clock that dates QSL marks (tests). */
	public void setClock(Clock clock) {
		this.qslDates = new QslDates(clock);
	}

	@Override
	public Path path() {
		return path;
	}

	@Override
	public int schemaVersionFound() {
		return versionFound;
	}

	@Override
	public int schemaVersion() throws LogException {
		try (Connection c = connection()) {
			return Schema.version(c);
		} catch (SQLException e) {
			throw failed(e);
		}
	}

	@Override
	public void setProgramVersion(String version) {
		this.programVersion = version;
	}

	@Override
	public ImportSummary importFile(Path file, ImportOptions options, IProgressMonitor monitor) throws LogException {
		return new QsoImport(this).importFile(file, options, monitor);
	}

	@Override
	public List<String[]> userFields() throws LogException {
		return queries.userFields();
	}

	@Override
	public OptionalLong add(Qso q) throws LogException {
		return updates.add(q);
	}

	@Override
	public void update(Qso q) throws LogException {
		updates.update(q);
	}

	@Override
	public List<Qso> updateAll(Collection<Qso> qsos) throws LogException {
		return updates.updateAll(qsos);
	}

	@Override
	public void delete(long... ids) throws LogException {
		updates.delete(ids);
	}

	@Override
	public Optional<Qso> get(long id) throws LogException {
		return queries.get(id);
	}

	@Override
	public List<Qso> findByCall(String call, Instant from, Instant to) throws LogException {
		return queries.findByCall(call, from, to);
	}

	@Override
	public long count(QsoFilter filter) throws LogException {
		return queries.count(filter);
	}

	@Override
	public List<Qso> page(QsoFilter filter, long offset, int limit) throws LogException {
		return queries.page(filter, offset, limit);
	}

	@Override
	public LogStats stats() throws LogException {
		return queries.stats();
	}

	@Override
	public long export(Path file, LogFormat format, QsoFilter filter, IProgressMonitor monitor) throws LogException {
		return new QsoExport(this).export(file, format, filter, programVersion, monitor);
	}

	/** Closes the store: later calls fail; connections in use end with their operation. */
	@Override
	public void close() {
		pool.close();
	}
}
