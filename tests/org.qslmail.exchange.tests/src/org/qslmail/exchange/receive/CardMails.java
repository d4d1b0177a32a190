package org.qslmail.exchange.receive;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.CardName;
import org.qslmail.core.LogZone;
import org.qslmail.core.Mode;
import org.qslmail.core.StationTime;
import org.qslmail.exchange.message.QslMessageParser;

/**
 * Builds QSL mails by hand, exactly as docs/qsl-mail-format.md (version 1) describes them, so the receiving
 * side is tested without the composer; {@link #raw()} can be bent into hostile samples.
 */
public final class CardMails {

	public String sender = "JA2XYZ";
	public String recipient = "JA1ABC";
	public LocalDateTime utc = LocalDateTime.of(2025, 1, 1, 8, 30);
	public String band = "40m";
	public String mode = "CW";
	public String submode;
	public String messageId = "<" + UUID.randomUUID() + "@example.test>";
	public String cardIdOverride;
	public String imageName;
	public String imageType = "image/jpeg";
	public String adifType = "text/x-adif; charset=UTF-8";
	public byte[] jpeg = jpeg(640, 400, 0);
	public String adifOverride;
	public boolean withAdif = true;
	public boolean withText = true;
	public String extraHeaders = "";
	public String extraParts = "";
	public String boundary = "=_qslmail_" + UUID.randomUUID().toString().replace("-", "");
	public String lineEnd = "\r\n";

	public static CardMails card() {
		return new CardMails();
	}

	public CardMails at(LocalDateTime t) {
		utc = t;
		return this;
	}

	public CardMails from(String call) {
		sender = call;
		return this;
	}

	/** A JPEG-looking byte array: SOI, an APP0 segment, a SOF0 frame of this size, padding to {@code padding} bytes, EOI. */
	public static byte[] jpeg(int width, int height, int padding) {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		b.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0 });
		b.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xC0, 0, 17, 8, (byte) (height >> 8), (byte) height, (byte) (width >> 8),
				(byte) width, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1 });
		b.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xDA, 0, 12, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 0x3F, 0 });
		byte[] pad = new byte[padding];
		java.util.Random r = new java.util.Random(width * 31L + height + padding);
		for (int i = 0; i < pad.length; i++) {
			pad[i] = (byte) (r.nextInt(255)); // never 0xFF, so no marker appears in the "scan"
		}
		b.writeBytes(pad);
		b.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xD9 });
		return b.toByteArray();
	}

	public Mode modeValue() {
		return Mode.ofAdif(mode, submode);
	}

	public String cardId() {
		return cardIdOverride != null ? cardIdOverride
				: QslMessageParser.cardId(Callsign.parse(sender), Callsign.parse(recipient), utc, Band.ofAdif(band).orElseThrow(), modeValue());
	}

	public String cardName() {
		return CardName.of(Callsign.parse(sender), Callsign.parse(recipient), new StationTime(utc, LogZone.UTC),
				Band.ofAdif(band).orElseThrow(), modeValue()).fileName();
	}

	public String adif() {
		if (adifOverride != null) {
			return adifOverride;
		}
		StringBuilder b = new StringBuilder("QSL Mail card\n");
		field(b, "ADIF_VER", "3.1.4");
		field(b, "PROGRAMID", "QSLMail");
		field(b, "PROGRAMVERSION", "1.0.0");
		b.append("<EOH>\n");
		field(b, "STATION_CALLSIGN", sender);
		field(b, "CALL", recipient);
		field(b, "QSO_DATE", utc.format(DateTimeFormatter.ofPattern("yyyyMMdd")));
		field(b, "TIME_ON", utc.format(DateTimeFormatter.ofPattern("HHmm")));
		field(b, "BAND", band);
		field(b, "MODE", mode);
		if (submode != null) {
			field(b, "SUBMODE", submode);
		}
		field(b, "RST_SENT", "599");
		field(b, "APP_QSLMAIL_ZONE", "JST");
		b.append("<EOR>\n");
		return b.toString();
	}

	private static void field(StringBuilder b, String name, String value) {
		b.append('<').append(name).append(':').append(value.length()).append('>').append(value).append(' ');
	}

	public byte[] raw() {
		String n = lineEnd;
		String name = imageName != null ? imageName : cardName();
		String stem = name.endsWith(".jpg") ? name.substring(0, name.length() - 4) : name;
		StringBuilder m = new StringBuilder();
		m.append("Return-Path: <ja2xyz@example.test>").append(n);
		m.append("From: ").append(sender.toLowerCase(Locale.ROOT).replace('/', '-')).append("@example.test").append(n);
		m.append("To: ").append(recipient.toLowerCase(Locale.ROOT).replace('/', '-')).append("@example.test").append(n);
		m.append("Subject: eQSL ").append(sender).append(" > ").append(recipient).append(' ')
				.append(utc.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))).append("Z ").append(band).append(' ').append(mode).append(n);
		m.append("Message-ID: ").append(messageId).append(n);
		m.append("Date: Wed, 1 Jan 2025 17:40:00 +0900").append(n);
		m.append("MIME-Version: 1.0").append(n);
		m.append("X-QSLMail-QSL: 1").append(n);
		m.append("X-QSLMail-Card: ").append(cardId()).append(n);
		m.append("X-QSLMail-QSO-Date: ").append(utc.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'"))).append(n);
		m.append(extraHeaders);
		m.append("Content-Type: multipart/mixed;").append(n).append("\tboundary=\"").append(boundary).append('"').append(n);
		m.append(n);
		m.append("This is a multi-part message in MIME format.").append(n);
		if (withText) {
			m.append("--").append(boundary).append(n);
			m.append("Content-Type: text/plain; charset=UTF-8").append(n);
			m.append("Content-Transfer-Encoding: base64").append(n).append(n);
			m.append(Base64.getMimeEncoder(76, n.getBytes(StandardCharsets.US_ASCII)).encodeToString(
					(sender + " \u304b\u3089 e-QSL \u304c\u5c4a\u304d\u307e\u3057\u305f / e-QSL from " + sender).getBytes(StandardCharsets.UTF_8)))
					.append(n);
		}
		m.append("--").append(boundary).append(n);
		m.append("Content-Type: ").append(imageType).append(n);
		m.append("Content-Disposition: attachment; filename=\"").append(name).append('"').append(n);
		m.append("Content-Transfer-Encoding: base64").append(n).append(n);
		m.append(Base64.getMimeEncoder(76, n.getBytes(StandardCharsets.US_ASCII)).encodeToString(jpeg)).append(n);
		if (withAdif) {
			m.append("--").append(boundary).append(n);
			m.append("Content-Type: ").append(adifType).append(n);
			m.append("Content-Disposition: attachment; filename=\"").append(stem).append(".adi\"").append(n);
			m.append("Content-Transfer-Encoding: 8bit").append(n).append(n);
			m.append(adif().replace("\n", n)).append(n);
		}
		m.append(extraParts);
		m.append("--").append(boundary).append("--").append(n);
		return m.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** An ordinary mail (no QSL header). */
	public static byte[] plainMail(String subject) {
		return ("From: friend@example.test\r\nTo: ja1abc@example.test\r\nSubject: " + subject + "\r\nMessage-ID: <"
				+ UUID.randomUUID() + "@example.test>\r\n\r\nHello\r\n").getBytes(StandardCharsets.UTF_8);
	}
}
