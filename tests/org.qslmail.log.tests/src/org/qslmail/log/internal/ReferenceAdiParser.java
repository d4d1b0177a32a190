package org.qslmail.log.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.qslmail.log.ImportProblem;
import org.qslmail.log.SkipReason;

/**
 * The ADI parser as it was before it was made faster (commit c71c792), kept unchanged as the oracle of
 * {@link AdiParserDifferentialTest}: the fast parser must give the same records, positions and problems.
 * <p>
 * A streaming ADIF ADI parser over bytes. It holds one record (and at most one field's bytes) in memory.
 * <ul>
 * <li>The header is whatever comes before {@code <EOH>}; without one the file starts with the first record.</li>
 * <li>Tags are case-insensitive; type indicators are read and kept; text between fields is ignored.</li>
 * <li>Lengths are taken as bytes, or as characters when only that reading ends the value right before the next
 * {@code <} (after white space) or the end of the file: writers disagree on what the length counts.</li>
 * <li>Text is UTF-8 or CP932 (Shift_JIS): ASCII values need no decision; a non-ASCII value that is valid UTF-8 is
 * UTF-8 unless the file already showed CP932, anything else is CP932. A forced charset overrides this.</li>
 * <li>A damaged record (bad tag, absurd length, end of file inside it) is reported with its byte offset and line
 * and skipped; parsing goes on with the next record.</li>
 * </ul>
 */
final class ReferenceAdiParser implements AutoCloseable {

	/** One parsed record: field names as written, upper-case keys, values and type indicators. */
	public static final class Record {
		int size;
		String[] names = new String[32];
		String[] keys = new String[32];
		String[] values = new String[32];
		String[] types = new String[32];
		long offset;
		long line;

		public int size() {
			return size;
		}

		public String name(int i) {
			return names[i];
		}

		/** The field name in upper case. */
		public String key(int i) {
			return keys[i];
		}

		public String value(int i) {
			return values[i];
		}

		/** The type indicator, or {@code null}. */
		public String type(int i) {
			return types[i];
		}

		/** The byte offset of the record's first field. */
		public long offset() {
			return offset;
		}

		/** The line of the record's first field, 1-based. */
		public long line() {
			return line;
		}

		void add(String name, String key, String value, String type) {
			if (size == names.length) {
				int n = size * 2;
				names = Arrays.copyOf(names, n);
				keys = Arrays.copyOf(keys, n);
				values = Arrays.copyOf(values, n);
				types = Arrays.copyOf(types, n);
			}
			names[size] = name;
			keys[size] = key;
			values[size] = value;
			types[size] = type;
			size++;
		}

		void clear() {
			Arrays.fill(values, 0, size, null);
			size = 0;
		}
	}

	/** Receives the records that are skipped. */
	public interface ProblemSink {
		void problem(ImportProblem problem);
	}

	private static final Charset CP932 = Charset.forName("windows-31j"); //$NON-NLS-1$
	private static final int MAX_TAG = 256;
	private static final int LOOKAHEAD = 64;

	private final InputStream in;
	private final ProblemSink problems;
	private final int maxFieldLength;
	private final Charset forced;
	private byte[] buf = new byte[1 << 16];
	private int pos;
	private int limit;
	private boolean eof;
	/** File offset of buf[0]. */
	private long base;
	private long line = 1;
	/** Null until a non-ASCII value decided it. */
	private Charset detected;
	private boolean inHeader;
	private boolean started;
	private final List<String[]> header = new ArrayList<>();
	private final NameCache names = new NameCache();

	ReferenceAdiParser(InputStream in, Charset forced, int maxFieldLength, ProblemSink problems) {
		this.in = in;
		this.forced = forced;
		this.maxFieldLength = maxFieldLength;
		this.problems = problems;
	}

	/** Header fields read so far, each {name, value, type}. */
	public List<String[]> header() {
		return header;
	}

	/** The charset found for non-ASCII text, or {@code null} if all text so far was ASCII. */
	public Charset detectedCharset() {
		return forced != null ? forced : detected;
	}

	/** Bytes consumed so far. */
	public long position() {
		return base + pos;
	}

	/**
	 * Reads the next good record into {@code record}.
	 *
	 * @return {@code false} at the end of the file
	 */
	public boolean next(Record record) throws IOException {
		if (!started) {
			start();
		}
		record.clear();
		SkipReason bad = null;
		String badDetail = null;
		while (true) {
			// Find the next '<', counting lines on the way.
			int lt = -1;
			while (lt < 0) {
				for (int i = pos; i < limit; i++) {
					byte b = buf[i];
					if (b == '<') {
						lt = i;
						break;
					}
					if (b == '\n') {
						line++;
					}
				}
				if (lt < 0) {
					pos = limit;
					if (!fill(1)) {
						if (record.size > 0 || bad != null) {
							report(record, SkipReason.TRUNCATED, Messages.AdiParser_noEor);
						}
						return false;
					}
				}
			}
			pos = lt;
			long tagOffset = position();
			long tagLine = line;
			// Read the tag up to '>'.
			ensure(MAX_TAG);
			int gt = -1;
			int colon1 = -1;
			int colon2 = -1;
			int end = Math.min(limit, pos + MAX_TAG);
			for (int i = pos + 1; i < end; i++) {
				byte b = buf[i];
				if (b == '>') {
					gt = i;
					break;
				}
				if (b == ':') {
					if (colon1 < 0) {
						colon1 = i;
					} else if (colon2 < 0) {
						colon2 = i;
					}
				} else if (b == '<') {
					break;
				}
			}
			if (gt < 0) {
				pos++;
				if (!inHeader) {
					if (record.size == 0 && bad == null) {
						record.offset = tagOffset;
						record.line = tagLine;
					}
					if (bad == null) {
						bad = eof && end == limit ? SkipReason.TRUNCATED : SkipReason.SYNTAX;
						badDetail = Messages.AdiParser_badTag;
					}
				}
				continue;
			}
			int nameStart = pos + 1;
			int nameEnd = colon1 < 0 ? gt : colon1;
			if (colon1 < 0) {
				pos = gt + 1;
				if (isWord(nameStart, nameEnd, "EOR")) { //$NON-NLS-1$
					if (bad != null) {
						report(record, bad, badDetail);
						bad = null;
						record.clear();
						continue;
					}
					if (record.size == 0) {
						continue;
					}
					return true;
				}
				if (isWord(nameStart, nameEnd, "EOH")) { //$NON-NLS-1$
					takeHeader(record);
					inHeader = false;
					bad = null;
					continue;
				}
				// An unknown tag without length: text, not a field.
				continue;
			}
			if (record.size == 0 && bad == null) {
				record.offset = tagOffset;
				record.line = tagLine;
			}
			long length = 0;
			int lenEnd = colon2 < 0 ? gt : colon2;
			boolean lengthOk = lenEnd > colon1 + 1 && lenEnd - colon1 - 1 <= 10;
			for (int i = colon1 + 1; i < lenEnd && lengthOk; i++) {
				int d = buf[i] - '0';
				if (d < 0 || d > 9) {
					lengthOk = false;
				} else {
					length = length * 10 + d;
				}
			}
			if (!lengthOk || nameEnd == nameStart) {
				pos = gt + 1;
				if (!inHeader && bad == null) {
					bad = SkipReason.SYNTAX;
					badDetail = NLS.bind(Messages.AdiParser_badLength, latin1(nameStart, gt - nameStart));
				}
				continue;
			}
			if (length > maxFieldLength) {
				pos = gt + 1;
				if (!inHeader && bad == null) {
					bad = SkipReason.FIELD_TOO_LONG;
					badDetail = NLS.bind(Messages.AdiParser_fieldTooLong, latin1(nameStart, nameEnd - nameStart),
							Long.toString(length));
				}
				continue;
			}
			NameCache.Entry name = names.get(buf, nameStart, nameEnd - nameStart);
			String type = colon2 < 0 ? null : latin1(colon2 + 1, gt - colon2 - 1);
			pos = gt + 1;
			int len = (int) length;
			String value = readValue(len);
			if (value == null) {
				// The file ends inside the value.
				if (!inHeader) {
					report(record, SkipReason.TRUNCATED, NLS.bind(Messages.AdiParser_truncatedField, name.original));
				}
				return false;
			}
			if (bad == null) {
				record.add(name.original, name.upper, value, type);
			}
		}
	}

	private void start() throws IOException {
		started = true;
		fill(4);
		if (limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
			pos = 3;
			if (forced == null) {
				detected = StandardCharsets.UTF_8;
			}
		}
		// "If the first character in an ADI file is <, it contains no Header."
		inHeader = pos < limit && buf[pos] != '<';
	}

	private void takeHeader(Record record) {
		for (int i = 0; i < record.size; i++) {
			header.add(new String[] { record.names[i], record.values[i], record.types[i] });
		}
		record.clear();
	}

	private void report(Record record, SkipReason reason, String detail) {
		problems.problem(new ImportProblem(record.offset, record.line, reason, detail));
	}

	/** Reads a value of {@code len} bytes or characters; {@code null} when the file ends first. */
	private String readValue(int len) throws IOException {
		ensure(len + LOOKAHEAD);
		if (limit - pos < len) {
			pos = limit;
			return null;
		}
		int start = pos;
		int byteEnd = start + len;
		boolean ascii = true;
		int newlines = 0;
		for (int i = start; i < byteEnd; i++) {
			byte b = buf[i];
			if (b < 0) {
				ascii = false;
				break;
			}
			if (b == '\n') {
				newlines++;
			}
		}
		if (ascii) {
			line += newlines;
			pos = byteEnd;
			return new String(buf, start, len, StandardCharsets.ISO_8859_1);
		}
		Charset cs = charsetFor(start, byteEnd);
		int end = byteEnd;
		if (!landsOnTag(byteEnd)) {
			// Perhaps the length counts characters: up to 4 bytes each in UTF-8, 2 in CP932.
			ensure((cs == StandardCharsets.UTF_8 ? 4 : 2) * len + LOOKAHEAD);
			start = pos;
			byteEnd = start + len;
			int charEnd = charEnd(start, len, cs);
			if (charEnd >= 0 && landsOnTag(charEnd)) {
				end = charEnd;
			} else {
				end = byteEnd;
			}
		}
		for (int i = start; i < end; i++) {
			if (buf[i] == '\n') {
				line++;
			}
		}
		pos = end;
		if (forced == null && detected == null) {
			detected = cs;
		}
		return new String(buf, start, end - start, cs);
	}

	private Charset charsetFor(int start, int end) {
		if (forced != null) {
			return forced;
		}
		boolean utf8 = looksUtf8(start, end);
		if (utf8 && detected != CP932) {
			return StandardCharsets.UTF_8;
		}
		return CP932;
	}

	/** Valid UTF-8, allowing a sequence cut off at the end (the length may count characters). */
	private boolean looksUtf8(int start, int end) {
		int i = start;
		while (i < end) {
			int b = buf[i] & 0xFF;
			int n;
			if (b < 0x80) {
				i++;
				continue;
			} else if (b >= 0xC2 && b <= 0xDF) {
				n = 1;
			} else if (b >= 0xE0 && b <= 0xEF) {
				n = 2;
			} else if (b >= 0xF0 && b <= 0xF4) {
				n = 3;
			} else {
				return false;
			}
			for (int k = 1; k <= n; k++) {
				if (i + k >= end) {
					return true;
				}
				if ((buf[i + k] & 0xC0) != 0x80) {
					return false;
				}
			}
			i += n + 1;
		}
		return true;
	}

	/** The index after {@code chars} characters from {@code start}, or -1 if the buffer ends first. */
	private int charEnd(int start, int chars, Charset cs) {
		int i = start;
		boolean utf8 = cs == StandardCharsets.UTF_8;
		for (int c = 0; c < chars; c++) {
			if (i >= limit) {
				return -1;
			}
			int b = buf[i] & 0xFF;
			if (utf8) {
				i += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
				if (b >= 0xF0) {
					c++; // a supplementary character is two Java characters; writers count either way
				}
			} else {
				i += (b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC) ? 2 : 1;
			}
		}
		return i <= limit ? i : -1;
	}

	private boolean landsOnTag(int at) {
		for (int i = at; i < limit; i++) {
			byte b = buf[i];
			if (b == '<') {
				return true;
			}
			if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
				return false;
			}
		}
		return eof;
	}

	private boolean isWord(int start, int end, String word) {
		if (end - start != word.length()) {
			return false;
		}
		for (int i = 0; i < word.length(); i++) {
			if ((buf[start + i] & 0xDF) != word.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private String latin1(int start, int len) {
		return new String(buf, start, Math.min(len, 64), StandardCharsets.ISO_8859_1);
	}

	/** Makes {@code n} bytes from pos available if the file has them. */
	private void ensure(int n) throws IOException {
		if (limit - pos < n) {
			fill(n);
		}
	}

	/** Compacts and reads until {@code n} bytes from pos are buffered or the file ends; false if none left. */
	private boolean fill(int n) throws IOException {
		if (pos > 0) {
			System.arraycopy(buf, pos, buf, 0, limit - pos);
			limit -= pos;
			base += pos;
			pos = 0;
		}
		if (n > buf.length) {
			buf = Arrays.copyOf(buf, Math.max(n, buf.length * 2));
		}
		while (limit < n && !eof) {
			int r = in.read(buf, limit, buf.length - limit);
			if (r < 0) {
				eof = true;
			} else {
				limit += r;
			}
		}
		return limit > pos;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/** Field names seen in the file, so that each record does not build new strings for them. */
	private static final class NameCache {
		static final class Entry {
			final byte[] bytes;
			final String original;
			final String upper;

			Entry(byte[] bytes) {
				this.bytes = bytes;
				this.original = new String(bytes, StandardCharsets.ISO_8859_1);
				this.upper = original.toUpperCase(java.util.Locale.ROOT);
			}
		}

		private final Entry[] table = new Entry[1024];

		Entry get(byte[] buf, int off, int len) {
			int h = 1;
			for (int i = 0; i < len; i++) {
				h = 31 * h + buf[off + i];
			}
			int slot = h & (table.length - 1);
			for (int probe = 0; probe < 16; probe++) {
				Entry e = table[(slot + probe) & (table.length - 1)];
				if (e == null) {
					e = new Entry(Arrays.copyOfRange(buf, off, off + len));
					table[(slot + probe) & (table.length - 1)] = e;
					return e;
				}
				if (Arrays.equals(e.bytes, 0, e.bytes.length, buf, off, off + len)) {
					return e;
				}
			}
			return new Entry(Arrays.copyOfRange(buf, off, off + len));
		}
	}
}
