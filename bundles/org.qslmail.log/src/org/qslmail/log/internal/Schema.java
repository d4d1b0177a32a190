package org.qslmail.log.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.qslmail.log.LogException;

/**
 * The versioned schema of the QSO store. {@code schema_version} records each migration applied; a migration is a
 * numbered list of statements run in one transaction. New versions are appended, never edited.
 */
public final class Schema {

	/** Lookup by call; large imports drop it and build it again in their transaction (much faster than growing it). */
	public static final String CALL_INDEX = "CREATE INDEX qso_call_time ON qso(call_sign, qso_time)"; //$NON-NLS-1$

	/** Migration {@code i} brings the schema from version {@code i} to {@code i + 1}. */
	static final List<List<String>> MIGRATIONS = List.of(
			// 1: the QSO table. Calls, band and mode are NOT NULL ('' when absent) so the duplicate key works.
			// Columns are what queries use; everything else of a QSO is in details (QsoDetails). Ids are given by
			// QsoIds from qso_sequence, so that the id of a deleted QSO is never given again.
			List.of("""
					CREATE TABLE qso (
					  id INTEGER PRIMARY KEY,
					  station_call TEXT NOT NULL DEFAULT '',
					  call_sign TEXT NOT NULL,
					  qso_time INTEGER NOT NULL,
					  band TEXT NOT NULL DEFAULT '',
					  qso_mode TEXT NOT NULL DEFAULT '',
					  submode TEXT,
					  qsl_column TEXT NOT NULL DEFAULT '   ',
					  qsl_sent TEXT,
					  qsl_rcvd TEXT,
					  details BLOB NOT NULL
					) STRICT""", //$NON-NLS-1$
					// Time first: logs are imported in time order, so the index grows at its end (fast); it also
					// serves "QSOs between t1 and t2", the order of the log table and the duplicate check.
					"CREATE UNIQUE INDEX qso_duplicate ON qso(qso_time, call_sign, station_call, band, qso_mode)", //$NON-NLS-1$
					CALL_INDEX,
					"CREATE TABLE qso_sequence (last INTEGER NOT NULL) STRICT", //$NON-NLS-1$
					"INSERT INTO qso_sequence(last) VALUES (0)", //$NON-NLS-1$
					// User-defined fields (ADIF USERDEFn) declared by imported files, for the export headers.
					"""
					CREATE TABLE user_field (
					  name TEXT PRIMARY KEY,
					  field_type TEXT,
					  spec TEXT
					) STRICT""")); //$NON-NLS-1$

	/** The version this code writes. */
	public static final int CURRENT = MIGRATIONS.size();

	private Schema() {
	}

	/** Brings the database up to {@link #CURRENT}; returns the version found before. */
	public static int migrate(Connection c) throws SQLException, LogException {
		// A read first: opening a current log must not wait for the write lock another program may hold.
		int found = existingVersion(c);
		if (found == CURRENT) {
			return found;
		}
		check(found);
		c.setAutoCommit(false);
		try (Statement s = c.createStatement()) {
			s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, " //$NON-NLS-1$
					+ "applied TEXT DEFAULT CURRENT_TIMESTAMP NOT NULL)"); //$NON-NLS-1$
			// Again inside the write-locked transaction: two programs opening a new log at once cannot both
			// migrate it.
			found = version(c);
			check(found);
			for (int v = found; v < CURRENT; v++) {
				for (String sql : MIGRATIONS.get(v)) {
					s.execute(sql);
				}
				s.execute("INSERT INTO schema_version(version) VALUES (" + (v + 1) + ')'); //$NON-NLS-1$
			}
			c.commit();
			return found;
		} catch (SQLException | LogException | RuntimeException e) {
			c.rollback();
			throw e;
		} finally {
			c.setAutoCommit(true);
		}
	}

	private static void check(int found) throws LogException {
		if (found > CURRENT) {
			throw new LogException(NLS.bind(Messages.Schema_newer, Integer.toString(found), Integer.toString(CURRENT)));
		}
	}

	/** The schema version, 0 when the database has no schema yet. */
	private static int existingVersion(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet r = s.executeQuery("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'")) { //$NON-NLS-1$
			r.next();
			if (r.getInt(1) == 0) {
				return 0;
			}
		}
		return version(c);
	}

	/** The schema version of a database (0 when empty). */
	public static int version(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) { //$NON-NLS-1$
			r.next();
			return r.getInt(1);
		}
	}
}
