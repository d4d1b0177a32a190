package org.qslmail.log.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.qslmail.log.LogException;
import org.qslmail.log.LogFormat;
import org.qslmail.log.Qso;
import org.qslmail.log.QsoFilter;

/**
 * Exports from the store, streaming: oldest first, into a temporary file beside the target that is moved into
 * place at the end (a cancelled or failed export leaves no partial file).
 */
final class QsoExport {

	private final SqliteQsoStore db;

	QsoExport(SqliteQsoStore db) {
		this.db = db;
	}

	long export(Path file, LogFormat format, QsoFilter filter, String programVersion, IProgressMonitor monitor)
			throws LogException {
		if (!format.canWrite()) {
			throw new LogException(NLS.bind(Messages.QsoStore_cannotWriteFormat, format.id()));
		}
		long total = db.count(filter);
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.QsoStore_exporting, file.getFileName()),
				(int) Math.min(Integer.MAX_VALUE, Math.max(1, total)));
		Path dir = file.toAbsolutePath().getParent();
		Path temp = null;
		long written = 0;
		List<Object> params = new ArrayList<>();
		String where = QsoQueries.where(filter, params);
		try {
			temp = Files.createTempFile(dir, file.getFileName().toString(), ".part"); //$NON-NLS-1$
			List<String[]> userFields = db.userFields();
			try (Connection c = db.connection();
					PreparedStatement s = c.prepareStatement(QsoTable.SELECT + where
							+ " ORDER BY qso_time, call_sign, station_call, band, qso_mode"); //$NON-NLS-1$
					OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
				QsoQueries.setAll(s, params);
				s.setFetchSize(1000);
				Sink sink = sink(format, out, programVersion, userFields);
				try (ResultSet r = s.executeQuery()) {
					while (r.next()) {
						sink.record(QsoTable.read(r));
						written++;
						if (written % 1000 == 0) {
							progress.worked(1000);
							if (progress.isCanceled()) {
								throw new OperationCanceledException();
							}
						}
					}
				}
				sink.close();
			}
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			temp = null;
			return written;
		} catch (IOException e) {
			throw new LogException(NLS.bind(Messages.QsoStore_cannotWrite, file, e.getMessage()), e);
		} catch (SQLException e) {
			throw db.failed(e);
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

	/** One output format. */
	private interface Sink {
		void record(Qso q) throws IOException;

		void close() throws IOException;
	}

	private static Sink sink(LogFormat format, OutputStream out, String programVersion, List<String[]> userFields)
			throws IOException {
		switch (format) {
		case ADIF -> {
			AdiWriter adi = new AdiWriter(out);
			adi.header(programVersion, userFields);
			return new Sink() {
				@Override
				public void record(Qso q) throws IOException {
					adi.record(AdifMapping.toFields(q));
				}

				@Override
				public void close() throws IOException {
					adi.close();
				}
			};
		}
		case ADX -> {
			AdxWriter adx = new AdxWriter(out);
			adx.header(programVersion, userFields);
			return new Sink() {
				@Override
				public void record(Qso q) throws IOException {
					adx.record(AdifMapping.toFields(q));
				}

				@Override
				public void close() throws IOException {
					adx.close();
				}
			};
		}
		case HAMLOG_CSV -> {
			HamlogCsv.Sink csv = new HamlogCsv.Sink(out);
			return new Sink() {
				@Override
				public void record(Qso q) throws IOException {
					csv.record(q);
				}

				@Override
				public void close() throws IOException {
					csv.close();
				}
			};
		}
		default -> throw new IllegalStateException(format.id());
		}
	}
}
