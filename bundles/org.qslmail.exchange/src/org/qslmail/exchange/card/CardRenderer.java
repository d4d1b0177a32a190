package org.qslmail.exchange.card;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.eclipse.osgi.util.NLS;
import org.qslmail.exchange.internal.Messages;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Draws cards from one template. The background and the fixed texts are drawn once, when the renderer is
 * made; each card copies that image and draws only its own values, so thousands of cards render quickly.
 * A renderer may be used from several threads at once.
 */
public final class CardRenderer {

	/** JPEG quality of card images: small files, no visible artefacts around text. */
	public static final float JPEG_QUALITY = 0.88f;
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd"); //$NON-NLS-1$
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm"); //$NON-NLS-1$

	private final CardTemplate template;
	private final BufferedImage base;
	private final Map<TextStyle, Font> fonts = new ConcurrentHashMap<>();

	public CardRenderer(CardTemplate template) throws IOException {
		this.template = template;
		this.base = new BufferedImage(template.width(), template.height(), BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D g = base.createGraphics();
		try {
			g.setColor(new Color(template.backgroundRgb()));
			g.fillRect(0, 0, template.width(), template.height());
			if (template.background().isPresent()) {
				BufferedImage background = ImageIO.read(template.background().get().toFile());
				if (background == null) {
					throw new IOException(NLS.bind(Messages.CardRenderer_notAnImage, template.background().get()));
				}
				g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
				g.drawImage(background, 0, 0, template.width(), template.height(), null);
			}
			prepare(g);
			for (CardElement element : template.elements()) {
				if (element instanceof CardElement.FixedText text) {
					draw(g, text.text(), text.x(), text.y(), text.style());
				}
			}
		} finally {
			g.dispose();
		}
	}

	public CardTemplate template() {
		return template;
	}

	/** The card for one QSO. */
	public BufferedImage render(CardData data) {
		BufferedImage card = new BufferedImage(base.getColorModel(), base.copyData(null), false, null);
		Graphics2D g = card.createGraphics();
		try {
			prepare(g);
			Map<Field, String> values = values(data);
			for (CardElement element : template.elements()) {
				switch (element) {
				case CardElement.FieldText field -> draw(g, values.get(field.field()), field.x(), field.y(), field.style());
				case CardElement.QrCode qr -> drawQr(card, data.qsoRecord(), qr);
				case CardElement.FixedText fixed -> {
					// already on the base image
				}
				}
			}
		} finally {
			g.dispose();
		}
		return card;
	}

	/** The card for one QSO as a JPEG file's bytes. */
	public byte[] renderJpeg(CardData data) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
		writeJpeg(data, bytes);
		return bytes.toByteArray();
	}

	public void writeJpeg(CardData data, OutputStream out) throws IOException {
		BufferedImage card = render(data);
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next(); //$NON-NLS-1$
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(JPEG_QUALITY);
			writer.setOutput(stream);
			writer.write(null, new IIOImage(card, null, null), param);
		} finally {
			writer.dispose();
		}
	}

	/** The text of each field for this QSO. */
	Map<Field, String> values(CardData data) {
		ZonedDateTime time = data.time().atZone(template.timeZone().offset());
		Map<Field, String> values = new EnumMap<>(Field.class);
		values.put(Field.OWN_CALL, data.ownCall().text());
		values.put(Field.PARTNER_CALL, data.partnerCall().text());
		values.put(Field.DATE, DATE.format(time));
		values.put(Field.TIME, TIME.format(time) + ' ' + template.timeZone().name());
		values.put(Field.BAND, band(data));
		values.put(Field.MODE, data.mode());
		values.put(Field.RST, data.rstSent());
		values.put(Field.QSL_MESSAGE, data.partnerCardReceived() ? "TNX QSL" : "PSE QSL"); //$NON-NLS-1$ //$NON-NLS-2$
		values.put(Field.REMARKS, data.remarks());
		return values;
	}

	private String band(CardData data) {
		if (template.bandStyle() == CardTemplate.BandStyle.FREQUENCY && data.frequencyMhz().isPresent()) {
			return data.frequencyMhz().get() + " MHz"; //$NON-NLS-1$
		}
		return data.band().map(b -> b.adifName()).orElse(data.frequencyMhz().map(f -> f + " MHz").orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void prepare(Graphics2D g) {
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
	}

	private void draw(Graphics2D g, String text, int x, int y, TextStyle style) {
		if (text == null || text.isEmpty()) {
			return;
		}
		g.setFont(fonts.computeIfAbsent(style, s -> new Font(s.font(), s.bold() ? Font.BOLD : Font.PLAIN, s.size())));
		g.setColor(new Color(style.rgb()));
		int width = g.getFontMetrics().stringWidth(text);
		int left = switch (style.align()) {
		case LEFT -> x;
		case CENTER -> x - width / 2;
		case RIGHT -> x - width;
		};
		g.drawString(text, left, y);
	}

	/** Writes the modules straight into the raster: a rectangle per module through Graphics2D is slow. */
	private static void drawQr(BufferedImage card, String payload, CardElement.QrCode qr) {
		if (payload.isEmpty()) {
			return;
		}
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1,
							EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
		} catch (WriterException e) {
			// Only a record too long for any QR version ends here; the card is still useful without it.
			return;
		}
		int modules = matrix.getWidth();
		int scale = Math.max(1, qr.size() / modules);
		int offset = (qr.size() - scale * modules) / 2;
		WritableRaster raster = card.getRaster();
		int bands = raster.getNumBands();
		int side = Math.min(qr.size(), Math.min(card.getWidth() - qr.x(), card.getHeight() - qr.y()));
		byte[] white = new byte[side * side * bands];
		Arrays.fill(white, (byte) 0xFF);
		raster.setDataElements(qr.x(), qr.y(), side, side, white);
		byte[] black = new byte[scale * scale * bands];
		for (int row = 0; row < modules; row++) {
			for (int column = 0; column < modules; column++) {
				int x = qr.x() + offset + column * scale;
				int y = qr.y() + offset + row * scale;
				if (matrix.get(column, row) && x + scale <= card.getWidth() && y + scale <= card.getHeight()) {
					raster.setDataElements(x, y, scale, scale, black);
				}
			}
		}
	}
}
