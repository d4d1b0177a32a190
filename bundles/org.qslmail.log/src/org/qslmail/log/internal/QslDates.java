package org.qslmail.log.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Set;

import org.qslmail.log.Qso;

/**
 * QSLSDATE and QSLRDATE follow the marks written through the store. A sent mark (the QSL column's sent position,
 * or QSL_SENT {@code Y}) newly set without a new date gets the date of the change (today, UTC, as ADIF dates
 * are); a mark removed takes away a date that ADIF does not allow without it (QSLSDATE only with QSL_SENT
 * {@code Y}, {@code Q} or {@code I}; QSLRDATE only with QSL_RCVD {@code Y}, {@code I} or {@code V}). The same for
 * received marks.
 */
public final class QslDates {

	private static final DateTimeFormatter ADIF_DATE = DateTimeFormatter.BASIC_ISO_DATE;
	private static final Set<String> SENT_WITH_DATE = Set.of("Y", "Q", "I"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Set<String> RCVD_WITH_DATE = Set.of("Y", "I", "V"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final Clock clock;

	public QslDates(Clock clock) {
		this.clock = clock;
	}

	/** Today as an ADIF date ({@code YYYYMMDD}, UTC). */
	public String today() {
		return LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)).format(ADIF_DATE);
	}

	/**
	 * Sets or clears the dates of {@code after}, which replaces {@code before} ({@code null} for a new QSO).
	 */
	public void apply(Qso before, Qso after) {
		String today = null;
		boolean wasSent = before != null && before.isQslSent();
		String oldSentDate = before == null ? null : before.qslSentDate();
		if (after.isQslSent() && !wasSent) {
			if (after.qslSentDate() == null || Objects.equals(after.qslSentDate(), oldSentDate)) {
				today = today();
				after.setQslSentDate(today);
			}
		} else if (!after.isQslSent() && wasSent && !allows(SENT_WITH_DATE, after.qslSent())
				&& Objects.equals(after.qslSentDate(), oldSentDate)) {
			after.setQslSentDate(null);
		}
		boolean wasReceived = before != null && before.isQslReceived();
		String oldReceivedDate = before == null ? null : before.qslReceivedDate();
		if (after.isQslReceived() && !wasReceived) {
			if (after.qslReceivedDate() == null || Objects.equals(after.qslReceivedDate(), oldReceivedDate)) {
				after.setQslReceivedDate(today != null ? today : today());
			}
		} else if (!after.isQslReceived() && wasReceived && !allows(RCVD_WITH_DATE, after.qslReceived())
				&& Objects.equals(after.qslReceivedDate(), oldReceivedDate)) {
			after.setQslReceivedDate(null);
		}
	}

	private static boolean allows(Set<String> values, String status) {
		return status != null && values.contains(status.toUpperCase(java.util.Locale.ROOT));
	}
}
