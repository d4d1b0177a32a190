package org.qslmail.log.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.qslmail.core.LogZone;
import org.qslmail.log.AdifField;
import org.qslmail.log.Qso;

/**
 * The fields of a QSO that no query filters, sorts or counts by, kept in the {@code details} column as one compact
 * binary value (one bound parameter per row instead of twenty makes bulk imports much faster).
 * <p>
 * Layout, version 1: the version byte; a flags byte (bit 0: the time has seconds); the zone suffix as one byte; a
 * varint bit set of the {@link #TEXTS} present; each present text as varint byte length and UTF-8; a varint count
 * of extra fields, each name and value as texts. A new layout gets a new version byte; readers keep decoding the
 * old ones.
 */
final class QsoDetails {

	private static final byte VERSION = 1;

	/** The text fields in the order of their bits; never reorder, only append. */
	private static final int OPERATOR = 0, FREQUENCY = 1, RST_SENT = 2, RST_RECEIVED = 3, NAME = 4, QTH = 5,
			REMARKS = 6, REMARKS2 = 7, HAMLOG_CODE = 8, GRID = 9, QSL_SENT_DATE = 10, QSL_RECEIVED_DATE = 11,
			QSL_SENT_VIA = 12, QSL_RECEIVED_VIA = 13, QSL_VIA = 14, SENT_CARD = 15, RECEIVED_CARD = 16, TEXTS = 17;

	private QsoDetails() {
	}

	/** Encodes the details of a QSO; the writer is reused between calls on one thread. */
	static byte[] encode(Qso q, Writer w) {
		String[] texts = texts(q);
		w.reset();
		w.put(VERSION);
		w.put((byte) (q.withSeconds() ? 1 : 0));
		w.put((byte) (q.zone() == null ? LogZone.UTC : q.zone()).suffix());
		int present = 0;
		for (int i = 0; i < TEXTS; i++) {
			if (texts[i] != null) {
				present |= 1 << i;
			}
		}
		w.varint(present);
		for (String t : texts) {
			if (t != null) {
				w.text(t);
			}
		}
		List<AdifField> extra = q.extraFields();
		w.varint(extra.size());
		for (AdifField f : extra) {
			w.text(f.name());
			w.text(f.value());
		}
		return w.toByteArray();
	}

	private static String[] texts(Qso q) {
		String[] t = new String[TEXTS];
		t[OPERATOR] = q.operator();
		t[FREQUENCY] = q.frequency();
		t[RST_SENT] = q.rstSent();
		t[RST_RECEIVED] = q.rstReceived();
		t[NAME] = q.name();
		t[QTH] = q.qth();
		t[REMARKS] = q.remarks();
		t[REMARKS2] = q.remarks2();
		t[HAMLOG_CODE] = q.hamlogCode();
		t[GRID] = q.grid();
		t[QSL_SENT_DATE] = q.qslSentDate();
		t[QSL_RECEIVED_DATE] = q.qslReceivedDate();
		t[QSL_SENT_VIA] = q.qslSentVia();
		t[QSL_RECEIVED_VIA] = q.qslReceivedVia();
		t[QSL_VIA] = q.qslVia();
		t[SENT_CARD] = q.sentCard();
		t[RECEIVED_CARD] = q.receivedCard();
		return t;
	}

	/**
	 * Sets the details of a QSO from their encoding.
	 *
	 * @throws IllegalArgumentException when the value is not a details encoding this version can read
	 */
	static void decode(byte[] data, Qso q) {
		Reader r = new Reader(data);
		int version = r.get();
		if (version != VERSION) {
			throw new IllegalArgumentException("unknown QSO details version " + version); //$NON-NLS-1$
		}
		q.setWithSeconds((r.get() & 1) != 0);
		q.setZone(LogZone.ofSuffix((char) r.get()).orElse(LogZone.UTC));
		int present = (int) r.varint();
		String[] t = new String[TEXTS];
		for (int i = 0; i < TEXTS; i++) {
			if ((present & 1 << i) != 0) {
				t[i] = r.text();
			}
		}
		q.setOperator(t[OPERATOR]);
		q.setFrequency(t[FREQUENCY]);
		q.setRstSent(t[RST_SENT]);
		q.setRstReceived(t[RST_RECEIVED]);
		q.setName(t[NAME]);
		q.setQth(t[QTH]);
		q.setRemarks(t[REMARKS]);
		q.setRemarks2(t[REMARKS2]);
		q.setHamlogCode(t[HAMLOG_CODE]);
		q.setGrid(t[GRID]);
		q.setQslSentDate(t[QSL_SENT_DATE]);
		q.setQslReceivedDate(t[QSL_RECEIVED_DATE]);
		q.setQslSentVia(t[QSL_SENT_VIA]);
		q.setQslReceivedVia(t[QSL_RECEIVED_VIA]);
		q.setQslVia(t[QSL_VIA]);
		q.setSentCard(t[SENT_CARD]);
		q.setReceivedCard(t[RECEIVED_CARD]);
		int extras = (int) r.varint();
		List<AdifField> extra = new ArrayList<>(extras);
		for (int i = 0; i < extras; i++) {
			extra.add(new AdifField(r.text(), r.text()));
		}
		q.setExtraFields(extra);
		if (r.pos != data.length) {
			throw new IllegalArgumentException("QSO details longer than their fields"); //$NON-NLS-1$
		}
	}

	/** A growable byte buffer. */
	static final class Writer {
		private byte[] buf = new byte[512];
		private int len;

		void reset() {
			len = 0;
		}

		private void ensure(int more) {
			if (len + more > buf.length) {
				buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
			}
		}

		void put(byte b) {
			ensure(1);
			buf[len++] = b;
		}

		void varint(long v) {
			ensure(10);
			while ((v & ~0x7FL) != 0) {
				buf[len++] = (byte) (v & 0x7F | 0x80);
				v >>>= 7;
			}
			buf[len++] = (byte) v;
		}

		void text(String s) {
			byte[] b = s.getBytes(StandardCharsets.UTF_8);
			varint(b.length);
			ensure(b.length);
			System.arraycopy(b, 0, buf, len, b.length);
			len += b.length;
		}

		byte[] toByteArray() {
			return Arrays.copyOf(buf, len);
		}
	}

	private static final class Reader {
		private final byte[] data;
		private int pos;

		Reader(byte[] data) {
			this.data = data;
		}

		int get() {
			if (pos >= data.length) {
				throw new IllegalArgumentException("QSO details cut short"); //$NON-NLS-1$
			}
			return data[pos++] & 0xFF;
		}

		long varint() {
			long v = 0;
			for (int shift = 0; shift < 64; shift += 7) {
				int b = get();
				v |= (long) (b & 0x7F) << shift;
				if ((b & 0x80) == 0) {
					return v;
				}
			}
			throw new IllegalArgumentException("bad varint in QSO details"); //$NON-NLS-1$
		}

		String text() {
			long n = varint();
			if (n < 0 || n > data.length - pos) {
				throw new IllegalArgumentException("QSO details cut short"); //$NON-NLS-1$
			}
			String s = new String(data, pos, (int) n, StandardCharsets.UTF_8);
			pos += (int) n;
			return s;
		}
	}
}
