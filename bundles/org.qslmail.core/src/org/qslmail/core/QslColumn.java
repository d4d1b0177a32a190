package org.qslmail.core;

import java.util.Locale;

import org.qslmail.core.internal.Messages;

/**
 * The three-character QSL column of a Turbo HAMLOG record (hqsl-behaviour.md §7, ham-data.md §4.2):
 * <ol>
 * <li>route (Via): {@code J} JARL bureau, {@code N} no card, {@code M} via manager, or another user-defined
 * upper-case letter; blank when unset,</li>
 * <li>sent: any mark character means issued, blank means not yet,</li>
 * <li>received: any mark character means received, blank means not yet.</li>
 * </ol>
 * Blank is a space. The column is three bytes in HAMLOG's CP932 files, so a mark must be one single-byte
 * character: printable ASCII other than space, or a half-width katakana (U+FF61–U+FF9F). That restriction is
 * our reading of "3 bytes"; it also keeps marks writable to ADIF and file names.
 *
 * @param route    route letter {@code A-Z} or blank
 * @param sent     sent mark or blank
 * @param received received mark or blank
 */
public record QslColumn(char route, char sent, char received) {

	/** The blank position. */
	public static final char BLANK = ' ';

	/** Length of the column. */
	public static final int LENGTH = 3;

	/** The empty column: no route, not sent, not received. */
	public static final QslColumn EMPTY = new QslColumn(BLANK, BLANK, BLANK);

	/**
	 * @throws InvalidInputException when the route is not blank or an upper-case letter, or a mark is not a
	 *                               valid mark character
	 */
	public QslColumn {
		String text = new String(new char[] { route, sent, received });
		if (route != BLANK && (route < 'A' || route > 'Z')) {
			throw new InvalidInputException(Messages.format(Messages.QslColumn_route, String.valueOf(route)), text);
		}
		checkMark(sent, 2, text);
		checkMark(received, 3, text);
	}

	private static void checkMark(char mark, int position, String text) {
		if (mark != BLANK && !isMarkCharacter(mark)) {
			throw new InvalidInputException(Messages.format(Messages.QslColumn_mark, String.valueOf(position),
					String.valueOf(mark), Integer.toHexString(mark).toUpperCase(Locale.ROOT)), text);
		}
	}

	/**
	 * @return whether {@code c} can stand in the sent or received position as a mark: printable ASCII except
	 *         space, or half-width katakana
	 */
	public static boolean isMarkCharacter(char c) {
		return (c > ' ' && c <= '~') || (c >= '\uFF61' && c <= '\uFF9F');
	}

	/**
	 * Reads the column as stored: 0 to 3 characters, missing positions are blank (HAMLOG and CSV exports may
	 * drop trailing blanks). Blanks are significant and not trimmed.
	 *
	 * @throws InvalidInputException when longer than 3 characters or a character is invalid
	 */
	public static QslColumn parse(String text) {
		String value = text == null ? "" : text; //$NON-NLS-1$
		if (value.length() > LENGTH) {
			throw new InvalidInputException(Messages.format(Messages.QslColumn_tooLong, value), value);
		}
		char[] chars = { BLANK, BLANK, BLANK };
		value.getChars(0, value.length(), chars, 0);
		return new QslColumn(chars[0], chars[1], chars[2]);
	}

	/** @return whether a route letter is set */
	public boolean hasRoute() {
		return route != BLANK;
	}

	/** @return whether the sent (issued) position holds a mark */
	public boolean isSent() {
		return sent != BLANK;
	}

	/** @return whether the received position holds a mark */
	public boolean isReceived() {
		return received != BLANK;
	}

	/** @return this column with another route letter (or blank) */
	public QslColumn withRoute(char newRoute) {
		return new QslColumn(newRoute, sent, received);
	}

	/** @return this column with another sent mark (or blank) */
	public QslColumn withSent(char newSent) {
		return new QslColumn(route, newSent, received);
	}

	/** @return this column with another received mark (or blank) */
	public QslColumn withReceived(char newReceived) {
		return new QslColumn(route, sent, newReceived);
	}

	/** @return always exactly three characters, blanks as spaces, e.g. {@code "J H"} */
	@Override
	public String toString() {
		return new String(new char[] { route, sent, received });
	}
}
