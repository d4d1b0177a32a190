/**
 * Matching received QSL cards against the log (交信の照合): {@link org.qslmail.matching.CardMatcher}
 * compares each {@link org.qslmail.matching.ReceivedCard} with the logged QSOs under
 * {@link org.qslmail.matching.MatchRules} and gives one {@link org.qslmail.matching.MatchResult} per card.
 * Version 1.0.0.
 */
package org.qslmail.matching;
