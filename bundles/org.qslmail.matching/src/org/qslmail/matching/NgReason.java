package org.qslmail.matching;

/**
 * Why a card matched no QSO. When several apply, the result carries the one nearest to a match: a candidate
 * taken or ambiguous, then mode differs (band agreed), band differs, time off, no QSO at all.
 */
public enum NgReason {
	/** The log has no QSO with the sender's call. */
	NO_QSO_WITH_CALL,
	/** QSOs with the call exist, but the nearest is outside the window. */
	TIME_OFF,
	/** A QSO with the call is within the window, but on another band. */
	BAND_DIFFERS,
	/** A QSO with the call and band is within the window, but in another mode. */
	MODE_DIFFERS,
	/** Two or more QSOs fit equally well; the user must decide. */
	SEVERAL_CANDIDATES,
	/** The QSO that fits was already matched by a card that fits it better (a duplicate card). */
	QSO_TAKEN_BY_OTHER_CARD
}
