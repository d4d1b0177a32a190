package org.qslmail.exchange.card;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;

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
	/**
	 * A fixed mask pattern: any of the eight is valid, and scoring all eight (zxing's default) was a sixth of the
	 * time of a card.
	 */
	private static final Map<EncodeHintType, Object> QR_HINTS = Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
			EncodeHintType.MARGIN, 1, EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
			EncodeHintType.QR_MASK_PATTERN, 2);
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd"); //$NON-NLS-1$
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm"); //$NON-NLS-1$

	private final CardTemplate template;
	private final BufferedImage base;
	private final Map<TextStyle, Font> fonts = new ConcurrentHashMap<>();
	private final Map<String, StationBase> stations = new ConcurrentHashMap<>();
	private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

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
					draw(g, text.text(), text.x(), text.y(), text.style(), null);
				}
			}
		} finally {
			g.dispose();
		}
	}

	public CardTemplate template() {
		return template;
	}

	/** The card for one QSO, as a new image the caller owns (the preview of the template editor). */
	public BufferedImage render(CardData data) {
		BufferedImage card = new BufferedImage(base.getColorModel(), base.copyData(null), false, null);
		draw(card, data, true, null);
		return card;
	}

	/**
	 * Draws this QSO's values and QR code onto a copy of a prepared background.
	 *
	 * @param ownCall whether to draw our own call too (it is on the per-station background otherwise)
	 * @param dirty   collects the areas drawn, or null
	 */
	private void draw(BufferedImage card, CardData data, boolean ownCall, List<Rectangle> dirty) {
		Graphics2D g = card.createGraphics();
		try {
			prepare(g);
			Map<Field, String> values = values(data);
			for (CardElement element : template.elements()) {
				switch (element) {
				case CardElement.FieldText field -> {
					if (ownCall || field.field() != Field.OWN_CALL) {
						draw(g, values.get(field.field()), field.x(), field.y(), field.style(), dirty);
					}
				}
				case CardElement.QrCode qr -> {
					if (drawQr(card, data.qsoRecord(), qr) && dirty != null) {
						dirty.add(new Rectangle(qr.x(), qr.y(), qr.size(), qr.size()));
					}
				}
				case CardElement.FixedText fixed -> {
					// already on the base image
				}
				}
			}
		} finally {
			g.dispose();
		}
	}

	/** The card for one QSO as a JPEG file's bytes. */
	public byte[] renderJpeg(CardData data) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(128 * 1024);
		writeJpeg(data, bytes);
		return bytes.toByteArray();
	}

	/**
	 * Writes the card as JPEG. The background with the fixed texts and our own call is prepared and encoded
	 * once per station call; a card copies its pixels (an array copy), draws its values and QR code, and
	 * encodes only the strips under them again ({@link IntervalJpeg}). Each thread keeps its own card image
	 * and JPEG writer.
	 */
	public void writeJpeg(CardData data, OutputStream out) throws IOException {
		Scratch s = scratch.get();
		StationBase station = stationBase(data.ownCall().text(), data, s);
		System.arraycopy(station.pixels, 0, s.pixels, 0, station.pixels.length);
		List<Rectangle> dirty = new ArrayList<>();
		draw(s.card, data, false, dirty);
		IntervalJpeg.write(station.jpeg, s.card, dirty, s.encoder, out);
	}

	/** The whole card encoded at once (the reference that {@link #writeJpeg} must equal; for tests). */
	byte[] renderJpegWhole(CardData data) throws IOException {
		BufferedImage card = render(data);
		Scratch s = scratch.get();
		IntervalJpeg.Base layout = stationBase(data.ownCall().text(), data, s).jpeg;
		return s.encoder.encode(card, null, layout.layout.interval);
	}

	private StationBase stationBase(String ownCall, CardData data, Scratch s) throws IOException {
		StationBase station = stations.get(ownCall);
		if (station != null) {
			return station;
		}
		BufferedImage image = new BufferedImage(base.getColorModel(), base.copyData(null), false, null);
		Graphics2D g = image.createGraphics();
		try {
			prepare(g);
			for (CardElement element : template.elements()) {
				if (element instanceof CardElement.FieldText field && field.field() == Field.OWN_CALL) {
					draw(g, ownCall, field.x(), field.y(), field.style(), null);
				}
			}
		} finally {
			g.dispose();
		}
		station = new StationBase(((DataBufferByte) image.getRaster().getDataBuffer()).getData(),
				IntervalJpeg.base(image, s.encoder));
		if (stations.size() > 16) {
			stations.clear();
		}
		StationBase earlier = stations.putIfAbsent(ownCall, station);
		return earlier == null ? station : earlier;
	}

	/** The background with one station's call on it, as pixels and as encoded JPEG pieces. */
	private record StationBase(byte[] pixels, IntervalJpeg.Base jpeg) {
	}

	/** One thread's reusable card image and JPEG writer. */
	private final class Scratch {
		final BufferedImage card = new BufferedImage(template.width(), template.height(), BufferedImage.TYPE_3BYTE_BGR);
		final byte[] pixels = ((DataBufferByte) card.getRaster().getDataBuffer()).getData();
		final IntervalJpeg.Encoder encoder = new IntervalJpeg.Encoder(JPEG_QUALITY);
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

	private void draw(Graphics2D g, String text, int x, int y, TextStyle style, List<Rectangle> dirty) {
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
		if (dirty != null) {
			// Antialiasing and overhanging glyphs reach a little beyond the advance box.
			FontMetrics metrics = g.getFontMetrics();
			int margin = 2 + style.size() / 8;
			dirty.add(new Rectangle(left - margin, y - metrics.getMaxAscent() - margin, width + 2 * margin,
					metrics.getMaxAscent() + metrics.getMaxDescent() + 2 * margin));
		}
	}

	/** Writes the modules straight into the raster: a rectangle per module through Graphics2D is slow. */
	private static boolean drawQr(BufferedImage card, String payload, CardElement.QrCode qr) {
		if (payload.isEmpty()) {
			return false;
		}
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, QR_HINTS);
		} catch (WriterException e) {
			// Only a record too long for any QR version ends here; the card is still useful without it.
			return false;
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
		return true;
	}
}
