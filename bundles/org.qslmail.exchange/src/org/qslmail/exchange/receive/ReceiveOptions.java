package org.qslmail.exchange.receive;

import java.time.YearMonth;

/**
 * What to receive (hqsl-behaviour.md §4.2): {@code allMail} takes every mail, not only QSL mail by header;
 * {@code newest} limits the run to the newest N messages (0 = the whole box); {@code cutoff}: QSL mail whose
 * QSO (X-QSLMail-QSO-Date) is before the first day of that month is deleted on the server unread ({@code null}
 * = none); {@code deleteAfterReceive} deletes a card on the server once it is stored and synced.
 */
public record ReceiveOptions(boolean allMail, int newest, YearMonth cutoff, boolean deleteAfterReceive) {

	public ReceiveOptions {
		if (newest < 0) {
			throw new IllegalArgumentException("newest"); //$NON-NLS-1$
		}
	}

	/** QSL mail only, the whole box, no cut-off, keep on the server. */
	public static final ReceiveOptions DEFAULT = new ReceiveOptions(false, 0, null, false);

	/**
	 * Reads a YYMM cut-off as hQSL writes it ({@code 1804} = April 2018); {@code 0000} or blank means none.
	 * YY 99 is 1999 (hQSL supports nothing earlier), every other YY is 20YY.
	 *
	 * @throws IllegalArgumentException when it is not four digits with a month 01-12
	 */
	public static YearMonth parseCutoff(String yymm) {
		if (yymm == null || yymm.isBlank() || yymm.strip().equals("0000")) { //$NON-NLS-1$
			return null;
		}
		String s = yymm.strip();
		if (!s.matches("\\d{4}")) { //$NON-NLS-1$
			throw new IllegalArgumentException(yymm);
		}
		int yy = Integer.parseInt(s.substring(0, 2));
		int mm = Integer.parseInt(s.substring(2));
		if (mm < 1 || mm > 12) {
			throw new IllegalArgumentException(yymm);
		}
		return YearMonth.of(yy == 99 ? 1999 : 2000 + yy, mm);
	}
}
