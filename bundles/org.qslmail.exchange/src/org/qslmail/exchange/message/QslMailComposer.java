package org.qslmail.exchange.message;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;
import org.qslmail.exchange.internal.Messages;

/**
 * Builds QSL mails in format version 1 (docs/qsl-mail-format.md): the marking headers, a Japanese and
 * English text, the card image named by the card-name scheme and the QSO as an ADIF part. The message is
 * written byte by byte here rather than by Jakarta Mail, so that exactly the documented format goes out.
 */
public final class QslMailComposer {

	/** The format version written in {@link #HEADER_QSL}. */
	public static final String FORMAT_VERSION = "1"; //$NON-NLS-1$
	public static final String HEADER_QSL = "X-QSLMail-QSL"; //$NON-NLS-1$
	public static final String HEADER_CARD = "X-QSLMail-Card"; //$NON-NLS-1$
	public static final String HEADER_QSO_DATE = "X-QSLMail-QSO-Date"; //$NON-NLS-1$
	public static final String ADIF_TYPE = "text/x-adif"; //$NON-NLS-1$
	public static final String PROGRAM_ID = "QSL Mail"; //$NON-NLS-1$
	public static final String ADIF_VERSION = "3.1.4"; //$NON-NLS-1$

	private static final String CRLF = "\r\n"; //$NON-NLS-1$
	private static final DateTimeFormatter QSO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'") //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);
	private static final DateTimeFormatter SUBJECT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm") //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);
	private static final SecureRandom RANDOM = new SecureRandom();

	private final String programVersion;
	private final Clock clock;

	/** @param programVersion written as PROGRAMVERSION in the ADIF header */
	public QslMailComposer(String programVersion, Clock clock) {
		this.programVersion = programVersion;
		this.clock = clock;
	}

	public QslMailComposer(String programVersion) {
		this(programVersion, Clock.systemUTC());
	}

	/**
	 * One mail for one QSO.
	 *
	 * @param jpeg the card image (JPEG)
	 * @param from our registered address
	 * @param to   the partner's registered address
	 */
	public QslMail compose(QslCard card, byte[] jpeg, String from, String to) {
		checkHeaderValue(from);
		checkHeaderValue(to);
		String cardId = card.cardId();
		String cardName = card.cardName().fileName();
		String adifName = cardName.substring(0, cardName.length() - ".jpg".length()) + ".adi"; //$NON-NLS-1$ //$NON-NLS-2$
		String domain = from.substring(from.lastIndexOf('@') + 1);
		String messageId = '<' + UUID.randomUUID().toString() + '.' + cardId + '@' + domain + '>';
		String boundary = "=_qslmail_" + HexFormat.of().formatHex(randomBytes(12)); //$NON-NLS-1$
		String subject = "eQSL " + card.sender().text() + " > " + card.recipient().text() + ' ' //$NON-NLS-1$ //$NON-NLS-2$
				+ SUBJECT_TIME.format(card.time()) + "Z " + card.band().adifName() + ' ' + card.mode(); //$NON-NLS-1$

		StringBuilder h = new StringBuilder(1024);
		header(h, "From", from); //$NON-NLS-1$
		header(h, "To", to); //$NON-NLS-1$
		header(h, "Subject", subject); //$NON-NLS-1$
		header(h, "Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atZone(ZoneOffset.UTC))); //$NON-NLS-1$
		header(h, "Message-ID", messageId); //$NON-NLS-1$
		header(h, "MIME-Version", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
		header(h, HEADER_QSL, FORMAT_VERSION);
		header(h, HEADER_CARD, cardId);
		header(h, HEADER_QSO_DATE, QSO_DATE.format(card.time()));
		header(h, "Content-Type", "multipart/mixed; boundary=\"" + boundary + '"'); //$NON-NLS-1$ //$NON-NLS-2$
		h.append(CRLF).append("This is a QSL card in MIME format (QSL Mail format 1).").append(CRLF); //$NON-NLS-1$

		h.append("--").append(boundary).append(CRLF); //$NON-NLS-1$
		header(h, "Content-Type", "text/plain; charset=UTF-8"); //$NON-NLS-1$ //$NON-NLS-2$
		header(h, "Content-Transfer-Encoding", "base64"); //$NON-NLS-1$ //$NON-NLS-2$
		h.append(CRLF).append(base64(text(card).getBytes(StandardCharsets.UTF_8)));

		h.append("--").append(boundary).append(CRLF); //$NON-NLS-1$
		header(h, "Content-Type", "image/jpeg; name=\"" + cardName + '"'); //$NON-NLS-1$ //$NON-NLS-2$
		header(h, "Content-Disposition", "attachment; filename=\"" + cardName + '"'); //$NON-NLS-1$ //$NON-NLS-2$
		header(h, "Content-Transfer-Encoding", "base64"); //$NON-NLS-1$ //$NON-NLS-2$
		h.append(CRLF);
		StringBuilder tail = new StringBuilder(1024);
		tail.append("--").append(boundary).append(CRLF); //$NON-NLS-1$
		header(tail, "Content-Type", ADIF_TYPE + "; charset=UTF-8; name=\"" + adifName + '"'); //$NON-NLS-1$ //$NON-NLS-2$
		header(tail, "Content-Disposition", "attachment; filename=\"" + adifName + '"'); //$NON-NLS-1$ //$NON-NLS-2$
		header(tail, "Content-Transfer-Encoding", "base64"); //$NON-NLS-1$ //$NON-NLS-2$
		tail.append(CRLF).append(base64(adif(card).getBytes(StandardCharsets.UTF_8)));
		tail.append("--").append(boundary).append("--").append(CRLF); //$NON-NLS-1$ //$NON-NLS-2$

		byte[] head = h.toString().getBytes(StandardCharsets.US_ASCII);
		byte[] image = Base64.getMimeEncoder().encode(jpeg);
		byte[] end = tail.toString().getBytes(StandardCharsets.US_ASCII);
		ByteArrayOutputStream raw = new ByteArrayOutputStream(head.length + image.length + end.length + 2);
		raw.writeBytes(head);
		raw.writeBytes(image);
		raw.writeBytes(CRLF.getBytes(StandardCharsets.US_ASCII));
		raw.writeBytes(end);
		return new QslMail(messageId, cardId, cardName, from, to, raw.toByteArray());
	}

	/** The text part: Japanese, then English. */
	public static String text(QslCard card) {
		Object[] values = { card.sender().text(), card.recipient().text(), SUBJECT_TIME.format(card.time()),
				card.band().adifName(), card.displayMode() };
		return NLS.bind(Messages.text(Locale.JAPANESE, "Mail_text"), values) + CRLF + CRLF //$NON-NLS-1$
				+ NLS.bind(Messages.text(Locale.ROOT, "Mail_text"), values) + CRLF; //$NON-NLS-1$
	}

	/** The ADIF part: a header and the one record. */
	public String adif(QslCard card) {
		StringBuilder b = new StringBuilder(400);
		b.append("QSL Mail e-QSL card").append(CRLF); //$NON-NLS-1$
		b.append("<ADIF_VER:").append(ADIF_VERSION.length()).append('>').append(ADIF_VERSION).append(' '); //$NON-NLS-1$
		b.append("<PROGRAMID:").append(PROGRAM_ID.length()).append('>').append(PROGRAM_ID).append(' '); //$NON-NLS-1$
		b.append("<PROGRAMVERSION:").append(programVersion.codePointCount(0, programVersion.length())).append('>') //$NON-NLS-1$
				.append(programVersion).append(' ');
		b.append("<EOH>").append(CRLF); //$NON-NLS-1$
		b.append(card.adifRecord()).append(CRLF);
		return b.toString();
	}

	private static void header(StringBuilder b, String name, String value) {
		b.append(name).append(": ").append(value).append(CRLF); //$NON-NLS-1$
	}

	/** An address with CR, LF or non-ASCII would break the headers: refused. */
	private static void checkHeaderValue(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 || c > 0x7E) {
				throw new IllegalArgumentException(NLS.bind(Messages.QslMailComposer_badAddress, value));
			}
		}
	}

	private static String base64(byte[] bytes) {
		return Base64.getMimeEncoder().encodeToString(bytes) + CRLF;
	}

	private static byte[] randomBytes(int n) {
		byte[] b = new byte[n];
		RANDOM.nextBytes(b);
		return b;
	}
}
