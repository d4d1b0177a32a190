package org.qslmail.log.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

import org.eclipse.osgi.util.NLS;
import org.qslmail.log.LogException;
import org.qslmail.log.Qso;

/** The write side of the store for single QSOs: add, update (one or several in one transaction), delete. */
final class QsoUpdates {

	private final SqliteQsoStore db;

	QsoUpdates(SqliteQsoStore db) {
		this.db = db;
	}

	OptionalLong add(Qso q) throws LogException {
		db.qslDates().apply(null, q);
		try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement(QsoTable.INSERT_IF_NEW)) {
			c.setAutoCommit(false);
			long id = QsoIds.next(c);
			s.setLong(1, id);
			QsoTable.bind(s, 2, q, QsoDetails.encode(q, new QsoDetails.Writer()));
			if (s.executeUpdate() == 0) {
				return OptionalLong.empty();
			}
			QsoIds.given(c, id);
			c.commit();
			q.setId(id);
			return OptionalLong.of(id);
		} catch (SQLException e) {
			throw db.failed(e);
		}
	}

	void update(Qso q) throws LogException {
		try (Connection c = db.connection(); PreparedStatement read = c.prepareStatement(QsoTable.SELECT + " WHERE id = ?"); //$NON-NLS-1$
				PreparedStatement write = c.prepareStatement(QsoTable.UPDATE)) {
			// Read and write in one transaction: the dates follow the marks as stored right now.
			c.setAutoCommit(false);
			read.setLong(1, q.id());
			try (ResultSet r = read.executeQuery()) {
				// A QSO no longer stored is not written (nothing to update).
				db.qslDates().apply(r.next() ? QsoTable.read(r) : null, q);
			}
			QsoTable.bind(write, 1, q, QsoDetails.encode(q, new QsoDetails.Writer()));
			write.setLong(QsoTable.COLUMN_COUNT + 1, q.id());
			write.executeUpdate();
			c.commit();
		} catch (SQLException e) {
			throw db.failed(e);
		}
	}

	List<Qso> updateAll(Collection<Qso> qsos) throws LogException {
		List<Qso> before = new ArrayList<>(qsos.size());
		// The dates as given, put back when nothing is written, so the caller's QSOs stay as they were.
		List<String[]> given = new ArrayList<>(qsos.size());
		try (Connection c = db.connection()) {
			c.setAutoCommit(false);
			try (PreparedStatement read = c.prepareStatement(QsoTable.SELECT + " WHERE id = ?"); //$NON-NLS-1$
					PreparedStatement write = c.prepareStatement(QsoTable.UPDATE)) {
				QsoDetails.Writer details = new QsoDetails.Writer();
				for (Qso q : qsos) {
					read.setLong(1, q.id());
					Qso old;
					try (ResultSet r = read.executeQuery()) {
						if (!r.next()) {
							throw new LogException(NLS.bind(Messages.QsoStore_qsoGone, Long.valueOf(q.id())));
						}
						old = QsoTable.read(r);
					}
					before.add(old);
					given.add(new String[] { q.qslSentDate(), q.qslReceivedDate() });
					db.qslDates().apply(old, q);
					QsoTable.bind(write, 1, q, QsoDetails.encode(q, details));
					write.setLong(QsoTable.COLUMN_COUNT + 1, q.id());
					write.addBatch();
				}
				write.executeBatch();
				c.commit();
			} catch (SQLException | LogException | RuntimeException e) {
				c.rollback();
				int i = 0;
				for (Qso q : qsos) {
					if (i == given.size()) {
						break;
					}
					q.setQslSentDate(given.get(i)[0]).setQslReceivedDate(given.get(i)[1]);
					i++;
				}
				throw e;
			} finally {
				c.setAutoCommit(true);
			}
		} catch (SQLException e) {
			throw db.failed(e);
		}
		return before;
	}

	void delete(long... ids) throws LogException {
		try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement("DELETE FROM qso WHERE id = ?")) { //$NON-NLS-1$
			for (long id : ids) {
				s.setLong(1, id);
				s.addBatch();
			}
			s.executeBatch();
		} catch (SQLException e) {
			throw db.failed(e);
		}
	}
}
