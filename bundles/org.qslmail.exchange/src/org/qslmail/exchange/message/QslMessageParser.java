package org.qslmail.exchange.message;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.CardName;
import org.qslmail.core.InvalidInputException;
import org.qslmail.core.Mode;

/**
 * Reads one received mail as a card, as docs/qsl-mail-format.md (version 1) says: tolerant about what it reads
 * (header names in any case, folded headers, extra parameters, a missing text part, {@code application/octet-stream}
 * with a {@code .jpg} or {@code .adi} name), strict about what it trusts (limits, file names never used, no
 * compressed content, JPEG checked, the QSO only from the ADIF part or, for an hQSL card, the image's name).
 * Its own small MIME reader: every structure it cannot read is a reason, never a guess.
 */
public final class QslMessageParser {

	public static final int MAX_MESSAGE = 4 * 1024 * 1024;
	public static final int MAX_IMAGE = 2 * 1024 * 1024;
	public static final int MAX_PIXELS_SIDE = 4096;
	public static final int MAX_ADIF = 64 * 1024;
	public static final int MAX_PARTS = 8;
	public static final int MAX_DEPTH = 3;
	public static final int MAX_FILE_NAME = 255;

	private static final Set<String> COMPRESSED_TYPES = Set.of("application/zip", "application/x-zip", //$NON-NLS-1$ //$NON-NLS-2$
			"application/x-zip-compressed", "application/gzip", "application/x-gzip", "application/x-gunzip", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"application/x-tar", "application/x-gtar", "application/x-7z-compressed", "application/x-rar-compressed", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"application/vnd.rar", "application/x-rar", "application/x-bzip", "application/x-bzip2", "application/x-xz", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"application/zstd", "application/x-zstd", "application/x-compress", "application/x-compressed", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"application/x-lzh-compressed", "application/x-lzh", "application/x-lha", "application/java-archive", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"application/x-cpio", "application/x-archive", "application/vnd.ms-cab-compressed", "application/x-apple-diskimage", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"application/x-lzma", "application/x-lzip", "application/x-iso9660-image"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final List<String> COMPRESSED_EXTENSIONS = List.of(".zip", ".gz", ".tgz", ".tar", ".7z", ".rar", ".bz2", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			".xz", ".zst", ".lzh", ".lha", ".cab", ".jar", ".z", ".lz", ".lzma", ".iso", ".dmg"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$

	/** A leaf part after decoding. */
	private record Part(String type, String fileName, byte[] body, String charset) {
	}

	private final List<Part> leaves = new ArrayList<>();
	private int partCount;

	private QslMessageParser() {
	}

	/**
	 * Reads a whole message (raw bytes as received).
	 *
	 * @throws QslMessageException with the reason to quarantine it
	 */
	public static ReceivedQslCard parse(byte[] raw) throws QslMessageException {
		return new QslMessageParser().read(raw);
	}

	/**
	 * The card identity of docs/qsl-mail-format.md: the first 16 bytes of SHA-256 over
	 * {@code SENDER/RECIPIENT/yyyyMMddHHmm/BAND/MODE} (UTC, ADIF band, mode in upper case), lower-case hex;
	 * computed by {@link QslCard#cardId(Callsign, Callsign, LocalDateTime, Band, Mode)}, as the sender does.
	 */
	public static String cardId(Callsign sender, Callsign recipient, LocalDateTime utc, Band band, Mode mode) {
		return QslCard.cardId(sender, recipient, utc, band, mode);
	}

	private ReceivedQslCard read(byte[] raw) throws QslMessageException {
		if (raw.length > MAX_MESSAGE) {
			throw new QslMessageException(QuarantineReason.MESSAGE_TOO_LARGE, raw.length + " bytes"); //$NON-NLS-1$
		}
		int bodyStart = QslHeaders.headerEnd(raw);
		QslHeaders headers = QslHeaders.parse(raw, 0, bodyStart);
		String injection = headers.injection();
		if (injection != null) {
			throw new QslMessageException(QuarantineReason.HEADER_INJECTION, injection);
		}
		if (headers.malformed()) {
			throw new QslMessageException(QuarantineReason.MALFORMED_MIME, "header line without a field name"); //$NON-NLS-1$
		}
		if (bodyStart >= raw.length && headers.fields().isEmpty()) {
			throw new QslMessageException(QuarantineReason.MALFORMED_MIME, "no header"); //$NON-NLS-1$
		}
		entity(headers, raw, bodyStart, raw.length, 0);

		Part image = null;
		Part adif = null;
		for (Part p : leaves) {
			String lowerName = p.fileName() == null ? "" : p.fileName().toLowerCase(Locale.ROOT); //$NON-NLS-1$
			boolean octets = p.type().equals("application/octet-stream"); //$NON-NLS-1$
			if (p.type().equals("image/jpeg") || p.type().equals("image/jpg") || p.type().equals("image/pjpeg") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					|| (octets && (lowerName.endsWith(".jpg") || lowerName.endsWith(".jpeg")))) { //$NON-NLS-1$ //$NON-NLS-2$
				if (image != null) {
					throw new QslMessageException(QuarantineReason.AMBIGUOUS, "two images"); //$NON-NLS-1$
				}
				image = p;
			} else if (p.type().equals("text/x-adif") || p.type().equals("application/x-adif") //$NON-NLS-1$ //$NON-NLS-2$
					|| ((octets || p.type().equals("text/plain")) && lowerName.endsWith(".adi"))) { //$NON-NLS-1$ //$NON-NLS-2$
				if (adif != null) {
					throw new QslMessageException(QuarantineReason.AMBIGUOUS, "two ADIF parts"); //$NON-NLS-1$
				}
				adif = p;
			} else if (p.type().equals("text/plain") && p.fileName() == null) { //$NON-NLS-1$
				// the text for people: never parsed
			} else {
				throw new QslMessageException(QuarantineReason.WRONG_CONTENT_TYPE,
						p.type() + (p.fileName() == null ? "" : " " + p.fileName())); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		if (image == null) {
			throw new QslMessageException(QuarantineReason.NO_CARD, "no JPEG image"); //$NON-NLS-1$
		}
		if (image.body().length > MAX_IMAGE) {
			throw new QslMessageException(QuarantineReason.IMAGE_TOO_LARGE, image.body().length + " bytes"); //$NON-NLS-1$
		}
		int[] size = Jpeg.size(image.body());
		if (size[0] > MAX_PIXELS_SIDE || size[1] > MAX_PIXELS_SIDE) {
			throw new QslMessageException(QuarantineReason.IMAGE_DIMENSIONS, size[0] + "x" + size[1]); //$NON-NLS-1$
		}
		String from = EncodedWords.decode(headers.get("From")); //$NON-NLS-1$
		String to = EncodedWords.decode(headers.get("To")); //$NON-NLS-1$
		if (adif == null) {
			return hqsl(headers, image, size, from, to);
		}
		if (adif.body().length > MAX_ADIF) {
			throw new QslMessageException(QuarantineReason.ADIF_TOO_LARGE, adif.body().length + " bytes"); //$NON-NLS-1$
		}
		String adifText;
		try {
			adifText = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(adif.body())).toString();
		} catch (CharacterCodingException e) {
			throw new QslMessageException(QuarantineReason.BAD_ADIF, "not UTF-8"); //$NON-NLS-1$
		}
		AdifRecord record = AdifRecord.parse(adifText);
		String computed = cardId(record.sender(), record.recipient(), record.utc(), record.band(), record.mode());
		String header = headers.get(QslHeaders.CARD);
		if (header != null && !computed.equals(header.strip().toLowerCase(Locale.ROOT))) {
			throw new QslMessageException(QuarantineReason.CARD_ID_MISMATCH,
					QslHeaders.abbreviate(header) + " != " + computed); //$NON-NLS-1$
		}
		return new ReceivedQslCard(computed, record.sender(), record.recipient(), record.utc(), record.band(), record.mode(),
				record.rstSent(), record.zone(), image.body(), size[0], size[1], adifText, headers.messageId(), from, to, true);
	}

	private static ReceivedQslCard hqsl(QslHeaders headers, Part image, int[] size, String from, String to) throws QslMessageException {
		if (image.fileName() == null) {
			throw new QslMessageException(QuarantineReason.NO_CARD, "image without a name and no ADIF part"); //$NON-NLS-1$
		}
		CardName name;
		try {
			name = CardName.parse(image.fileName());
		} catch (InvalidInputException e) {
			throw new QslMessageException(QuarantineReason.NO_CARD, e.getMessage());
		}
		LocalDateTime utc = name.time().toUtc().dateTime();
		String computed = cardId(name.sender(), name.recipient(), utc, name.band(), name.mode());
		String header = headers.get(QslHeaders.CARD);
		if (header != null && !computed.equals(header.strip().toLowerCase(Locale.ROOT))) {
			throw new QslMessageException(QuarantineReason.CARD_ID_MISMATCH,
					QslHeaders.abbreviate(header) + " != " + computed); //$NON-NLS-1$
		}
		return new ReceivedQslCard(computed, name.sender(), name.recipient(), utc, name.band(), name.mode(), null, null,
				image.body(), size[0], size[1], null, headers.messageId(), from, to, false);
	}

	/** One MIME entity: headers already read, body in {@code [from, to)}. */
	private void entity(QslHeaders headers, byte[] raw, int from, int to, int depth) throws QslMessageException {
		MimeValue type = MimeValue.parse(headers.get("Content-Type"), "text/plain"); //$NON-NLS-1$ //$NON-NLS-2$
		MimeValue disposition = MimeValue.parse(headers.get("Content-Disposition"), null); //$NON-NLS-1$
		String fileName = disposition == null ? null : disposition.parameter("filename"); //$NON-NLS-1$
		if (fileName == null) {
			fileName = type.parameter("name"); //$NON-NLS-1$
		}
		if (fileName != null) {
			checkFileName(fileName);
		}
		String mime = type.value();
		if (COMPRESSED_TYPES.contains(mime) || isCompressedName(fileName)) {
			throw new QslMessageException(QuarantineReason.COMPRESSED, mime + (fileName == null ? "" : " " + fileName)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String contentEncoding = headers.get("Content-Encoding"); //$NON-NLS-1$
		if (contentEncoding != null && !contentEncoding.isBlank() && !contentEncoding.strip().equalsIgnoreCase("identity")) { //$NON-NLS-1$
			throw new QslMessageException(QuarantineReason.COMPRESSED, "Content-Encoding: " + contentEncoding); //$NON-NLS-1$
		}
		if (mime.startsWith("multipart/")) { //$NON-NLS-1$
			if (depth + 1 > MAX_DEPTH) {
				throw new QslMessageException(QuarantineReason.TOO_DEEP, "nesting deeper than " + MAX_DEPTH); //$NON-NLS-1$
			}
			String boundary = type.parameter("boundary"); //$NON-NLS-1$
			if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
				throw new QslMessageException(QuarantineReason.MALFORMED_MIME, "multipart without a valid boundary"); //$NON-NLS-1$
			}
			multipart(raw, from, to, boundary, depth + 1);
			return;
		}
		if (mime.startsWith("message/")) { //$NON-NLS-1$
			throw new QslMessageException(QuarantineReason.WRONG_CONTENT_TYPE, mime);
		}
		if (depth > 0 || leaves.isEmpty()) {
			leaves.add(new Part(mime, fileName, decode(headers.get("Content-Transfer-Encoding"), raw, from, to, mime), //$NON-NLS-1$
					type.parameter("charset"))); //$NON-NLS-1$
		}
	}

	private static boolean isCompressedName(String fileName) {
		if (fileName == null) {
			return false;
		}
		String lower = fileName.toLowerCase(Locale.ROOT);
		for (String ext : COMPRESSED_EXTENSIONS) {
			if (lower.endsWith(ext)) {
				return true;
			}
		}
		return false;
	}

	static void checkFileName(String name) throws QslMessageException {
		if (name.length() > MAX_FILE_NAME) {
			throw new QslMessageException(QuarantineReason.UNSAFE_FILE_NAME, name.length() + " characters"); //$NON-NLS-1$
		}
		if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.contains("..")) { //$NON-NLS-1$
			throw new QslMessageException(QuarantineReason.UNSAFE_FILE_NAME, QslHeaders.abbreviate(name));
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
				throw new QslMessageException(QuarantineReason.UNSAFE_FILE_NAME, QslHeaders.abbreviate(name));
			}
		}
	}

	private void multipart(byte[] raw, int from, int to, String boundary, int depth) throws QslMessageException {
		byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
		int partStart = -1;
		int lineStart = from;
		boolean closed = false;
		while (lineStart < to) {
			int lineEnd = lineStart;
			while (lineEnd < to && raw[lineEnd] != '\n') {
				lineEnd++;
			}
			int contentEnd = lineEnd > lineStart && raw[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
			if (startsWith(raw, lineStart, contentEnd, delimiter)) {
				int after = lineStart + delimiter.length;
				boolean close = after + 1 < contentEnd + 1 && after + 2 <= contentEnd && raw[after] == '-' && raw[after + 1] == '-';
				int rest = close ? after + 2 : after;
				if (blank(raw, rest, contentEnd)) {
					if (partStart >= 0) {
						// the CR LF before the delimiter belongs to the delimiter
						int end = lineStart;
						if (end > partStart && raw[end - 1] == '\n') {
							end--;
						}
						if (end > partStart && raw[end - 1] == '\r') {
							end--;
						}
						part(raw, partStart, Math.max(partStart, end), depth);
					}
					if (close) {
						closed = true;
						break;
					}
					partStart = Math.min(lineEnd + 1, to);
				}
			}
			lineStart = lineEnd + 1;
		}
		if (!closed) {
			throw new QslMessageException(QuarantineReason.MALFORMED_MIME,
					partStart < 0 ? "no part with boundary " + boundary : "multipart not closed (--" + boundary + "--)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private static boolean blank(byte[] raw, int from, int to) {
		for (int i = from; i < to; i++) {
			if (raw[i] != ' ' && raw[i] != '\t') {
				return false;
			}
		}
		return true;
	}

	private static boolean startsWith(byte[] raw, int from, int to, byte[] prefix) {
		if (to - from < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (raw[from + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private void part(byte[] raw, int from, int to, int depth) throws QslMessageException {
		if (++partCount > MAX_PARTS) {
			throw new QslMessageException(QuarantineReason.TOO_MANY_PARTS, "more than " + MAX_PARTS); //$NON-NLS-1$
		}
		int bodyStart = from;
		// the part's header ends at the first empty line; a part may start with the empty line (no header)
		if (bodyStart < to && (raw[bodyStart] == '\n' || (raw[bodyStart] == '\r' && bodyStart + 1 < to && raw[bodyStart + 1] == '\n'))) {
			bodyStart += raw[bodyStart] == '\n' ? 1 : 2;
			entity(QslHeaders.parse(new byte[0], 0, 0), raw, bodyStart, to, depth);
			return;
		}
		int end = -1;
		for (int i = from; i < to; i++) {
			if (raw[i] == '\n') {
				if (i + 1 < to && raw[i + 1] == '\n') {
					end = i + 2;
					break;
				}
				if (i + 2 < to && raw[i + 1] == '\r' && raw[i + 2] == '\n') {
					end = i + 3;
					break;
				}
			}
		}
		if (end < 0) {
			throw new QslMessageException(QuarantineReason.MALFORMED_MIME, "part header without an empty line"); //$NON-NLS-1$
		}
		QslHeaders headers = QslHeaders.parse(raw, from, end);
		if (headers.malformed()) {
			throw new QslMessageException(QuarantineReason.MALFORMED_MIME, "part header line without a field name"); //$NON-NLS-1$
		}
		String injection = headers.injection();
		if (injection != null) {
			throw new QslMessageException(QuarantineReason.HEADER_INJECTION, injection);
		}
		entity(headers, raw, end, to, depth);
	}

	private static byte[] decode(String transferEncoding, byte[] raw, int from, int to, String mime) throws QslMessageException {
		String cte = transferEncoding == null ? "7bit" : transferEncoding.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		int limit = mime.startsWith("image/") || mime.equals("application/octet-stream") ? MAX_IMAGE : MAX_MESSAGE; //$NON-NLS-1$ //$NON-NLS-2$
		switch (cte) {
		case "7bit", "8bit", "binary" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return java.util.Arrays.copyOfRange(raw, from, to);
		}
		case "base64" -> { //$NON-NLS-1$
			return base64(raw, from, to, limit, mime);
		}
		case "quoted-printable" -> { //$NON-NLS-1$
			return quotedPrintable(raw, from, to);
		}
		default -> throw new QslMessageException(QuarantineReason.MALFORMED_MIME, "Content-Transfer-Encoding: " + cte); //$NON-NLS-1$
		}
	}

	private static final byte[] BASE64 = new byte[256];

	static {
		java.util.Arrays.fill(BASE64, (byte) -1);
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"; //$NON-NLS-1$
		for (int i = 0; i < alphabet.length(); i++) {
			BASE64[alphabet.charAt(i)] = (byte) i;
		}
		BASE64['\r'] = -2;
		BASE64['\n'] = -2;
		BASE64[' '] = -2;
		BASE64['\t'] = -2;
		BASE64['='] = -3;
	}

	/** Strict base64 in one pass: line breaks and blanks skipped, any other foreign character is malformed MIME. */
	private static byte[] base64(byte[] raw, int from, int to, int limit, String mime) throws QslMessageException {
		long estimate = (long) (to - from) * 3 / 4;
		if (estimate > (long) limit * 78 / 76 + 1024) {
			// even without its line breaks it would be over the limit of this kind of part
			throw new QslMessageException(mime.startsWith("image/") ? QuarantineReason.IMAGE_TOO_LARGE : QuarantineReason.MESSAGE_TOO_LARGE, //$NON-NLS-1$
					estimate + " bytes"); //$NON-NLS-1$
		}
		byte[] out = new byte[(int) estimate + 3];
		int n = 0;
		int bits = 0;
		int count = 0;
		int padding = 0;
		for (int i = from; i < to; i++) {
			int v = BASE64[raw[i] & 0xFF];
			if (v >= 0) {
				if (padding > 0) {
					throw new QslMessageException(QuarantineReason.MALFORMED_MIME, "base64: data after padding"); //$NON-NLS-1$
				}
				bits = (bits << 6) | v;
				if (++count == 4) {
					out[n++] = (byte) (bits >> 16);
					out[n++] = (byte) (bits >> 8);
					out[n++] = (byte) bits;
					bits = 0;
					count = 0;
				}
			} else if (v == -3) {
				padding++;
			} else if (v != -2) {
				throw new QslMessageException(QuarantineReason.MALFORMED_MIME, "base64 with a foreign character"); //$NON-NLS-1$
			}
		}
		if (count == 1 || (count > 0 && count + padding != 4 && padding > 0) || padding > 2) {
			throw new QslMessageException(QuarantineReason.MALFORMED_MIME, "base64: cut quantum"); //$NON-NLS-1$
		}
		if (count == 2) {
			out[n++] = (byte) (bits >> 4);
		} else if (count == 3) {
			out[n++] = (byte) (bits >> 10);
			out[n++] = (byte) (bits >> 2);
		}
		return n == out.length ? out : java.util.Arrays.copyOf(out, n);
	}

	private static byte[] toArray(ByteBuffer b) {
		byte[] out = new byte[b.remaining()];
		b.get(out);
		return out;
	}

	private static byte[] quotedPrintable(byte[] raw, int from, int to) throws QslMessageException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(to - from);
		for (int i = from; i < to; i++) {
			byte b = raw[i];
			if (b != '=') {
				out.write(b);
				continue;
			}
			if (i + 1 < to && raw[i + 1] == '\n') {
				i++;
				continue;
			}
			if (i + 2 < to && raw[i + 1] == '\r' && raw[i + 2] == '\n') {
				i += 2;
				continue;
			}
			if (i + 2 >= to) {
				if (i + 1 >= to) {
					continue; // soft break at the very end
				}
				throw new QslMessageException(QuarantineReason.MALFORMED_MIME, "quoted-printable: cut escape"); //$NON-NLS-1$
			}
			int hi = Character.digit(raw[i + 1], 16);
			int lo = Character.digit(raw[i + 2], 16);
			if (hi < 0 || lo < 0) {
				throw new QslMessageException(QuarantineReason.MALFORMED_MIME, "quoted-printable: bad escape"); //$NON-NLS-1$
			}
			out.write(hi * 16 + lo);
			i += 2;
		}
		return out.toByteArray();
	}
}
