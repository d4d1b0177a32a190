package org.qslmail.log;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.qslmail.log.internal.SqliteQsoStore;

/**
 * The QSO log. Thread-safe; every method that reads or writes may throw {@link LogException} naming the log and
 * what failed.
 * <p>
 * The store behind {@link #open(Path)} is an embedded SQLite database ({@code <path>.sqlite}) that a second program
 * (the command line while the window has the log open) can use at the same time: readers never wait, and a writer
 * waits for another program's write transaction (such as an import) to end.
 * <p>
 * <b>Duplicates</b>: two QSOs are the same when station call, call, UTC instant (to the second), band and mode are
 * equal (absent values count as empty). Imports and {@link #add(Qso)} never store a QSO twice.
 * <p>
 * <b>QSL dates</b>: whenever {@link #add(Qso)}, {@link #update(Qso)} or {@link #updateAll(Collection)} sets a
 * sent mark (a sent mark in the HAMLOG QSL column, or QSL_SENT {@code Y}) that the stored QSO did not have and no
 * new QSLSDATE is given, the store records today's UTC date as QSLSDATE (and likewise QSLRDATE for a received
 * mark), also in the {@link Qso} passed in. Removing a mark removes a date that ADIF does not allow without it.
 * Imports keep the dates of the file: a file's mark without a date says nothing about when it was set.
 */
public interface QsoStore extends AutoCloseable {

	/**
	 * Opens (or creates) the store whose database file is {@code <path>.sqlite}, migrating its schema. Another
	 * program may have it open at the same time.
	 *
	 * @throws LogException when the database cannot be created or read, is damaged or from a newer QSL Mail
	 */
	static QsoStore open(Path path) throws LogException {
		return SqliteQsoStore.open(path);
	}

	/** The path given to {@link #open(Path)}. */
	Path path();

	/** The schema version the database had when opened (0 for a new one). */
	int schemaVersionFound();

	/** The schema version now. */
	int schemaVersion() throws LogException;

	/** The program version written into export headers. */
	void setProgramVersion(String version);

	/**
	 * Imports a file (format detected unless the options name one) as one batch: bad records are skipped and
	 * listed in the summary with position and reason; QSOs already in the log are counted as duplicates and not
	 * added again.
	 *
	 * @throws OperationCanceledException when the monitor is cancelled; nothing of the file is kept
	 * @throws LogException               when the file cannot be read or the store fails; nothing of the file is
	 *                                    kept
	 */
	ImportSummary importFile(Path file, ImportOptions options, IProgressMonitor monitor) throws LogException;

	/** User-defined fields declared by imported files, each {name, type, spec}, by name. */
	List<String[]> userFields() throws LogException;

	/**
	 * Adds one QSO (the entry form) and sets its id.
	 *
	 * @return the new id, or empty when the same QSO is in the log already
	 */
	OptionalLong add(Qso q) throws LogException;

	/** Replaces a stored QSO by id (QSL marks, card links, corrections). */
	void update(Qso q) throws LogException;

	/**
	 * Replaces several stored QSOs in one transaction (marks written after matching or sending): either all are
	 * changed or none.
	 *
	 * @return the QSOs as they were before, in the same order, so that writing them back undoes the change
	 * @throws LogException when one of them is no longer in the log; nothing is changed then
	 */
	List<Qso> updateAll(Collection<Qso> qsos) throws LogException;

	/** Deletes QSOs by id. */
	void delete(long... ids) throws LogException;

	/** The QSO with an id. */
	Optional<Qso> get(long id) throws LogException;

	/**
	 * The QSOs with a call (exactly, case ignored) whose start lies in {@code [from, to]}, by time: the lookup of
	 * the matching engine. Uses the (call, time) index.
	 */
	List<Qso> findByCall(String call, Instant from, Instant to) throws LogException;

	/** How many QSOs a filter covers. */
	long count(QsoFilter filter) throws LogException;

	/** One page of the QSOs a filter covers, newest first (the order of the log table). */
	List<Qso> page(QsoFilter filter, long offset, int limit) throws LogException;

	/** Counts in total and by band, mode and month. */
	LogStats stats() throws LogException;

	/**
	 * Exports the QSOs a filter covers, oldest first, streaming from the database. The file is written to a
	 * temporary file beside it and moved into place at the end, so a cancelled export leaves no partial file.
	 *
	 * @return the number of QSOs written
	 */
	long export(Path file, LogFormat format, QsoFilter filter, IProgressMonitor monitor) throws LogException;

	/** Closes the store. */
	@Override
	void close();
}
