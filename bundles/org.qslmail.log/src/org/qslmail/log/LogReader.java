package org.qslmail.log;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.qslmail.log.internal.AdiSource;
import org.qslmail.log.internal.AdxSource;
import org.qslmail.log.internal.CabrilloSource;
import org.qslmail.log.internal.HamlogCsv;
import org.qslmail.log.internal.Messages;
import org.qslmail.log.internal.QsoSource;

/**
 * Reads the QSOs of a log file one by one, without a store: the same readers (and the same mapping of ADIF
 * fields) as {@link QsoStore#importFile}, for programs that only look at a file, such as matching against an
 * ADIF download of LoTW, eQSL or QRZ. Records that cannot be read are skipped and listed in
 * {@link #summary()}, exactly as an import would list them. Not thread-safe.
 *
 * <pre>
 * try (LogReader reader = LogReader.open(file, ImportOptions.defaults())) {
 *     for (Qso q = reader.next(); q != null; q = reader.next()) { ... }
 * }
 * </pre>
 */
public final class LogReader implements AutoCloseable {

	private final Path file;
	private final long size;
	private final ImportSummary summary;
	private final QsoSource source;

	private LogReader(Path file, long size, ImportSummary summary, QsoSource source) {
		this.file = file;
		this.size = size;
		this.summary = summary;
		this.source = source;
	}

	/**
	 * Opens a file; its format is detected from the name and the first bytes unless the options name one.
	 *
	 * @throws LogException when the file cannot be read
	 */
	public static LogReader open(Path file, ImportOptions options) throws LogException {
		InputStream in = null;
		try {
			long size = Files.size(file);
			LogFormat format = options.format().orElse(null);
			if (format == null) {
				byte[] head = new byte[512];
				int n;
				try (InputStream probe = Files.newInputStream(file)) {
					n = Math.max(0, probe.readNBytes(head, 0, head.length));
				}
				format = LogFormat.detect(file.getFileName().toString(), head, n);
			}
			ImportSummary summary = new ImportSummary(file, format);
			in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
			Charset cs = options.charset().orElse(null);
			String station = options.stationCallsign().map(s -> s.trim().toUpperCase(Locale.ROOT)).orElse(null);
			QsoSource source = switch (format) {
			case ADIF -> new AdiSource(in, cs, options.maxFieldLength(), station, summary);
			case ADX -> new AdxSource(in, station, summary);
			case HAMLOG_CSV -> new HamlogCsv.Source(in, cs, station, 64 * 1024, summary);
			case CABRILLO -> new CabrilloSource(in, cs, options.cabrilloCallField(), station, summary);
			};
			return new LogReader(file, size, summary, source);
		} catch (IOException e) {
			if (in != null) {
				try {
					in.close();
				} catch (IOException suppressed) {
					e.addSuppressed(suppressed);
				}
			}
			throw new LogException(NLS.bind(Messages.QsoStore_cannotRead, file, e.getMessage()), e);
		}
	}

	/** The next QSO that could be read, or {@code null} at the end of the file. */
	public Qso next() throws LogException {
		try {
			return source.next();
		} catch (IOException e) {
			throw new LogException(NLS.bind(Messages.QsoStore_cannotRead, file, e.getMessage()), e);
		}
	}

	/** The format read (detected or given). */
	public LogFormat format() {
		return summary.format();
	}

	/** The records skipped so far, with their reasons and positions. */
	public ImportSummary summary() {
		return summary;
	}

	/** Bytes of the file consumed so far, for progress. */
	public long position() {
		return source.position();
	}

	/** The size of the file in bytes when it was opened. */
	public long size() {
		return size;
	}

	@Override
	public void close() throws LogException {
		try {
			source.close();
		} catch (IOException e) {
			throw new LogException(NLS.bind(Messages.QsoStore_cannotRead, file, e.getMessage()), e);
		}
	}
}
