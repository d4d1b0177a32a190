package org.qslmail.matching.internal;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.eclipse.osgi.util.NLS;
import org.qslmail.matching.LoggedQso;
import org.qslmail.matching.MatchResult;

/** The words for a match result, as the matching view and {@code qslmail match} show them. */
public final class ResultTexts {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

	private ResultTexts() {
	}

	public static String describe(MatchResult result) {
		String call = result.card().sender().text();
		if (result.isOk()) {
			return switch (result.state()) {
			case OK_RECEIVED -> Messages.Result_okReceived;
			default -> Messages.Result_okUnmarked;
			};
		}
		LoggedQso qso = result.qso().orElse(null);
		return switch (result.reason().orElseThrow()) {
		case NO_QSO_WITH_CALL -> NLS.bind(Messages.Result_noQso, call);
		case TIME_OFF -> NLS.bind(Messages.Result_timeOff, new Object[] { call, minutes(result.offset().orElseThrow()),
				time(result, qso) });
		case BAND_DIFFERS -> NLS.bind(Messages.Result_bandDiffers, new Object[] {
				result.card().band().map(b -> b.adifName()).orElse("?"), //$NON-NLS-1$
				qso.band().map(b -> b.adifName()).orElse("?"), time(result, qso) }); //$NON-NLS-1$
		case MODE_DIFFERS -> NLS.bind(Messages.Result_modeDiffers, new Object[] { result.card().mode(),
				qso.submode().map(sub -> qso.mode() + "/" + sub).orElse(qso.mode()), time(result, qso) }); //$NON-NLS-1$
		case SEVERAL_CANDIDATES -> NLS.bind(Messages.Result_severalCandidates, call);
		case QSO_TAKEN_BY_OTHER_CARD -> NLS.bind(Messages.Result_takenByOtherCard, time(result, qso));
		};
	}

	private static long minutes(Duration offset) {
		return Math.abs(offset.toMinutes());
	}

	/** The QSO's time in the zone the card was written in, so the user compares like with like. */
	private static String time(MatchResult result, LoggedQso qso) {
		ZoneOffset zone = result.card().zone().offset();
		return TIME.format(qso.time().atOffset(zone)) + result.card().zone().suffix();
	}
}
