package org.qslmail.exchange.message;

/**
 * Checks a JPEG without decoding it: the start-of-image marker and the frame header (SOF) that carries the
 * size. Nothing else ever opens a received image before it is stored.
 */
final class Jpeg {

	/** @return {@code [width, height]} */
	static int[] size(byte[] b) throws QslMessageException {
		if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8 || (b[2] & 0xFF) != 0xFF) {
			throw new QslMessageException(QuarantineReason.NOT_JPEG, "no JPEG start-of-image marker"); //$NON-NLS-1$
		}
		int i = 2;
		int segments = 0;
		while (i + 3 < b.length && segments++ < 10_000) {
			if ((b[i] & 0xFF) != 0xFF) {
				throw new QslMessageException(QuarantineReason.NOT_JPEG, "broken marker at byte " + i); //$NON-NLS-1$
			}
			int marker = b[i + 1] & 0xFF;
			if (marker == 0xFF) {
				i++; // fill byte
				continue;
			}
			if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
				i += 2;
				continue;
			}
			if (marker == 0xD9 || marker == 0xDA) {
				break; // end of image / start of scan before any frame header
			}
			int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
			if (length < 2 || i + 2 + length > b.length) {
				throw new QslMessageException(QuarantineReason.NOT_JPEG, "segment runs past the end"); //$NON-NLS-1$
			}
			boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
			if (frame) {
				if (length < 7) {
					throw new QslMessageException(QuarantineReason.NOT_JPEG, "short frame header"); //$NON-NLS-1$
				}
				int height = ((b[i + 5] & 0xFF) << 8) | (b[i + 6] & 0xFF);
				int width = ((b[i + 7] & 0xFF) << 8) | (b[i + 8] & 0xFF);
				if (width == 0 || height == 0) {
					throw new QslMessageException(QuarantineReason.NOT_JPEG, "frame of size " + width + "x" + height); //$NON-NLS-1$ //$NON-NLS-2$
				}
				return new int[] { width, height };
			}
			i += 2 + length;
		}
		throw new QslMessageException(QuarantineReason.NOT_JPEG, "no frame header"); //$NON-NLS-1$
	}

	private Jpeg() {
	}
}
