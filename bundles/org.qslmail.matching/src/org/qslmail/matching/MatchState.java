package org.qslmail.matching;

/** hQSL's three results: ■× NG, 〇 OK but not yet marked received, ● OK and already received. */
public enum MatchState {
	NG, OK_UNMARKED, OK_RECEIVED
}
