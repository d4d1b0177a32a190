package org.qslmail.log.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.qslmail.log.ImportOptions;
import org.qslmail.log.ImportSummary;
import org.qslmail.log.LogException;
import org.qslmail.log.LogFormat;
import org.qslmail.log.Qso;

/**
 * Imports a file into the store in one transaction (all of it or nothing).
 * <p>
 * The file is read and parsed on a second thread while this one writes: batches of {@value #BATCH} QSOs pass
 * through a queue of {@value #QUEUE} batches, so memory stays bounded however large the file. Every QSO goes in
 * with a batched {@code INSERT ... ON CONFLICT DO NOTHING}: the unique index on the duplicate key decides, in the
 * same step as the insert, whether the QSO is already in the log (and counts it as a duplicate then). Imports of
 * files over 16 MB drop the call index and build it again at the end, inside the same transaction, so a
 * cancelled, failed or crashed import leaves the index as it was.
 */
final class QsoImport {

	/** QSOs per batch (one JDBC batch, one queue entry). */
	static final int BATCH = 2000;
	/** Batches waiting between the reader and the writer. */
	static final int QUEUE = 4;
	/** Imports of files larger than this rebuild the call index afterwards instead of growing it. */
	private static final long BIG_IMPORT_BYTES = 16L << 20;
	/** SQLite's page cache for an import, in KiB (native memory, not the Java heap); the default is 2 MB. */
	private static final int IMPORT_CACHE_KIB = 64 * 1024;

	private final SqliteQsoStore db;

	QsoImport(SqliteQsoStore db) {
		this.db = db;
	}

	ImportSummary importFile(Path file, ImportOptions options, IProgressMonitor monitor) throws LogException {
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

	/** A batch from the reader: QSOs and the file position after them, or the end, or the reader's failure. */
	private record Batch(List<Qso> qsos, List<byte[]> details, long position, Throwable failure) {
		boolean isEnd() {
			return qsos == null;
		}
	}

	private void importFrom(QsoSource source, long size, ImportSummary summary, IProgressMonitor monitor)
			throws IOException, LogException {
		int units = (int) Math.max(1, Math.min(Integer.MAX_VALUE, size / 4096));
		SubMonitor progress = SubMonitor.convert(monitor,
				NLS.bind(Messages.QsoStore_importing, summary.file().getFileName()), units);
		boolean rebuildIndex = size > BIG_IMPORT_BYTES;
		BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUE);
		Thread reader = new Thread(() -> read(source, queue), "QSL Mail import reader"); //$NON-NLS-1$
		reader.setDaemon(true);
		try (Connection c = db.connection(); Statement s = c.createStatement()) {
			s.execute("PRAGMA cache_size = -" + IMPORT_CACHE_KIB); //$NON-NLS-1$
			// Takes the write lock (BEGIN IMMEDIATE): the file is parsed only once the log can be written.
			c.setAutoCommit(false);
			try (PreparedStatement insert = c.prepareStatement(QsoTable.INSERT_IF_NEW)) {
				if (rebuildIndex) {
					s.execute("DROP INDEX IF EXISTS qso_call_time"); //$NON-NLS-1$
				}
				long nextId = QsoIds.next(c);
				reader.start();
				int reported = 0;
				while (true) {
					Batch batch = take(queue, reader, progress);
					if (batch.failure() != null) {
						rethrow(batch.failure());
					}
					if (batch.isEnd()) {
						break;
					}
					List<Qso> qsos = batch.qsos();
					for (int i = 0; i < qsos.size(); i++) {
						insert.setLong(1, nextId++);
						QsoTable.bind(insert, 2, qsos.get(i), batch.details().get(i));
						insert.addBatch();
					}
					long added = 0;
					for (int n : insert.executeBatch()) {
						added += n > 0 ? 1 : 0;
					}
					summary.addImported(added);
					summary.addDuplicates(batch.qsos().size() - added);
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					int done = (int) Math.min(units, batch.position() / 4096);
					if (done > reported) {
						progress.worked(done - reported);
						reported = done;
					}
					progress.subTask(NLS.bind(Messages.QsoStore_importedSoFar, Long.toString(summary.imported())));
				}
				if (rebuildIndex) {
					progress.subTask(Messages.QsoStore_indexing);
					s.execute(Schema.CALL_INDEX);
				}
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				saveUserFields(c, source.userFields());
				QsoIds.given(c, nextId - 1);
				c.commit();
			} catch (SQLException | IOException | RuntimeException e) {
				rollback(c);
				throw e;
			} finally {
				stop(reader, queue);
				c.setAutoCommit(true);
				s.execute("PRAGMA cache_size = -2000"); //$NON-NLS-1$
			}
		} catch (SQLException e) {
			throw db.failed(e);
		} finally {
			progress.done();
		}
	}

	/**
	 * The reader thread: parses the file into batches until its end, a failure or an interrupt. It also encodes the
	 * details column of each QSO, work the writer would otherwise do.
	 */
	private static void read(QsoSource source, BlockingQueue<Batch> queue) {
		try {
			QsoDetails.Writer writer = new QsoDetails.Writer();
			List<Qso> qsos = new ArrayList<>(BATCH);
			List<byte[]> details = new ArrayList<>(BATCH);
			Qso q;
			while ((q = source.next()) != null) {
				qsos.add(q);
				details.add(QsoDetails.encode(q, writer));
				if (qsos.size() == BATCH) {
					queue.put(new Batch(qsos, details, source.position(), null));
					qsos = new ArrayList<>(BATCH);
					details = new ArrayList<>(BATCH);
				}
			}
			if (!qsos.isEmpty()) {
				queue.put(new Batch(qsos, details, source.position(), null));
			}
			queue.put(new Batch(null, null, source.position(), null));
		} catch (InterruptedException | ClosedByInterruptException | InterruptedIOException e) {
			// stopped by the writer (cancel or failure); it does not wait for more batches
		} catch (Throwable e) {
			try {
				queue.put(new Batch(null, null, 0, e));
			} catch (InterruptedException stopped) {
				// the writer is gone already
			}
		}
	}

	/**
	 * The next batch. Waits in steps of a second so that a cancel is seen while the reader is slow, and ends if the
	 * reader is gone without a last batch (it cannot be, but the wait must not hang then).
	 */
	private static Batch take(BlockingQueue<Batch> queue, Thread reader, SubMonitor progress) throws IOException {
		try {
			while (true) {
				Batch b = queue.poll(1, TimeUnit.SECONDS);
				if (b != null) {
					return b;
				}
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				if (!reader.isAlive() && queue.isEmpty()) {
					throw new IOException("the reader thread ended without a result"); //$NON-NLS-1$
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
	}

	/** Ends the reader (when the import stopped early) and waits for it, so nothing reads after the import. */
	private static void stop(Thread reader, BlockingQueue<Batch> queue) {
		if (!reader.isAlive()) {
			return;
		}
		reader.interrupt();
		queue.clear();
		try {
			reader.join(60_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void rethrow(Throwable t) throws IOException {
		if (t instanceof IOException e) {
			throw e;
		}
		if (t instanceof RuntimeException e) {
			throw e;
		}
		if (t instanceof Error e) {
			throw e;
		}
		throw new IOException(t);
	}

	private static void rollback(Connection c) {
		try {
			c.rollback();
		} catch (SQLException e) {
			// the connection is broken; SQLite discards the uncommitted transaction
		}
	}

	private static void saveUserFields(Connection c, List<String[]> fields) throws SQLException {
		if (fields.isEmpty()) {
			return;
		}
		try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO user_field(name, field_type, spec) VALUES (?, ?, ?)")) { //$NON-NLS-1$
			for (String[] f : fields) {
				s.setString(1, f[0]);
				s.setString(2, f[1]);
				s.setString(3, f[2]);
				s.addBatch();
			}
			s.executeBatch();
		}
	}
}
