package org.qslmail.matching;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.qslmail.core.Callsign;
import org.qslmail.core.LogZone;
import org.qslmail.log.ImportOptions;
import org.qslmail.log.ImportProblem;
import org.qslmail.log.LogException;
import org.qslmail.log.LogReader;
import org.qslmail.log.Qso;
import org.qslmail.matching.internal.Messages;

/**
 * An ADIF (or ADX) file of confirmations as LoTW, eQSL.cc and QRZ.com let you download them, read as received
 * cards. Each record names the partner ({@code CALL}), the QSO's date and time ({@code QSO_DATE},
 * {@code TIME_ON}, UTC), band ({@code BAND}, or from {@code FREQ}) and mode ({@code MODE}/{@code SUBMODE});
 * {@code STATION_CALLSIGN} (or LoTW's {@code APP_LOTW_OWNCALL}) is our own call as the partner logged it.
 * <p>
 * Which records are confirmations:
 * <ul>
 * <li>LoTW ({@code lotwreport.adi}): {@code QSL_RCVD=Y}; with {@code qso_qsl=no} LoTW also lists unconfirmed
 * uploads ({@code QSL_RCVD=N}), which are skipped;</li>
 * <li>QRZ.com logbook export: {@code APP_QRZLOG_STATUS=C} (confirmed), or {@code QSL_RCVD}/{@code LOTW_QSL_RCVD}/
 * {@code EQSL_QSL_RCVD=Y};</li>
 * <li>eQSL.cc inbox download: every record is a card the partner sent (the file carries the partner's
 * {@code QSL_SENT=Y}, no received flag).</li>
 * </ul>
 * In general: a record with any of those flags set to yes is a confirmation; a record that has such flags and
 * none set to yes is not; a record without any of them is (the eQSL case). Records that cannot be read (no
 * call, no date) are reported as problems with their line, not guessed at.
 */
public final class AdifConfirmations {

	/** The confirmations of a file and what was left out. */
	public record Contents(List<ReceivedCard> cards, List<CardFolder.Problem> problems, int notConfirmed) {
		public Contents {
			cards = List.copyOf(cards);
			problems = List.copyOf(problems);
		}
	}

	private static final String[] RECEIVED_FLAGS = { "LOTW_QSL_RCVD", "EQSL_QSL_RCVD" }; //$NON-NLS-1$ //$NON-NLS-2$
	private static final String QRZ_STATUS = "APP_QRZLOG_STATUS"; //$NON-NLS-1$
	private static final String LOTW_OWNCALL = "APP_LOTW_OWNCALL"; //$NON-NLS-1$

	private AdifConfirmations() {
	}

	/**
	 * Reads the confirmations of a file.
	 *
	 * @throws MatchingException          when the file cannot be read at all
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled
	 */
	public static Contents read(Path file, IProgressMonitor monitor) {
		Objects.requireNonNull(file);
		List<ReceivedCard> cards = new ArrayList<>();
		List<CardFolder.Problem> problems = new ArrayList<>();
		int notConfirmed = 0;
		try (LogReader reader = LogReader.open(file, ImportOptions.defaults())) {
			int units = (int) Math.max(1, Math.min(Integer.MAX_VALUE, reader.size() / 1024));
			SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.AdifConfirmations_task, file.getFileName()),
					units);
			int reported = 0;
			long record = 0;
			for (Qso q = reader.next(); q != null; q = reader.next()) {
				record++;
				Optional<ReceivedCard> card = card(q, file, record);
				if (card.isEmpty()) {
					problems.add(new CardFolder.Problem(file, NLS.bind(Messages.AdifConfirmations_badCall, record, q.call())));
				} else if (!isConfirmation(q)) {
					notConfirmed++;
				} else {
					cards.add(card.get());
				}
				int done = (int) Math.min(units, reader.position() / 1024);
				if (done > reported) {
					progress.split(done - reported);
					reported = done;
				}
			}
			for (ImportProblem p : reader.summary().problems()) {
				problems.add(new CardFolder.Problem(file, NLS.bind(Messages.AdifConfirmations_skipped,
						new Object[] { Long.toString(p.line()), p.reason().label(), p.detail() })));
			}
		} catch (LogException e) {
			throw new MatchingException(e.getMessage(), e);
		}
		return new Contents(cards, problems, notConfirmed);
	}

	/** Whether the record confirms the QSO (see the class comment). */
	static boolean isConfirmation(Qso q) {
		boolean flagged = false;
		if (q.qslReceived() != null) {
			flagged = true;
			if (yes(q.qslReceived())) {
				return true;
			}
		}
		for (String flag : RECEIVED_FLAGS) {
			String value = q.extra(flag);
			if (value != null) {
				flagged = true;
				if (yes(value)) {
					return true;
				}
			}
		}
		String qrz = q.extra(QRZ_STATUS);
		if (qrz != null) {
			flagged = true;
			if ("C".equalsIgnoreCase(qrz.trim())) { //$NON-NLS-1$
				return true;
			}
		}
		return !flagged;
	}

	private static boolean yes(String value) {
		String v = value.trim().toUpperCase(Locale.ROOT);
		return v.equals("Y") || v.equals("V"); //$NON-NLS-1$ //$NON-NLS-2$ V: verified (import-only value)
	}

	private static Optional<ReceivedCard> card(Qso q, Path file, long record) {
		Optional<Callsign> sender = Callsign.find(q.call());
		if (sender.isEmpty() || q.instant() == null) {
			return Optional.empty();
		}
		String own = q.stationCallsign() != null ? q.stationCallsign() : q.extra(LOTW_OWNCALL);
		Optional<Callsign> recipient = own == null ? Optional.empty() : Callsign.find(own);
		String mode = q.submode() != null && !q.submode().isBlank() ? q.submode() : q.mode() == null ? "" : q.mode(); //$NON-NLS-1$
		return Optional.of(new ReceivedCard(sender.get(), recipient, q.instant(), LogZone.UTC,
				Optional.ofNullable(q.band()), mode, Optional.empty(),
				new CardOrigin(CardOrigin.Kind.ADIF_CONFIRMATION, file.toString(), record)));
	}
}
