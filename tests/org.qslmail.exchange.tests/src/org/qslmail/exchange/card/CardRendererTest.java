package org.qslmail.exchange.card;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.LogZone;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Cards drawn from templates: values, zones, PSE/TNX, the QR code and the JPEG. */
class CardRendererTest {

	private static final String RECORD = "<CALL:6>JA2XYZ <QSO_DATE:8>20241231 <TIME_ON:4>2330 <BAND:3>40m <MODE:2>CW <EOR>";

	@TempDir
	Path folder;

	private static CardData data(boolean received, String record) {
		return new CardData(Callsign.parse("JA1ABC"), Callsign.parse("JA2XYZ/1"), Instant.parse("2024-12-31T23:30:00Z"),
				Optional.of(Band.B40M), Optional.of("7.025"), "CW", "599", "TNX FB QSO 73", received, record);
	}

	private static CardTemplate template(LogZone zone, CardTemplate.BandStyle bandStyle, CardElement... elements) {
		return new CardTemplate(600, 400, Optional.empty(), 0xFFFFFF, zone, bandStyle, List.of(elements));
	}

	@Test
	void jstTemplateWritesTheNextDayAndUtcTheLoggedOne() throws IOException {
		Map<Field, String> jst = new CardRenderer(template(LogZone.JST, CardTemplate.BandStyle.BAND)).values(data(false, ""));
		assertEquals("2025-01-01", jst.get(Field.DATE));
		assertEquals("08:30 JST", jst.get(Field.TIME));
		assertEquals("40m", jst.get(Field.BAND));
		assertEquals("JA2XYZ/1", jst.get(Field.PARTNER_CALL));
		Map<Field, String> utc = new CardRenderer(template(LogZone.UTC, CardTemplate.BandStyle.FREQUENCY)).values(data(false, ""));
		assertEquals("2024-12-31", utc.get(Field.DATE));
		assertEquals("23:30 UTC", utc.get(Field.TIME));
		assertEquals("7.025 MHz", utc.get(Field.BAND));
	}

	@Test
	void pseUntilThePartnersCardArrivesThenTnx() throws IOException {
		CardRenderer renderer = new CardRenderer(template(LogZone.JST, CardTemplate.BandStyle.BAND,
				new CardElement.FieldText(Field.QSL_MESSAGE, 20, 100, new TextStyle("SansSerif", 60, true, 0, TextStyle.Align.LEFT))));
		assertEquals("PSE QSL", renderer.values(data(false, "")).get(Field.QSL_MESSAGE));
		assertEquals("TNX QSL", renderer.values(data(true, "")).get(Field.QSL_MESSAGE));
		assertFalse(java.util.Arrays.equals(pixels(renderer.render(data(false, ""))), pixels(renderer.render(data(true, "")))),
				"the two cards look different");
	}

	@Test
	void qrCodeHoldsTheQsoRecord() throws Exception {
		CardRenderer renderer = new CardRenderer(template(LogZone.JST, CardTemplate.BandStyle.BAND,
				new CardElement.QrCode(300, 100, 280)));
		BufferedImage card = renderer.render(data(false, RECORD + " 名前"));
		BufferedImage qr = card.getSubimage(300, 100, 280, 280);
		int[] argb = qr.getRGB(0, 0, qr.getWidth(), qr.getHeight(), null, 0, qr.getWidth());
		String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
				new RGBLuminanceSource(qr.getWidth(), qr.getHeight(), argb)))).getText();
		assertEquals(RECORD + " 名前", decoded);
	}

	@Test
	void backgroundImageIsScaledUnderTheFixedTexts() throws Exception {
		BufferedImage red = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 10; x++) {
			for (int y = 0; y < 10; y++) {
				red.setRGB(x, y, 0xFF0000);
			}
		}
		Path image = folder.resolve("red.png");
		ImageIO.write(red, "png", image.toFile());
		CardRenderer renderer = new CardRenderer(new CardTemplate(600, 400, Optional.of(image), 0xFFFFFF, LogZone.JST,
				CardTemplate.BandStyle.BAND, List.of()));
		assertEquals(0xFF0000, renderer.render(data(false, "")).getRGB(590, 390) & 0xFFFFFF);
	}

	@Test
	void backgroundThatIsNoImageIsRefusedWithItsName() throws Exception {
		Path notImage = java.nio.file.Files.writeString(folder.resolve("bg.jpg"), "text");
		IOException e = assertThrows(IOException.class, () -> new CardRenderer(new CardTemplate(600, 400,
				Optional.of(notImage), 0xFFFFFF, LogZone.JST, CardTemplate.BandStyle.BAND, List.of())));
		assertEquals(true, e.getMessage().contains("bg.jpg"), e.getMessage());
	}

	@Test
	void jpegOfTheBuiltInDesignDecodesToTheCardSize() throws IOException {
		CardRenderer renderer = new CardRenderer(CardTemplates.defaultTemplate());
		byte[] jpeg = renderer.renderJpeg(data(false, RECORD));
		assertArrayEquals(new byte[] { (byte) 0xFF, (byte) 0xD8 }, java.util.Arrays.copyOf(jpeg, 2));
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(jpeg));
		assertEquals(1200, decoded.getWidth());
		assertEquals(780, decoded.getHeight());
	}

	@Test
	void splicedJpegIsByteForByteTheWholeCardEncodedAtOnce() throws IOException {
		CardRenderer renderer = new CardRenderer(CardTemplates.defaultTemplate());
		for (int i = 0; i < 4; i++) {
			CardData card = new CardData(Callsign.parse(i % 2 == 0 ? "JA1ABC" : "JH1XYZ/1"), Callsign.parse("JA2XY" + (char) ('A' + i)),
					Instant.parse("2024-12-31T23:30:00Z").plusSeconds(i * 3671L), Optional.of(Band.B40M), Optional.of("7.025"),
					i == 3 ? "FT8" : "CW", "599", i == 2 ? "" : "TNX FB QSO 73 " + i, i % 2 == 1, RECORD + i);
			assertArrayEquals(renderer.renderJpegWhole(card), renderer.renderJpeg(card), "card " + i);
		}
	}

	@Test
	void splicingWorksForSizesThatAreNoMultipleOfTheBlockSize() throws IOException {
		CardRenderer renderer = new CardRenderer(new CardTemplate(1001, 653, Optional.empty(), 0x336699, LogZone.UTC,
				CardTemplate.BandStyle.BAND, List.of(new CardElement.FieldText(Field.PARTNER_CALL, 990, 650,
						new TextStyle("SansSerif", 40, true, 0xFFFFFF, TextStyle.Align.LEFT)), new CardElement.QrCode(900, 560, 93))));
		CardData card = data(false, RECORD);
		assertArrayEquals(renderer.renderJpegWhole(card), renderer.renderJpeg(card));
	}

	private static int[] pixels(BufferedImage image) {
		return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
	}
}
