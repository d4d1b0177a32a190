package org.qslmail.log.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Ids for new QSOs, given by QSL Mail instead of SQLite's AUTOINCREMENT (which costs a second per million
 * inserts): {@code qso_sequence.last} remembers the highest id ever given, so the id of a deleted QSO is never
 * given again (undo lists and journals name QSOs by id). Used only inside a write transaction.
 */
final class QsoIds {

	private QsoIds() {
	}

	/** The first id free for a new QSO. */
	static long next(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet r = s.executeQuery("SELECT MAX((SELECT last FROM qso_sequence), COALESCE((SELECT MAX(id) FROM qso), 0))")) { //$NON-NLS-1$
			r.next();
			return r.getLong(1) + 1;
		}
	}

	/** Records that ids up to {@code last} have been given. */
	static void given(Connection c, long last) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("UPDATE qso_sequence SET last = MAX(last, ?)")) { //$NON-NLS-1$
			s.setLong(1, last);
			s.executeUpdate();
		}
	}
}
