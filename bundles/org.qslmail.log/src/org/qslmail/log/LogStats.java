package org.qslmail.log;

import java.util.List;

/**
 * Counts of the log: QSOs and confirmed QSOs (received card or {@code QSL_RCVD=Y}) in total, by band, by mode
 * and by month (UTC, {@code yyyy-MM}).
 */
public record LogStats(long qsos, long confirmed, long sent, long distinctCalls, List<Row> byBand, List<Row> byMode,
		List<Row> byMonth) {

	/** One line of a breakdown. */
	public record Row(String key, long qsos, long confirmed) {
	}
}
