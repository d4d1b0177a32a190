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
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.qslmail.log.ImportOptions;
import org.qslmail.log.ImportSummary;
import org.qslmail.log.LogException;
import org.qslmail.log.LogFormat;
import org.qslmail.log.LogStats;
import org.qslmail.log.Qso;
import org.qslmail.log.QsoFilter;
import org.qslmail.log.QsoStore;

/**
 * The QSO store on an embedded H2 database ({@code <path>.mv.db}) through a pool of JDBC connections, so it is
 * safe from several threads. The work is split: {@link Schema} (migrations), {@link QsoImport},
 * {@link QsoExport}, {@link QsoQueries} (reads), {@link QsoUpdates} (writes of single QSOs), {@link QsoTable}
 * (row mapping).
 * <p>
 * <b>Several programs</b>: the database is opened in H2's automatic mixed mode ({@code AUTO_SERVER=TRUE}). The
 * first program opens the file itself and serves it to others over TCP; the lock file ({@code <path>.lock.db})
 * tells the others the address and a random key, without which the server refuses them. The server listens on
 * the loopback interface only ({@code h2.bindAddress=127.0.0.1}), so only programs on this computer with access
 * to the lock file can use the log. When the first program ends, the next connection takes the file over.
 */
public final class H2QsoStore implements QsoStore {

	/** The loopback address H2's servers are bound to, unless the system property says otherwise. */
	static final String BIND_ADDRESS = "127.0.0.1"; //$NON-NLS-1$

	static {
		// Both are read once when H2's classes load, hence here, before the first use of H2.
		// H2 keeps every value it creates in a shared cache; on a bulk import that cache costs more time than any
		// other part (profiled), and QSL Mail gains nothing from it.
		if (System.getProperty("h2.objectCache") == null) { //$NON-NLS-1$
			System.setProperty("h2.objectCache", "false"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		// The automatic server of AUTO_SERVER otherwise listens on every interface.
		if (System.getProperty("h2.bindAddress") == null) { //$NON-NLS-1$
			System.setProperty("h2.bindAddress", BIND_ADDRESS); //$NON-NLS-1$
		}
	}

	private final Path path;
	private final JdbcConnectionPool pool;
	private final int versionFound;
	private final QsoQueries queries = new QsoQueries(this);
	private final QsoUpdates updates = new QsoUpdates(this);
	private volatile QslDates qslDates = new QslDates(Clock.systemUTC());
	private volatile String programVersion = "1.0.0"; //$NON-NLS-1$

	private H2QsoStore(Path path, JdbcConnectionPool pool, int versionFound) {
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
		// The driver is created directly: DriverManager does not see bundle class loaders.
		JdbcDataSource ds = new JdbcDataSource();
		ds.setURL(url(path));
		ds.setUser("qslmail"); //$NON-NLS-1$
		ds.setPassword(""); //$NON-NLS-1$
		JdbcConnectionPool pool = JdbcConnectionPool.create(ds);
		pool.setMaxConnections(16);
		try (Connection c = pool.getConnection()) {
			int found = Schema.migrate(c);
			return new H2QsoStore(path, pool, found);
		} catch (SQLException e) {
			pool.dispose();
			throw new LogException(NLS.bind(unreachable(e) ? Messages.QsoStore_inUse : Messages.QsoStore_cannotOpen,
					path, e.getMessage()), e);
		} catch (LogException e) {
			pool.dispose();
			throw e;
		}
	}

	/** The JDBC URL of a store's database (for tests and tools: other programs connect with the same URL). */
	public static String url(Path path) {
		// H2 refuses DB_CLOSE_ON_EXIT=FALSE with AUTO_SERVER: its shutdown hook closes the database at exit.
		return "jdbc:h2:file:" + path.toAbsolutePath() + ";AUTO_SERVER=TRUE"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Whether H2 failed because another program holds the database and could not be reached. */
	private static boolean unreachable(SQLException e) {
		return switch (e.getErrorCode()) {
		case ErrorCode.DATABASE_ALREADY_OPEN_1, ErrorCode.CONNECTION_BROKEN_1, ErrorCode.REMOTE_CONNECTION_NOT_ALLOWED,
				ErrorCode.WRONG_USER_OR_PASSWORD, ErrorCode.DRIVER_VERSION_ERROR_2 -> true;
		default -> false;
		};
	}

	Connection connection() throws SQLException {
		return pool.getConnection();
	}

	LogException failed(SQLException e) {
		return new LogException(NLS.bind(Messages.QsoStore_failed, path, e.getMessage()), e);
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

	/** Closes the store; H2 closes the database files (and its server for other programs) with the last connection. */
	@Override
	public void close() {
		pool.dispose();
	}
}
