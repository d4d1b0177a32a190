package org.qslmail.exchange.card;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.w3c.dom.Node;

/**
 * JPEG encoding of cards that differ from a prepared background only in small areas. The background is
 * encoded once with restart markers every {@link #interval} MCUs (16 × 16 pixels, 4:2:0), so that the
 * entropy-coded data falls into independent pieces, each a fixed strip of the image (DC prediction starts
 * again after every marker). For a card only the pieces under its texts and QR code are encoded again and
 * spliced between the background's pieces; the result is byte for byte what the JDK encoder writes for the
 * whole card with the same restart interval.
 */
final class IntervalJpeg {

	static final int MCU = 16;
	private static final String FORMAT = "javax_imageio_jpeg_image_1.0"; //$NON-NLS-1$

	final int width;
	final int height;
	final int mcuColumns;
	final int mcuRows;
	/** MCUs per restart interval: a divisor of the MCU columns, so that pieces never wrap to the next row. */
	final int interval;
	final int piecesPerRow;

	private IntervalJpeg(int width, int height) {
		this.width = width;
		this.height = height;
		this.mcuColumns = (width + MCU - 1) / MCU;
		this.mcuRows = (height + MCU - 1) / MCU;
		int best = 1;
		for (int d = 1; d <= 8; d++) {
			if (mcuColumns % d == 0) {
				best = d;
			}
		}
		this.interval = best;
		this.piecesPerRow = mcuColumns / interval;
	}

	/** The encoded background: its headers up to the scan data, and its pieces. */
	static final class Base {
		final IntervalJpeg layout;
		final byte[] header;
		final byte[][] pieces;

		Base(IntervalJpeg layout, byte[] header, byte[][] pieces) {
			this.layout = layout;
			this.header = header;
			this.pieces = pieces;
		}
	}

	/** One thread's JPEG writer with the card's parameters and restart interval. */
	static final class Encoder {
		private final ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next(); //$NON-NLS-1$
		private final ImageWriteParam param = writer.getDefaultWriteParam();
		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
		private IIOMetadata metadata;
		private int metadataInterval = -1;

		Encoder(float quality) {
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
		}

		/** Encodes a region (whole image when null) with restart markers every {@code interval} MCUs. */
		byte[] encode(BufferedImage image, Rectangle region, int interval) throws IOException {
			if (metadata == null || metadataInterval != interval) {
				metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
				addRestartInterval(metadata, interval);
				metadataInterval = interval;
			}
			param.setSourceRegion(region);
			bytes.reset();
			try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
				writer.setOutput(stream);
				writer.write(null, new IIOImage(image, null, metadata), param);
			} finally {
				writer.setOutput(null);
			}
			return bytes.toByteArray();
		}

		void dispose() {
			writer.dispose();
		}
	}

	private static void addRestartInterval(IIOMetadata metadata, int interval) throws IIOInvalidTreeException {
		IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
		IIOMetadataNode sequence = (IIOMetadataNode) root.getElementsByTagName("markerSequence").item(0); //$NON-NLS-1$
		IIOMetadataNode dri = new IIOMetadataNode("dri"); //$NON-NLS-1$
		dri.setAttribute("interval", Integer.toString(interval)); //$NON-NLS-1$
		Node sos = sequence.getElementsByTagName("sos").item(0); //$NON-NLS-1$
		sequence.insertBefore(dri, sos);
		metadata.setFromTree(FORMAT, root);
	}

	/** Encodes the background once. */
	static Base base(BufferedImage background, Encoder encoder) throws IOException {
		IntervalJpeg layout = new IntervalJpeg(background.getWidth(), background.getHeight());
		byte[] jpeg = encoder.encode(background, null, layout.interval);
		int scan = scanStart(jpeg);
		List<byte[]> pieces = pieces(jpeg, scan);
		if (pieces.size() != layout.mcuRows * layout.piecesPerRow) {
			throw new IOException("unexpected JPEG layout: " + pieces.size() + " pieces"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		byte[] header = java.util.Arrays.copyOf(jpeg, scan);
		return new Base(layout, header, pieces.toArray(byte[][]::new));
	}

	/**
	 * Writes the card: the background's pieces, except where {@code dirty} areas were drawn, which are encoded
	 * again from {@code card}.
	 */
	static void write(Base base, BufferedImage card, List<Rectangle> dirty, Encoder encoder, OutputStream out)
			throws IOException {
		IntervalJpeg l = base.layout;
		byte[][] pieces = base.pieces.clone();
		int pieceWidth = l.interval * MCU;
		for (Rectangle aligned : merge(align(dirty, l, pieceWidth))) {
			int firstPiece = aligned.x / pieceWidth;
			int columns = (aligned.x + aligned.width - 1) / pieceWidth - firstPiece + 1;
			int firstRow = aligned.y / MCU;
			int rows = (aligned.y + aligned.height - 1) / MCU - firstRow + 1;
			byte[] jpeg = encoder.encode(card, aligned, l.interval);
			List<byte[]> encoded = pieces(jpeg, scanStart(jpeg));
			if (encoded.size() != columns * rows) {
				throw new IOException("unexpected JPEG layout of a region: " + encoded.size() + " pieces"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			for (int i = 0; i < encoded.size(); i++) {
				pieces[(firstRow + i / columns) * l.piecesPerRow + firstPiece + i % columns] = encoded.get(i);
			}
		}
		out.write(base.header);
		for (int i = 0; i < pieces.length; i++) {
			out.write(pieces[i]);
			if (i < pieces.length - 1) {
				out.write(0xFF);
				out.write(0xD0 + i % 8);
			}
		}
		out.write(0xFF);
		out.write(0xD9);
	}

	/** The areas grown to whole pieces (piece columns, MCU rows), within the image. */
	private static List<Rectangle> align(List<Rectangle> dirty, IntervalJpeg l, int pieceWidth) {
		List<Rectangle> aligned = new ArrayList<>();
		for (Rectangle area : dirty) {
			Rectangle r = area.intersection(new Rectangle(0, 0, l.width, l.height));
			if (r.isEmpty()) {
				continue;
			}
			int x0 = r.x / pieceWidth * pieceWidth;
			int y0 = r.y / MCU * MCU;
			int x1 = Math.min(l.width, ((r.x + r.width - 1) / pieceWidth + 1) * pieceWidth);
			int y1 = Math.min(l.height, ((r.y + r.height - 1) / MCU + 1) * MCU);
			aligned.add(new Rectangle(x0, y0, x1 - x0, y1 - y0));
		}
		return aligned;
	}

	/**
	 * Joins areas whose union is hardly bigger than the two (a row of fields side by side): every encoder call
	 * costs headers and set-up, every extra pixel costs encoding.
	 */
	private static List<Rectangle> merge(List<Rectangle> areas) {
		List<Rectangle> list = new ArrayList<>(areas);
		boolean merged = true;
		while (merged) {
			merged = false;
			for (int i = 0; i < list.size() && !merged; i++) {
				for (int j = i + 1; j < list.size() && !merged; j++) {
					Rectangle a = list.get(i);
					Rectangle b = list.get(j);
					Rectangle union = a.union(b);
					long sum = (long) a.width * a.height + (long) b.width * b.height;
					if (a.intersects(b) || (long) union.width * union.height <= sum + sum / 4) {
						list.set(i, union);
						list.remove(j);
						merged = true;
					}
				}
			}
		}
		return list;
	}

	/** The offset of the first byte of entropy-coded data: after the SOS segment. */
	private static int scanStart(byte[] jpeg) throws IOException {
		int i = 2;
		while (i + 4 <= jpeg.length) {
			if ((jpeg[i] & 0xFF) != 0xFF) {
				throw new IOException("JPEG marker expected at " + i); //$NON-NLS-1$
			}
			int marker = jpeg[i + 1] & 0xFF;
			int length = (jpeg[i + 2] & 0xFF) << 8 | jpeg[i + 3] & 0xFF;
			if (marker == 0xDA) {
				return i + 2 + length;
			}
			i += 2 + length;
		}
		throw new IOException("no JPEG scan"); //$NON-NLS-1$
	}

	/** The entropy-coded pieces between restart markers, up to the end of the image. */
	private static List<byte[]> pieces(byte[] jpeg, int start) throws IOException {
		List<byte[]> pieces = new ArrayList<>();
		int from = start;
		for (int i = start; i + 1 < jpeg.length; i++) {
			if ((jpeg[i] & 0xFF) != 0xFF) {
				continue;
			}
			int next = jpeg[i + 1] & 0xFF;
			if (next == 0x00) {
				i++;
			} else if (next >= 0xD0 && next <= 0xD7 || next == 0xD9) {
				pieces.add(java.util.Arrays.copyOfRange(jpeg, from, i));
				if (next == 0xD9) {
					return pieces;
				}
				from = i + 2;
				i++;
			}
		}
		throw new IOException("JPEG without end"); //$NON-NLS-1$
	}
}
