package org.qslmail.exchange.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.qslmail.exchange.receive.CardMails;

/** Tolerant reading and strict trust of docs/qsl-mail-format.md, with hostile samples. */
class QslMessageParserTest {

	private static QuarantineReason reasonOf(byte[] raw) {
		return assertThrows(QslMessageException.class, () -> QslMessageParser.parse(raw)).reason();
	}

	private static byte[] replace(byte[] raw, String from, String to) {
		String s = new String(raw, StandardCharsets.UTF_8);
		assertTrue(s.contains(from), from);
		return s.replace(from, to).getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void readsAVersionOneCard() throws Exception {
		CardMails m = CardMails.card();
		ReceivedQslCard card = QslMessageParser.parse(m.raw());
		assertEquals(m.cardId(), card.cardId());
		assertEquals("JA2XYZ", card.sender().text());
		assertEquals("JA1ABC", card.recipient().text());
		assertEquals(LocalDateTime.of(2025, 1, 1, 8, 30), card.utc());
		assertEquals("40m", card.band().adifName());
		assertEquals("CW", card.mode().name());
		assertEquals("599", card.rstSent());
		assertEquals("JST", card.zone());
		assertEquals(640, card.width());
		assertEquals(400, card.height());
		assertArrayEquals(m.jpeg, card.jpeg());
		assertEquals(m.adif(), card.adif().replace("\r\n", "\n").strip() + "\n");
		assertEquals(m.messageId.substring(1, m.messageId.length() - 1), card.messageId());
		assertEquals("JA2XYZ_JA1ABC_20250101-1730J_40m_CW.jpg", card.cardName().fileName());
		assertTrue(card.fromAdif());
	}

	@Test
	void toleratesLfLinesFoldedHeadersMissingTextOctetStreamsAndCase() throws Exception {
		CardMails m = CardMails.card();
		m.lineEnd = "\n";
		m.withText = false;
		m.imageType = "application/octet-stream; x-extra=1";
		m.adifType = "application/octet-stream";
		m.extraHeaders = "x-qslmail-comment: a\n\tfolded value\n";
		byte[] raw = replace(m.raw(), "X-QSLMail-QSL: 1", "x-qslmail-qsl:    1");
		ReceivedQslCard card = QslMessageParser.parse(raw);
		assertEquals(m.cardId(), card.cardId());
		assertTrue(QslHeaders.parse(raw).isQslMail());
	}

	@Test
	void readsAnHqslCardFromTheImageNameWhenThereIsNoAdifPart() throws Exception {
		CardMails m = CardMails.card();
		m.withAdif = false;
		ReceivedQslCard card = QslMessageParser.parse(m.raw());
		assertFalse(card.fromAdif());
		assertNull(card.adif());
		assertEquals(LocalDateTime.of(2025, 1, 1, 8, 30), card.utc());
		assertEquals(m.cardId(), card.cardId());
	}

	@Test
	void aFrequencyInsideABandStandsForTheBand() throws Exception {
		CardMails m = CardMails.card();
		m.adifOverride = "<EOH><STATION_CALLSIGN:6>JA2XYZ<CALL:6>JA1ABC<QSO_DATE:8>20250101<TIME_ON:4>0830<FREQ:5>7.012<MODE:2>CW<EOR>";
		assertEquals("40m", QslMessageParser.parse(m.raw()).band().adifName());
	}

	@Test
	void headersAloneDecideQslMailCardAndCutOff() {
		CardMails m = CardMails.card();
		QslHeaders h = QslHeaders.parse(m.raw());
		assertTrue(h.isQslMail());
		assertEquals(1, h.version());
		assertEquals(m.cardId(), h.cardId());
		assertEquals(LocalDateTime.of(2025, 1, 1, 8, 30), h.qsoDateUtc());
		assertNull(h.injection());
		assertFalse(QslHeaders.parse(CardMails.plainMail("hi")).isQslMail());
	}

	@Test
	void pathsInFileNamesQuarantine() {
		for (String name : new String[] { "../../etc/passwd.jpg", "..\\evil.jpg", "/tmp/x.jpg", "a/b.jpg", "x..jpg" }) {
			CardMails m = CardMails.card();
			m.imageName = name;
			assertEquals(QuarantineReason.UNSAFE_FILE_NAME, reasonOf(m.raw()), name);
		}
		CardMails control = CardMails.card();
		control.imageName = "JA2XYZ\u0007.jpg";
		assertEquals(QuarantineReason.UNSAFE_FILE_NAME, reasonOf(control.raw()));
		CardMails rfc2231 = CardMails.card();
		byte[] raw = replace(rfc2231.raw(), "filename=\"" + rfc2231.cardName() + "\"", "filename*=UTF-8''..%2F..%2Fx.jpg");
		assertEquals(QuarantineReason.UNSAFE_FILE_NAME, reasonOf(raw));
		CardMails crlf = CardMails.card();
		raw = replace(crlf.raw(), "filename=\"" + crlf.cardName() + "\"", "filename*=UTF-8''a%0D%0AX-Evil%3A1.jpg");
		assertEquals(QuarantineReason.UNSAFE_FILE_NAME, reasonOf(raw));
		CardMails longName = CardMails.card();
		longName.imageName = "A".repeat(300) + ".jpg";
		assertEquals(QuarantineReason.UNSAFE_FILE_NAME, reasonOf(longName.raw()));
	}

	@Test
	void compressedContentQuarantines() throws Exception {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream z = new ZipOutputStream(zip)) {
			z.putNextEntry(new ZipEntry("card.jpg"));
			z.write(new byte[1_000_000]); // a small decompression bomb
		}
		String zipPart = "--BOUNDARY\r\nContent-Type: application/zip\r\nContent-Disposition: attachment; filename=\"cards.zip\"\r\n"
				+ "Content-Transfer-Encoding: base64\r\n\r\n" + Base64.getMimeEncoder().encodeToString(zip.toByteArray()) + "\r\n";
		CardMails m = CardMails.card();
		m.extraParts = zipPart.replace("BOUNDARY", m.boundary);
		assertEquals(QuarantineReason.COMPRESSED, reasonOf(m.raw()));

		ByteArrayOutputStream gz = new ByteArrayOutputStream();
		try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
			g.write(CardMails.jpeg(100, 100, 100));
		}
		CardMails gzip = CardMails.card();
		gzip.imageType = "application/gzip";
		gzip.imageName = "card.jpg.gz";
		gzip.jpeg = gz.toByteArray();
		assertEquals(QuarantineReason.COMPRESSED, reasonOf(gzip.raw()));

		CardMails disguised = CardMails.card();
		disguised.imageType = "application/octet-stream";
		disguised.jpeg = gz.toByteArray(); // gzip bytes under a .jpg name
		assertEquals(QuarantineReason.NOT_JPEG, reasonOf(disguised.raw()));

		CardMails encoded = CardMails.card();
		encoded.extraHeaders = "";
		byte[] raw = replace(encoded.raw(), "Content-Type: image/jpeg\r\n", "Content-Type: image/jpeg\r\nContent-Encoding: gzip\r\n");
		assertEquals(QuarantineReason.COMPRESSED, reasonOf(raw));
	}

	@Test
	void hugeImagesQuarantine() {
		CardMails big = CardMails.card();
		big.jpeg = CardMails.jpeg(800, 600, 2 * 1024 * 1024 + 10);
		assertEquals(QuarantineReason.IMAGE_TOO_LARGE, reasonOf(big.raw()));
		CardMails wide = CardMails.card();
		wide.jpeg = CardMails.jpeg(20000, 20000, 10);
		assertEquals(QuarantineReason.IMAGE_DIMENSIONS, reasonOf(wide.raw()));
		CardMails notJpeg = CardMails.card();
		notJpeg.jpeg = "GIF89a not a jpeg at all".getBytes(StandardCharsets.US_ASCII);
		assertEquals(QuarantineReason.NOT_JPEG, reasonOf(notJpeg.raw()));
		byte[] tooLarge = new byte[QslMessageParser.MAX_MESSAGE + 1];
		assertEquals(QuarantineReason.MESSAGE_TOO_LARGE, reasonOf(tooLarge));
	}

	@Test
	void nestingAndPartCountAreLimited() {
		CardMails deep = CardMails.card();
		String b = deep.boundary;
		StringBuilder nested = new StringBuilder();
		for (int i = 1; i <= 4; i++) {
			nested.append("--").append(i == 1 ? b : "n" + (i - 1)).append("\r\nContent-Type: multipart/mixed; boundary=n").append(i).append("\r\n\r\n");
		}
		nested.append("--n4\r\nContent-Type: text/plain\r\n\r\nx\r\n--n4--\r\n--n3--\r\n--n2--\r\n--n1--\r\n");
		deep.extraParts = nested.toString();
		assertEquals(QuarantineReason.TOO_DEEP, reasonOf(deep.raw()));

		CardMails many = CardMails.card();
		StringBuilder parts = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			parts.append("--").append(many.boundary).append("\r\nContent-Type: text/plain\r\n\r\nhello ").append(i).append("\r\n");
		}
		many.extraParts = parts.toString();
		assertEquals(QuarantineReason.TOO_MANY_PARTS, reasonOf(many.raw()));
	}

	@Test
	void headerInjectionQuarantines() {
		CardMails cr = CardMails.card();
		cr.extraHeaders = "X-QSLMail-Note: a\rX-QSLMail-Card: 00000000000000000000000000000000\r\n";
		assertEquals(QuarantineReason.HEADER_INJECTION, reasonOf(cr.raw()));
		CardMails twice = CardMails.card();
		twice.extraHeaders = "X-QSLMail-Card: 0123456789abcdef0123456789abcdef\r\n";
		assertEquals(QuarantineReason.HEADER_INJECTION, reasonOf(twice.raw()));
		CardMails encoded = CardMails.card();
		encoded.extraHeaders = "";
		byte[] raw = replace(encoded.raw(), "From: ja2xyz@example.test", "From: =?UTF-8?B?" + Base64.getEncoder()
				.encodeToString("x\r\nBcc: victim@example.test".getBytes(StandardCharsets.UTF_8)) + "?= <ja2xyz@example.test>");
		assertEquals(QuarantineReason.HEADER_INJECTION, reasonOf(raw));
		assertTrue(QslHeaders.parse(cr.raw()).injection() != null);
	}

	@Test
	void wrongTypesAndBrokenMimeQuarantine() {
		CardMails html = CardMails.card();
		html.extraParts = "--" + html.boundary + "\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>\r\n";
		assertEquals(QuarantineReason.WRONG_CONTENT_TYPE, reasonOf(html.raw()));
		CardMails exe = CardMails.card();
		exe.extraParts = "--" + exe.boundary + "\r\nContent-Type: application/x-msdownload\r\nContent-Disposition: attachment; filename=\"setup.exe\"\r\n\r\nMZ\r\n";
		assertEquals(QuarantineReason.WRONG_CONTENT_TYPE, reasonOf(exe.raw()));

		CardMails unclosed = CardMails.card();
		byte[] raw = replace(unclosed.raw(), "--" + unclosed.boundary + "--", "");
		assertEquals(QuarantineReason.MALFORMED_MIME, reasonOf(raw));
		CardMails noBoundary = CardMails.card();
		raw = replace(noBoundary.raw(), "\tboundary=\"" + noBoundary.boundary + "\"", "\tcharset=x");
		assertEquals(QuarantineReason.MALFORMED_MIME, reasonOf(raw));
		CardMails badBase64 = CardMails.card();
		raw = replace(badBase64.raw(), "Content-Transfer-Encoding: base64\r\n\r\n/9j", "Content-Transfer-Encoding: base64\r\n\r\n!!/9j");
		assertEquals(QuarantineReason.MALFORMED_MIME, reasonOf(raw));
		CardMails badCte = CardMails.card();
		raw = replace(badCte.raw(), "Content-Transfer-Encoding: 8bit", "Content-Transfer-Encoding: x-uuencode");
		assertEquals(QuarantineReason.MALFORMED_MIME, reasonOf(raw));
		assertEquals(QuarantineReason.MALFORMED_MIME, reasonOf("garbage without any header\r\nmore\r\n\r\nbody".getBytes(StandardCharsets.US_ASCII)));
		assertEquals(QuarantineReason.NO_CARD, reasonOf(CardMails.plainMail("hello")));
	}

	@Test
	void theAdifPartIsTrustedOnlyWhenItHoldsOneValidRecordMatchingTheCardId() {
		CardMails mismatch = CardMails.card();
		mismatch.cardIdOverride = "0123456789abcdef0123456789abcdef";
		assertEquals(QuarantineReason.CARD_ID_MISMATCH, reasonOf(mismatch.raw()));
		CardMails two = CardMails.card();
		two.adifOverride = "<EOH><STATION_CALLSIGN:6>JA2XYZ<CALL:6>JA1ABC<QSO_DATE:8>20250101<TIME_ON:4>0830<BAND:3>40m<MODE:2>CW<EOR>"
				+ "<STATION_CALLSIGN:6>JA2XYZ<CALL:6>JA1ABC<QSO_DATE:8>20250101<TIME_ON:4>0930<BAND:3>40m<MODE:2>CW<EOR>";
		assertEquals(QuarantineReason.BAD_ADIF, reasonOf(two.raw()));
		CardMails badCall = CardMails.card();
		badCall.adifOverride = "<EOH><STATION_CALLSIGN:6>JA2X!Z<CALL:6>JA1ABC<QSO_DATE:8>20250101<TIME_ON:4>0830<BAND:3>40m<MODE:2>CW<EOR>";
		assertEquals(QuarantineReason.BAD_ADIF, reasonOf(badCall.raw()));
		CardMails noBand = CardMails.card();
		noBand.adifOverride = "<EOH><STATION_CALLSIGN:6>JA2XYZ<CALL:6>JA1ABC<QSO_DATE:8>20250101<TIME_ON:4>0830<FREQ:3>999<MODE:2>CW<EOR>";
		assertEquals(QuarantineReason.BAD_ADIF, reasonOf(noBand.raw()));
		CardMails past = CardMails.card();
		past.adifOverride = "<EOH><CALL:60>JA1ABC<EOR>";
		assertEquals(QuarantineReason.BAD_ADIF, reasonOf(past.raw()));
		CardMails big = CardMails.card();
		big.adifOverride = "<COMMENT:70000>" + "x".repeat(70000) + "<EOR>";
		assertEquals(QuarantineReason.ADIF_TOO_LARGE, reasonOf(big.raw()));
		CardMails twoImages = CardMails.card();
		twoImages.extraParts = "--" + twoImages.boundary + "\r\nContent-Type: image/jpeg\r\n\r\nx\r\n";
		assertEquals(QuarantineReason.AMBIGUOUS, reasonOf(twoImages.raw()));
	}
}
