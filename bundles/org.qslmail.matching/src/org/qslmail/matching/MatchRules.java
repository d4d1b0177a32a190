package org.qslmail.matching;

import java.time.Duration;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.qslmail.core.ModeAliases;
import org.qslmail.matching.internal.Messages;

/**
 * How a card must agree with a QSO. The defaults are hQSL's: ±10 minutes, exact callsign, mode compared
 * as text after the user's aliases.
 *
 * @param window      the largest time difference still counted as the same QSO
 * @param callsigns   exact (LoTW, Club Log) or by base call, so JA1ABC/1 matches JA1ABC
 * @param modes       by text after aliases (hQSL), or by mode group (LoTW: SSB = PHONE, RTTY = DATA)
 */
public record MatchRules(Duration window, CallsignMatching callsigns, ModeMatching modes, ModeAliases aliases) {

	public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(10);
	public static final Duration MAX_WINDOW = Duration.ofHours(24);
	public static final MatchRules DEFAULT = new MatchRules(DEFAULT_WINDOW, CallsignMatching.EXACT,
			ModeMatching.TEXT_AFTER_ALIASES, ModeAliases.NONE);

	public enum CallsignMatching {
		EXACT, BASE_CALL
	}

	public enum ModeMatching {
		TEXT_AFTER_ALIASES, GROUP
	}

	public MatchRules {
		Objects.requireNonNull(window);
		Objects.requireNonNull(callsigns);
		Objects.requireNonNull(modes);
		Objects.requireNonNull(aliases);
		if (window.isNegative() || window.compareTo(MAX_WINDOW) > 0) {
			throw new IllegalArgumentException(NLS.bind(Messages.MatchRules_badWindow, window.toMinutes(),
					MAX_WINDOW.toMinutes()));
		}
	}

	public MatchRules withWindow(Duration newWindow) {
		return new MatchRules(newWindow, callsigns, modes, aliases);
	}

	public MatchRules withCallsigns(CallsignMatching newCallsigns) {
		return new MatchRules(window, newCallsigns, modes, aliases);
	}

	public MatchRules withModes(ModeMatching newModes, ModeAliases newAliases) {
		return new MatchRules(window, callsigns, newModes, newAliases);
	}
}
