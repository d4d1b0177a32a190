package org.qslmail.log.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.qslmail.log.ImportProblem;
import org.qslmail.log.SkipReason;

/**
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
 * Speed (docs/benchmarks.md): the common field (a name, a length of one or two digits, a short ASCII value) takes
 * {@link #fastField}, which guesses the name from the field that followed the previous one, compares it 8 bytes at a
 * time, checks a value of up to 8 bytes as one word and returns the same string for values that repeat in a field;
 * everything else takes the general code, which decides exactly as before (AdiParserDifferentialTest).
 */
public final class AdiParser implements AutoCloseable {

	/** One parsed record: field names as written, upper-case keys, values and type indicators. */
	public static final class Record {
		int size;
		NameCache.Entry[] names = new NameCache.Entry[32];
		String[] values = new String[32];
		String[] types = new String[32];
		long offset;
		long line;

		public int size() {
			return size;
		}

		public String name(int i) {
			return names[i].original;
		}

		/** The field name in upper case. */
		public String key(int i) {
			return names[i].upper;
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

		void add(NameCache.Entry name, String value, String type) {
			if (size == names.length) {
				int n = size * 2;
				names = Arrays.copyOf(names, n);
				values = Arrays.copyOf(values, n);
				types = Arrays.copyOf(types, n);
			}
			names[size] = name;
			values[size] = value;
			types[size] = type;
			size++;
		}

		void clear() {
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
	/** Bytes after a '<' that let {@link #fastField} read without bounds worries: a tag, a short value, a word. */
	private static final int FAST_WINDOW = MAX_TAG + 8 + 8;
	/** Large enough that a buffered stream hands its reads straight through, small enough to stay in cache. */
	static final int DEFAULT_BUFFER = 1 << 20;
	private static final int EARLY_READ = 16 << 10;
	private static final int EARLY_READS = 256;
	/** Reads 8 bytes of a byte array as a little-endian long, at any index. */
	private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
	/** "eor>" as the low 4 bytes of a word, the letters in lower case. */
	private static final int EOR = 'e' | 'o' << 8 | 'r' << 16 | '>' << 24;
	private static final long ONES = 0x0101010101010101L;
	private static final long HIGH_BITS = 0x8080808080808080L;
	private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
	/** One-character type indicators, so that records with types do not build a string per field. */
	private static final String[] ONE_CHAR = new String[128];
	/** What {@link #tag} found: go on with the next tag, a record is complete, the file ended. */
	private static final int CONTINUE = 1;
	private static final int RECORD = 0;
	private static final int END = -1;

	static {
		for (int c = 0; c < ONE_CHAR.length; c++) {
			ONE_CHAR[c] = String.valueOf((char) c);
		}
	}

	private final InputStream in;
	private final ProblemSink problems;
	private final int maxFieldLength;
	private final Charset forced;
	private byte[] buf;
	private int pos;
	private int limit;
	private boolean eof;
	/**
	 * Reads left that are kept short, so that the edge of the buffer turns up often while the JIT compilers still
	 * profile the code: compiled code that never saw it would be thrown away (deoptimized) at the first edge.
	 */
	private int early = EARLY_READS;
	/** File offset of buf[0]. */
	private long base;
	private long line = 1;
	/** Null until a non-ASCII value decided it. */
	private Charset detected;
	private boolean inHeader;
	private boolean started;
	private final List<String[]> header = new ArrayList<>();
	private final NameCache names = new NameCache();
	/** Why the record being read is skipped, or {@code null}; the first problem found counts. */
	private SkipReason bad;
	private String badDetail;
	/** The name of the previous field, to guess the next one. */
	private NameCache.Entry previous = names.start;

	public AdiParser(InputStream in, Charset forced, int maxFieldLength, ProblemSink problems) {
		this(in, forced, maxFieldLength, problems, DEFAULT_BUFFER);
	}

	/** With the initial size of the read buffer (tests use tiny ones to put every field across its edge). */
	AdiParser(InputStream in, Charset forced, int maxFieldLength, ProblemSink problems, int bufferSize) {
		this.buf = new byte[Math.max(1, bufferSize)];
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
		bad = null;
		badDetail = null;
		while (true) {
			int lt = findTag();
			if (lt < 0) {
				if (record.size > 0 || bad != null) {
					report(record, SkipReason.TRUNCATED, Messages.AdiParser_noEor);
				}
				return false;
			}
			if (bad == null && !inHeader && limit - lt >= FAST_WINDOW) {
				int fast = fastField(record, lt);
				if (fast > 0) {
					continue;
				}
				if (fast == 0) {
					if (record.size == 0) {
						continue;
					}
					return true;
				}
			}
			int r = tag(record, lt);
			if (r != CONTINUE) {
				return r == RECORD;
			}
		}
	}

	/**
	 * The general code: reads the tag at {@code lt} and what it brings (a field, {@code <EOR>}, {@code <EOH>}, a
	 * damaged tag), whatever its form.
	 *
	 * @return {@link #CONTINUE}, {@link #RECORD} when a good record is complete, {@link #END} at the end of the file
	 */
	private int tag(Record record, int lt) throws IOException {
		long tagOffset = base + lt;
		long tagLine = line;
		// Read the tag up to '>'.
		if (limit - lt < MAX_TAG) {
			fill(MAX_TAG);
			lt = pos;
		}
		byte[] b = buf;
		int end = Math.min(limit, lt + MAX_TAG);
		int gt = -1;
		int colon1 = -1;
		int colon2 = -1;
		long length = -1;
		int hash = 0;
		NameCache.Entry name = null;
		int i = lt + 1;
		byte c = 0;
		// Fast paths, read 8 bytes at a time: <EOR>, or the name that followed the previous one last time.
		if (i + 8 <= end) {
			long w = word(b, i);
			if (((int) w | 0x00202020) == EOR) {
				gt = i + 3;
			} else {
				NameCache.Entry guess = previous.next;
				if (guess != null && guess.isAt(b, i, end)) {
					name = guess;
					i += guess.bytes.length;
					c = ':';
				}
			}
		}
		if (gt < 0) {
			if (name == null) {
				// Any name, hashed on the way.
				while (i < end) {
					c = b[i];
					if (c <= '>' && c >= ':' && (c == ':' || c == '>' || c == '<')) {
						break;
					}
					hash = 31 * hash + c;
					i++;
				}
			}
			if (i < end) {
				if (c == '>') {
					gt = i;
				} else if (c == ':') {
					colon1 = i;
					int j = i + 1;
					if (j + 2 < end) {
						// One or two digits and '>'.
						int d0 = b[j] - '0';
						byte c1 = b[j + 1];
						if (d0 >= 0 && d0 <= 9) {
							if (c1 == '>') {
								gt = j + 1;
								length = d0;
							} else {
								int d1 = c1 - '0';
								if (d1 >= 0 && d1 <= 9 && b[j + 2] == '>') {
									gt = j + 2;
									length = d0 * 10 + d1;
								}
							}
						}
					}
					if (gt < 0) {
						// 1 to 10 digits, then '>' or a type and '>'.
						long n = 0;
						int maxDigits = Math.min(end, j + 11);
						while (j < maxDigits) {
							int d = b[j] - '0';
							if (d < 0 || d > 9) {
								break;
							}
							n = n * 10 + d;
							j++;
						}
						if (j < maxDigits && j > i + 1) {
							c = b[j];
							if (c == '>') {
								gt = j;
								length = n;
							} else if (c == ':') {
								int k = j + 1;
								while (k < end) {
									c = b[k];
									if (c == '>' || c == '<') {
										break;
									}
									k++;
								}
								if (k < end && c == '>') {
									colon2 = j;
									gt = k;
									length = n;
								}
							}
						}
					}
				}
			}
		}
		if (gt < 0) {
			// Anything unusual: the general scan decides.
			name = null;
			colon1 = -1;
			colon2 = -1;
			for (i = lt + 1; i < end; i++) {
				c = b[i];
				if (c == '>') {
					gt = i;
					break;
				}
				if (c == ':') {
					if (colon1 < 0) {
						colon1 = i;
					} else if (colon2 < 0) {
						colon2 = i;
					}
				} else if (c == '<') {
					break;
				}
			}
			if (gt < 0) {
				pos = lt + 1;
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
				return CONTINUE;
			}
			hash = hash(lt + 1, colon1 < 0 ? gt : colon1);
		}
		int nameStart = lt + 1;
		int nameEnd = colon1 < 0 ? gt : colon1;
		pos = gt + 1;
		if (colon1 < 0) {
			if (isWord(nameStart, nameEnd, "EOR")) { //$NON-NLS-1$
				previous = names.start;
				if (bad != null) {
					report(record, bad, badDetail);
					bad = null;
					record.clear();
					return CONTINUE;
				}
				if (record.size == 0) {
					return CONTINUE;
				}
				return RECORD;
			}
			if (isWord(nameStart, nameEnd, "EOH")) { //$NON-NLS-1$
				takeHeader(record);
				inHeader = false;
				bad = null;
				return CONTINUE;
			}
			// An unknown tag without length: text, not a field.
			return CONTINUE;
		}
		if (record.size == 0 && bad == null) {
			record.offset = tagOffset;
			record.line = tagLine;
		}
		boolean lengthOk = length >= 0;
		if (!lengthOk) {
			length = 0;
			int lenEnd = colon2 < 0 ? gt : colon2;
			lengthOk = lenEnd > colon1 + 1 && lenEnd - colon1 - 1 <= 10;
			for (i = colon1 + 1; i < lenEnd && lengthOk; i++) {
				int d = b[i] - '0';
				if (d < 0 || d > 9) {
					lengthOk = false;
				} else {
					length = length * 10 + d;
				}
			}
		}
		if (!lengthOk || nameEnd == nameStart) {
			if (!inHeader && bad == null) {
				bad = SkipReason.SYNTAX;
				badDetail = NLS.bind(Messages.AdiParser_badLength, latin1(nameStart, gt - nameStart));
			}
			return CONTINUE;
		}
		if (length > maxFieldLength) {
			if (!inHeader && bad == null) {
				bad = SkipReason.FIELD_TOO_LONG;
				badDetail = NLS.bind(Messages.AdiParser_fieldTooLong, latin1(nameStart, nameEnd - nameStart),
						Long.toString(length));
			}
			return CONTINUE;
		}
		if (name == null) {
			name = names.get(b, nameStart, nameEnd - nameStart, hash);
		}
		if (previous.next != name) {
			previous.next = name;
		}
		previous = name;
		String type = colon2 < 0 ? null : type(colon2 + 1, gt - colon2 - 1);
		String value = readValue((int) length, name);
		if (value == null) {
			// The file ends inside the value.
			if (!inHeader) {
				report(record, SkipReason.TRUNCATED, NLS.bind(Messages.AdiParser_truncatedField, name.original));
			}
			return END;
		}
		if (bad == null) {
			record.add(name, value, type);
		}
		return CONTINUE;
	}

	/**
	 * Reads the well-formed field or {@code <EOR>} at {@code lt} in one go, the common case: a name, a length of
	 * one or two digits, perhaps a one-letter type, and an ASCII value without line breaks, all in the buffer.
	 * Anything else is left to the general code in {@link #next}, with nothing consumed.
	 *
	 * @return 1 if a field was added, 0 at {@code <EOR>}, -1 if the general code must read this tag
	 */
	private int fastField(Record record, int lt) {
		byte[] b = buf;
		int i = lt + 1;
		int end = lt + MAX_TAG;
		if (((int) word(b, i) | 0x00202020) == EOR) {
			pos = i + 4;
			previous = names.start;
			return 0;
		}
		NameCache.Entry name = previous.next;
		if (name != null && name.isAt(b, i, end)) {
			i += name.bytes.length;
		} else {
			int hash = 0;
			byte c;
			while (true) {
				c = b[i];
				if (c <= '>' && c >= ':' && (c == ':' || c == '>' || c == '<')) {
					break;
				}
				hash = 31 * hash + c;
				if (++i == end) {
					return -1;
				}
			}
			if (c != ':' || i == lt + 1) {
				return -1;
			}
			name = names.get(b, lt + 1, i - lt - 1, hash);
		}
		// i is at the ':'; one or two digits, then '>' or a one-letter type and '>'
		int len = b[i + 1] - '0';
		if (len < 0 || len > 9) {
			return -1;
		}
		i += 2;
		byte c = b[i];
		int d = c - '0';
		if (d >= 0 && d <= 9) {
			len = len * 10 + d;
			c = b[++i];
		}
		String type = null;
		if (c == ':') {
			byte t = b[i + 1];
			if (t <= ' ' || t == '>' || t == '<' || b[i + 2] != '>') {
				return -1;
			}
			type = ONE_CHAR[t];
			i += 2;
		} else if (c != '>') {
			return -1;
		}
		if (len > maxFieldLength) {
			return -1;
		}
		// i is at the '>'; the value follows
		int at = i + 1;
		String value;
		if (len <= 8) {
			if (len == 0) {
				value = ""; //$NON-NLS-1$
			} else {
				long mask = -1L >>> (64 - 8 * len);
				long w = word(b, at);
				long v = w & mask;
				long x = (w ^ NEWLINES) | ~mask;
				if ((v & HIGH_BITS) != 0 || ((x - ONES) & ~x & HIGH_BITS) != 0) {
					return -1;
				}
				value = name.caching ? name.value(v, b, at, len) : new String(b, at, len, StandardCharsets.ISO_8859_1);
			}
		} else {
			int valueEnd = at + len;
			if (valueEnd + 8 > limit) {
				return -1;
			}
			for (int k = at; k < valueEnd; k += 8) {
				long mask = valueEnd - k >= 8 ? -1L : -1L >>> (64 - 8 * (valueEnd - k));
				long w = word(b, k);
				long x = (w ^ NEWLINES) | ~mask;
				if ((w & mask & HIGH_BITS) != 0 || ((x - ONES) & ~x & HIGH_BITS) != 0) {
					return -1;
				}
			}
			value = new String(b, at, len, StandardCharsets.ISO_8859_1);
		}
		if (record.size == 0) {
			record.offset = base + lt;
			record.line = line;
		}
		if (previous.next != name) {
			previous.next = name;
		}
		previous = name;
		pos = at + len;
		record.add(name, value, type);
		return 1;
	}

	/** Moves to the next '<', counting lines on the way; its index in the buffer, or -1 at the end of the file. */
	private int findTag() throws IOException {
		while (true) {
			byte[] b = buf;
			int lim = limit;
			long ln = line;
			for (int i = pos; i < lim; i++) {
				byte c = b[i];
				if (c == '<') {
					line = ln;
					pos = i;
					return i;
				}
				if (c == '\n') {
					ln++;
				}
			}
			line = ln;
			pos = lim;
			if (!fill(1)) {
				return -1;
			}
		}
	}

	static long word(byte[] b, int i) {
		return (long) WORDS.get(b, i);
	}

	private int hash(int start, int end) {
		int h = 0;
		for (int i = start; i < end; i++) {
			h = 31 * h + buf[i];
		}
		return h;
	}

	private String type(int start, int len) {
		if (len == 1 && buf[start] >= 0) {
			return ONE_CHAR[buf[start]];
		}
		return latin1(start, len);
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
			header.add(new String[] { record.names[i].original, record.values[i], record.types[i] });
		}
		record.clear();
	}

	private void report(Record record, SkipReason reason, String detail) {
		problems.problem(new ImportProblem(record.offset, record.line, reason, detail));
	}

	/** Reads a value of {@code len} bytes or characters; {@code null} when the file ends first. */
	private String readValue(int len, NameCache.Entry name) throws IOException {
		int at = pos;
		if (len <= 8 && len > 0 && at + 8 <= limit) {
			// Short values: all 8 bytes at once. ASCII without a line break is the common case.
			long mask = -1L >>> (64 - 8 * len);
			long w = word(buf, at);
			long v = w & mask;
			long x = (w ^ NEWLINES) | ~mask;
			if ((v & HIGH_BITS) == 0 && ((x - ONES) & ~x & HIGH_BITS) == 0) {
				pos = at + len;
				if (name.caching) {
					return name.value(v, buf, at, len);
				}
				return new String(buf, at, len, StandardCharsets.ISO_8859_1);
			}
		}
		if (limit - pos < len + LOOKAHEAD) {
			fill(len + LOOKAHEAD);
			if (limit - pos < len) {
				pos = limit;
				return null;
			}
		}
		byte[] b = buf;
		int start = pos;
		int byteEnd = start + len;
		int bits = 0;
		int newlines = 0;
		for (int i = start; i < byteEnd; i++) {
			byte c = b[i];
			bits |= c;
			if (c == '\n') {
				newlines++;
			}
		}
		if (bits >= 0) {
			// ASCII
			line += newlines;
			pos = byteEnd;
			if (len <= 8 && name.caching) {
				long key = 0;
				for (int i = 0; i < len; i++) {
					key |= (b[start + i] & 0xFFL) << (i << 3);
				}
				return name.value(key, b, start, len);
			}
			return new String(b, start, len, StandardCharsets.ISO_8859_1);
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
			int r = in.read(buf, limit, early > 0 ? Math.min(buf.length - limit, EARLY_READ) : buf.length - limit);
			if (r < 0) {
				eof = true;
			} else {
				limit += r;
				early--;
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
			final int hash;
			final String original;
			final String upper;
			/** The name that followed this one last time. */
			Entry next;
			boolean caching = true;
			private long[] valueKeys;
			private String[] values;
			private int valueLookups;
			private int valueMisses;

			/** The name and a ':' as little-endian words, the last one masked by {@link #lastMask}. */
			private final long[] words;
			private final long lastMask;

			Entry(byte[] bytes, int hash) {
				this.bytes = bytes;
				int n = bytes.length + 1;
				words = new long[(n + 7) / 8];
				for (int i = 0; i < n; i++) {
					words[i / 8] |= (i < bytes.length ? bytes[i] & 0xFFL : ':') << (8 * (i % 8));
				}
				lastMask = -1L >>> (64 - 8 * (n - 8 * (words.length - 1)));
				this.hash = hash;
				this.original = new String(bytes, StandardCharsets.ISO_8859_1);
				this.upper = original.toUpperCase(java.util.Locale.ROOT);
			}

			/**
			 * The value in {@code buf[off, off + len)}, ASCII and at most 8 bytes (which are {@code v}, little-endian), taken from the values seen before
			 * in this field if it is one of them: most fields repeat (bands, modes, reports, dates, the station).
			 * Fields whose values hardly repeat stop using the cache.
			 */
			String value(long v, byte[] buf, int off, int len) {
				// v and the length as one key: below 8 bytes the top byte is free and marked (never -1, the empty slot)
				long key = len == 8 ? v : v | (0x80L | len) << 56;
				long[] keys = valueKeys;
				if (keys == null) {
					keys = valueKeys = new long[VALUE_SLOTS];
					Arrays.fill(keys, -1L);
					values = new String[VALUE_SLOTS];
				}
				int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - VALUE_SLOT_BITS));
				String s;
				if (keys[slot] == key) {
					s = values[slot];
				} else {
					s = new String(buf, off, len, StandardCharsets.ISO_8859_1);
					keys[slot] = key;
					values[slot] = s;
					valueMisses++;
				}
				if (++valueLookups == 1024) {
					// Caching pays when at least a quarter of the lookups find their value.
					caching = valueMisses <= 768;
					valueLookups = 0;
					valueMisses = 0;
				}
				return s;
			}

			/** Whether {@code buf} holds this name and a ':' at {@code off}, reading no further than {@code end}. */
			boolean isAt(byte[] buf, int off, int end) {
				long[] w = words;
				int last = w.length - 1;
				if (off + 8 * w.length > end) {
					return false;
				}
				for (int i = 0; i < last; i++) {
					if (word(buf, off + 8 * i) != w[i]) {
						return false;
					}
				}
				return (word(buf, off + 8 * last) & lastMask) == w[last];
			}

			boolean matches(byte[] buf, int off, int len, int h) {
				byte[] b = bytes;
				if (hash != h || b.length != len) {
					return false;
				}
				for (int i = 0; i < len; i++) {
					if (b[i] != buf[off + i]) {
						return false;
					}
				}
				return true;
			}
		}

		private static final int VALUE_SLOT_BITS = 6;
		private static final int VALUE_SLOTS = 1 << VALUE_SLOT_BITS;

		/** Stands before the first name of a record. */
		final Entry start = new Entry(new byte[0], 0);
		private final Entry[] table = new Entry[1024];

		/** The entry for the name in {@code buf[off, off + len)}, whose {@link AdiParser#hash} is {@code h}. */
		Entry get(byte[] buf, int off, int len, int h) {
			int mask = table.length - 1;
			int slot = (h ^ (h >>> 10)) & mask;
			for (int probe = 0; probe < 16; probe++) {
				Entry e = table[(slot + probe) & mask];
				if (e == null) {
					e = new Entry(Arrays.copyOfRange(buf, off, off + len), h);
					table[(slot + probe) & mask] = e;
					return e;
				}
				if (e.matches(buf, off, len, h)) {
					return e;
				}
			}
			return new Entry(Arrays.copyOfRange(buf, off, off + len), h);
		}
	}
}
