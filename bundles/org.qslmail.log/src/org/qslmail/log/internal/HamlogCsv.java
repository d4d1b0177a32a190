package org.qslmail.log.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.qslmail.core.Band;
import org.qslmail.core.InvalidInputException;
import org.qslmail.core.LogZone;
import org.qslmail.core.QslColumn;
import org.qslmail.core.StationTime;
import org.qslmail.log.AdifField;
import org.qslmail.log.ImportProblem;
import org.qslmail.log.ImportSummary;
import org.qslmail.log.Qso;
import org.qslmail.log.SkipReason;

/**
 * Turbo HAMLOG CSV: 15 quoted columns, CP932, CRLF, {@code YY/MM/DD} and {@code HH:MMJ}/{@code HH:MMU}.
 * Columns: Call, Date, Time, His (RST sent), My (RST received), Freq (MHz), Mode, Code, GL, QSL, Name, QTH,
 * Remarks1, Remarks2, flag.
 */
public final class HamlogCsv {

	public static final Charset CP932 = Charset.forName("windows-31j"); //$NON-NLS-1$
	/** The 15th column, kept as written. */
	public static final String APP_FLAG = "APP_QSLMAIL_HAMLOG_FLAG"; //$NON-NLS-1$
	static final int COLUMNS = 15;

	private HamlogCsv() {
	}

	/** Splits one CSV line; {@code null} if a quote is left open. */
	static List<String> split(String line) {
		List<String> out = new ArrayList<>(COLUMNS);
		int i = 0;
		int n = line.length();
		while (true) {
			StringBuilder b = new StringBuilder();
			if (i < n && line.charAt(i) == '"') {
				i++;
				boolean closed = false;
				while (i < n) {
					char c = line.charAt(i++);
					if (c == '"') {
						if (i < n && line.charAt(i) == '"') {
							b.append('"');
							i++;
						} else {
							closed = true;
							break;
						}
					} else {
						b.append(c);
					}
				}
				if (!closed) {
					return null;
				}
				while (i < n && line.charAt(i) != ',') {
					i++;
				}
			} else {
				while (i < n && line.charAt(i) != ',') {
					b.append(line.charAt(i++));
				}
			}
			out.add(b.toString());
			if (i >= n) {
				return out;
			}
			i++; // the comma
		}
	}

	/** Reads HAMLOG CSV. */
	public static final class Source implements QsoSource {
		private final LineInput lines;
		private final Charset charset;
		private final String stationCallsign;
		private final ImportSummary summary;

		public Source(InputStream in, Charset charset, String stationCallsign, int maxLine, ImportSummary summary) {
			this.lines = new LineInput(in, maxLine);
			this.charset = charset == null ? CP932 : charset;
			this.stationCallsign = stationCallsign;
			this.summary = summary;
		}

		@Override
		public Qso next() throws IOException {
			while (lines.next()) {
				if (lines.length() == 0) {
					continue;
				}
				String text = new String(lines.bytes(), 0, lines.length(), charset);
				if (text.isBlank()) {
					continue;
				}
				if (lines.number() == 1 && text.charAt(0) == '\uFEFF') {
					text = text.substring(1);
				}
				try {
					if (lines.tooLong()) {
						throw new BadRecordException(SkipReason.FIELD_TOO_LONG, Messages.HamlogCsv_lineTooLong);
					}
					return toQso(text);
				} catch (BadRecordException e) {
					summary.skip(new ImportProblem(lines.offset(), lines.number(), e.reason(), e.getMessage()));
				}
			}
			return null;
		}

		private Qso toQso(String text) throws BadRecordException {
			List<String> c = split(text);
			if (c == null) {
				throw new BadRecordException(SkipReason.SYNTAX, Messages.HamlogCsv_openQuote);
			}
			if (c.size() < 3) {
				throw new BadRecordException(SkipReason.SYNTAX,
						NLS.bind(Messages.HamlogCsv_columns, Integer.toString(c.size())));
			}
			while (c.size() < COLUMNS) {
				c.add(""); //$NON-NLS-1$
			}
			Qso q = new Qso();
			String call = c.get(0).trim().toUpperCase(Locale.ROOT);
			if (call.isEmpty()) {
				throw new BadRecordException(SkipReason.MISSING_FIELD, NLS.bind(Messages.AdifMapping_missing, "Call")); //$NON-NLS-1$
			}
			AdifMapping.checkCall(call);
			q.setCall(call);
			q.setStationCallsign(stationCallsign);
			try {
				StationTime.parseHamlogDate(c.get(1).trim());
			} catch (InvalidInputException e) {
				throw new BadRecordException(SkipReason.BAD_DATE, NLS.bind(Messages.AdifMapping_badDate, AdifMapping.shorten(c.get(1))));
			}
			StationTime t;
			try {
				t = StationTime.parseHamlog(c.get(1).trim(), c.get(2).trim());
			} catch (InvalidInputException e) {
				throw new BadRecordException(SkipReason.BAD_TIME, NLS.bind(Messages.AdifMapping_badTime, AdifMapping.shorten(c.get(2))));
			}
			q.setInstant(t.toInstant());
			q.setZone(t.zone());
			q.setRstSent(blankToNull(c.get(3)));
			q.setRstReceived(blankToNull(c.get(4)));
			String freq = blankToNull(c.get(5));
			q.setFrequency(freq);
			if (freq != null) {
				q.setBand(Band.find(freq.trim()).orElse(null));
			}
			String mode = blankToNull(c.get(6));
			q.setMode(mode == null ? null : mode.trim().toUpperCase(Locale.ROOT));
			q.setHamlogCode(blankToNull(c.get(7)));
			q.setGrid(blankToNull(c.get(8)));
			String qsl = c.get(9);
			QslColumn column = QslColumn.EMPTY;
			try {
				StringBuilder padded = new StringBuilder(qsl);
				while (padded.length() < QslColumn.LENGTH) {
					padded.append(' ');
				}
				column = QslColumn.parse(padded.toString());
			} catch (InvalidInputException e) {
				q.extraFields().add(new AdifField(AdifMapping.APP_QSL_COLUMN + "_TEXT", qsl)); //$NON-NLS-1$
			}
			q.setQslColumn(column);
			if (column.isSent()) {
				q.setQslSent("Y"); //$NON-NLS-1$
			} else if (column.route() == 'N') {
				q.setQslSent("N"); //$NON-NLS-1$
			}
			if (column.isReceived()) {
				q.setQslReceived("Y"); //$NON-NLS-1$
			}
			if (column.route() == 'J') {
				q.setQslSentVia("B"); //$NON-NLS-1$
			}
			q.setName(blankToNull(c.get(10)));
			q.setQth(blankToNull(c.get(11)));
			q.setRemarks(blankToNull(c.get(12)));
			q.setRemarks2(blankToNull(c.get(13)));
			if (column.route() == 'M') {
				String manager = manager(c.get(12));
				q.setQslVia(manager != null ? manager : manager(c.get(13)));
			}
			q.extraFields().add(new AdifField(APP_FLAG, c.get(14)));
			for (int i = COLUMNS; i < c.size(); i++) {
				q.extraFields().add(new AdifField("APP_QSLMAIL_HAMLOG_COL" + (i + 1), c.get(i))); //$NON-NLS-1$
			}
			return q;
		}

		@Override
		public long position() {
			return lines.position();
		}

		@Override
		public void close() throws IOException {
			lines.close();
		}
	}

	/** The manager call of {@code @JG1MOU} in a remark, or {@code null}. */
	static String manager(String remark) {
		int at = remark.indexOf('@');
		if (at < 0) {
			return null;
		}
		int end = at + 1;
		while (end < remark.length() && (Character.isLetterOrDigit(remark.charAt(end)) && remark.charAt(end) < 128
				|| remark.charAt(end) == '/')) {
			end++;
		}
		return end - at - 1 >= 3 ? remark.substring(at + 1, end) : null;
	}

	private static String blankToNull(String s) {
		return s.isEmpty() ? null : s;
	}

	/** Writes HAMLOG CSV in CP932 with CRLF. */
	public static final class Sink implements AutoCloseable {
		private final Writer out;

		public Sink(OutputStream stream) {
			this.out = new BufferedWriter(new OutputStreamWriter(stream, CP932), 1 << 16);
		}

		public void record(Qso q) throws IOException {
			StationTime t = StationTime.of(q.instant(), q.zone() == null ? LogZone.UTC : q.zone());
			String flag = q.extra(APP_FLAG);
			String freq = q.frequency();
			if (freq == null && q.band() != null) {
				for (Map.Entry<BigDecimal, Band> e : Band.NOMINAL_MHZ.entrySet()) {
					if (e.getValue() == q.band()) {
						freq = e.getKey().toPlainString();
					}
				}
			}
			String[] cols = { q.call(), t.hamlogDate(), t.hamlogTime(), q.rstSent(), q.rstReceived(), freq,
					q.submode() != null ? q.submode() : q.mode(), q.hamlogCode(), q.grid(), q.qslColumn().toString(),
					q.name(), q.qth(), q.remarks(), q.remarks2(), flag == null ? "0" : flag }; //$NON-NLS-1$
			for (int i = 0; i < cols.length; i++) {
				if (i > 0) {
					out.write(',');
				}
				out.write('"');
				String v = cols[i] == null ? "" : cols[i]; //$NON-NLS-1$
				out.write(v.replace("\"", "\"\"").replace('\r', ' ').replace('\n', ' ')); //$NON-NLS-1$ //$NON-NLS-2$
				out.write('"');
			}
			out.write("\r\n"); //$NON-NLS-1$
		}

		@Override
		public void close() throws IOException {
			out.close();
		}
	}
}
