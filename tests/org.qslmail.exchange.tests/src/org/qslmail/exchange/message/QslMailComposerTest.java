package org.qslmail.exchange.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.LogZone;
import org.qslmail.mail.internal.AngusContext;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;

/** Every header and part of format version 1 (docs/qsl-mail-format.md), read back by Jakarta Mail. */
class QslMailComposerTest {

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4, (byte) 0xFF, (byte) 0xD9 };
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

	static QslCard card() {
		return new QslCard(Callsign.parse("JA1ABC"), Callsign.parse("JA2XYZ/1"), Instant.parse("2024-12-31T23:30:42Z"),
				Band.B40M, Optional.of("7.025"), "ft4", Optional.empty(), "-10", LogZone.JST);
	}

	private static MimeMessage parse(byte[] raw) throws Exception {
		return AngusContext.call(() -> new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
	}

	@Test
	void headersMarkIdentifyAndDateTheCard() throws Exception {
		QslMail mail = new QslMailComposer("1.2.3", CLOCK).compose(card(), JPEG, "ja1abc@example.test", "ja2xyz@example.test");
		MimeMessage m = parse(mail.raw());
		assertEquals("1", m.getHeader("X-QSLMail-QSL", null));
		String key = "JA1ABC/JA2XYZ/1/202412312330/40m/MFSK";
		String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)), 0, 16);
		assertEquals(expected, m.getHeader("X-QSLMail-Card", null));
		assertEquals(expected, mail.cardId());
		assertEquals(32, mail.cardId().length());
		assertEquals("2024-12-31T23:30Z", m.getHeader("X-QSLMail-QSO-Date", null));
		assertEquals(mail.messageId(), m.getHeader("Message-ID", null));
		assertTrue(mail.messageId().matches("<[0-9a-f-]{36}\\." + expected + "@example\\.test>"), mail.messageId());
		assertEquals("ja1abc@example.test", m.getHeader("From", null));
		assertEquals("ja2xyz@example.test", m.getHeader("To", null));
		assertEquals("eQSL JA1ABC > JA2XYZ/1 2024-12-31 23:30Z 40m MFSK", m.getSubject());
		assertEquals("Sun, 22 Nov 2026 12:00:00 GMT", m.getHeader("Date", null));
		assertEquals("1.0", m.getHeader("MIME-Version", null));
		assertTrue(new ContentType(m.getContentType()).match("multipart/mixed"));
		String text = new String(mail.raw(), StandardCharsets.US_ASCII);
		assertTrue(text.contains("\r\n") && !text.replace("\r\n", "").contains("\n"), "CR LF line ends only");
		assertNotEquals(mail.messageId(),
				new QslMailComposer("1.2.3", CLOCK).compose(card(), JPEG, "ja1abc@example.test", "ja2xyz@example.test").messageId());
	}

	@Test
	void threePartsInOrderTextImageAdif() throws Exception {
		QslMail mail = new QslMailComposer("1.2.3", CLOCK).compose(card(), JPEG, "ja1abc@example.test", "ja2xyz@example.test");
		MimeMessage m = parse(mail.raw());
		Multipart parts = AngusContext.call(() -> (Multipart) m.getContent());
		assertEquals(3, parts.getCount());

		Part text = parts.getBodyPart(0);
		assertTrue(new ContentType(text.getContentType()).match("text/plain"));
		assertEquals("UTF-8", new ContentType(text.getContentType()).getParameter("charset"));
		String body = read(text);
		assertTrue(body.contains("JA1ABC から JA2XYZ/1 へ e-QSL"), body);
		assertTrue(body.contains("e-QSL from JA1ABC to JA2XYZ/1"), body);
		assertTrue(body.contains("2024-12-31 23:30 UTC, 40m FT4"), body);
		assertTrue(body.indexOf("から") < body.indexOf("e-QSL from"), "Japanese first");

		Part image = parts.getBodyPart(1);
		assertTrue(new ContentType(image.getContentType()).match("image/jpeg"));
		assertEquals(Part.ATTACHMENT, image.getDisposition());
		assertEquals("JA1ABC_JA2XYZ-1_20250101-0830J_40m_MFSK+FT4.jpg", image.getFileName());
		assertEquals(image.getFileName(), mail.cardName());
		assertArrayEquals(JPEG, readBytes(image));

		Part adif = parts.getBodyPart(2);
		ContentType adifType = new ContentType(adif.getContentType());
		assertTrue(adifType.match("text/x-adif"));
		assertEquals("UTF-8", adifType.getParameter("charset"));
		assertEquals(Part.ATTACHMENT, adif.getDisposition());
		assertEquals("JA1ABC_JA2XYZ-1_20250101-0830J_40m_MFSK+FT4.adi", adif.getFileName());
		String adi = read(adif);
		assertTrue(adi.contains("<ADIF_VER:5>3.1.4 <PROGRAMID:8>QSL Mail <PROGRAMVERSION:5>1.2.3 <EOH>"), adi);
		String record = adi.substring(adi.indexOf("<EOH>") + 5).strip();
		assertEquals("<STATION_CALLSIGN:6>JA1ABC <CALL:8>JA2XYZ/1 <QSO_DATE:8>20241231 <TIME_ON:4>2330 <BAND:3>40m "
				+ "<FREQ:5>7.025 <MODE:4>MFSK <SUBMODE:3>FT4 <RST_SENT:3>-10 <APP_QSLMAIL_ZONE:3>JST <EOR>", record);
		assertEquals(1, record.split("<EOR>", -1).length - 1, "exactly one record");
	}

	@Test
	void fieldsThatAreNotKnownAreLeftOutAndLengthsCountCharacters() {
		QslCard card = new QslCard(Callsign.parse("JA1ABC"), Callsign.parse("JA2XYZ"), Instant.parse("2025-01-01T00:00:00Z"),
				Band.B20M, Optional.empty(), "CW", Optional.empty(), "", LogZone.UTC);
		String adif = new QslMailComposer("版1", CLOCK).adif(card);
		assertTrue(adif.contains("<PROGRAMVERSION:2>版1"), adif);
		assertTrue(!adif.contains("FREQ") && !adif.contains("SUBMODE") && !adif.contains("RST_SENT"), adif);
		assertTrue(adif.contains("<APP_QSLMAIL_ZONE:3>UTC"), adif);
	}

	@Test
	void addressThatWouldBreakTheHeadersIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> new QslMailComposer("1", CLOCK).compose(card(), JPEG,
				"ja1abc@example.test\r\nBcc: x@example.test", "ja2xyz@example.test"));
	}

	@Test
	void mimeMessageForTheMailServiceWritesTheComposedBytes() throws Exception {
		QslMail mail = new QslMailComposer("1", CLOCK).compose(card(), JPEG, "ja1abc@example.test", "ja2xyz@example.test");
		MimeMessage m = mail.toMimeMessage();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		m.writeTo(out);
		assertArrayEquals(mail.raw(), out.toByteArray());
		assertEquals("ja2xyz@example.test", m.getAllRecipients()[0].toString());
	}

	private static String read(Part part) throws Exception {
		return new String(readBytes(part), StandardCharsets.UTF_8);
	}

	private static byte[] readBytes(Part part) throws Exception {
		return AngusContext.call(() -> {
			try (InputStream in = part.getInputStream()) {
				return in.readAllBytes();
			}
		});
	}
}
