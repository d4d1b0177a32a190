package org.qslmail.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.LogZone;
import org.qslmail.core.ModeAliases;
import org.qslmail.core.QslColumn;
import org.qslmail.core.StationTime;

/** Every rule and reason of the matcher, on QSOs held in memory. */
class CardMatcherTest {

	private final List<LoggedQso> log = new ArrayList<>();
	private long nextId = 1;

	private LoggedQso qso(String call, String utc, Band band, String mode) {
		return qso(call, utc, band, mode, null, false);
	}

	private LoggedQso qso(String call, String utc, Band band, String mode, String submode, boolean received) {
		LoggedQso qso = new LoggedQso(nextId++, Callsign.parse(call), Instant.parse(utc), Optional.ofNullable(band),
				mode, Optional.ofNullable(submode), received ? QslColumn.parse("JHH") : QslColumn.parse("JH "),
				received);
		log.add(qso);
		return qso;
	}

	/** A card written in JST, as hQSL cards are: {@code jst} is yyyy-MM-ddTHH:mm. */
	private static ReceivedCard cardJst(String sender, String jst, Band band, String mode) {
		StationTime time = new StationTime(java.time.LocalDateTime.parse(jst), LogZone.JST);
		return new ReceivedCard(Callsign.parse(sender), Optional.of(Callsign.parse("JA1ZZZ")), time.toInstant(),
				LogZone.JST, Optional.ofNullable(band), mode, Optional.empty(),
				new CardOrigin(CardOrigin.Kind.CARD_FILE, "test", 0));
	}

	private List<MatchResult> match(MatchRules rules, ReceivedCard... cards) {
		return CardMatcher.match(List.of(cards), new QsoList(log), rules, new NullProgressMonitor());
	}

	private MatchResult matchOne(ReceivedCard card) {
		return match(MatchRules.DEFAULT, card).get(0);
	}

	@Test
	void jstCardMatchesUtcQsoAcrossMidnight() {
		// 2024-12-31 23:55 UTC is 2025-01-01 08:55 JST; the card is 5 minutes later, the UTC date differs.
		LoggedQso logged = qso("JA2XYZ", "2024-12-31T23:55:00Z", Band.B40M, "CW");
		MatchResult result = matchOne(cardJst("JA2XYZ", "2025-01-01T09:00", Band.B40M, "CW"));
		assertEquals(MatchState.OK_UNMARKED, result.state());
		assertEquals(Optional.of(logged), result.qso());
		assertEquals(Optional.of(Duration.ofMinutes(5)), result.offset());
	}

	@ParameterizedTest
	@CsvSource({ "10, OK_UNMARKED", "11, NG", "0, OK_UNMARKED" })
	void defaultWindowIsTenMinutesInclusive(int minutesLater, MatchState expected) {
		qso("JA2XYZ", "2025-03-01T03:00:00Z", Band.B20M, "SSB");
		ReceivedCard card = cardJst("JA2XYZ", "2025-03-01T12:00", Band.B20M, "SSB");
		ReceivedCard later = new ReceivedCard(card.sender(), card.recipient(),
				card.time().plus(Duration.ofMinutes(minutesLater)), card.zone(), card.band(), card.mode(), card.image(),
				card.origin());
		assertEquals(expected, matchOne(later).state());
	}

	@Test
	void configurableWindowWidensTheMatch() {
		qso("JA2XYZ", "2025-03-01T03:00:00Z", Band.B20M, "SSB");
		ReceivedCard card = cardJst("JA2XYZ", "2025-03-01T12:25", Band.B20M, "SSB");
		assertEquals(MatchState.NG, match(MatchRules.DEFAULT, card).get(0).state());
		assertEquals(MatchState.OK_UNMARKED,
				match(MatchRules.DEFAULT.withWindow(Duration.ofMinutes(30)), card).get(0).state());
	}

	@Test
	void noQsoWithTheCall() {
		qso("JA2XYZ", "2025-03-01T03:00:00Z", Band.B20M, "SSB");
		MatchResult result = matchOne(cardJst("JA3AAA", "2025-03-01T12:00", Band.B20M, "SSB"));
		assertEquals(Optional.of(NgReason.NO_QSO_WITH_CALL), result.reason());
		assertEquals("No QSO with JA3AAA in the log.", result.describe());
	}

	@Test
	void timeOffNamesTheNearestQsoAndItsMinutes() {
		qso("JA2XYZ", "2025-03-01T01:00:00Z", Band.B20M, "SSB");
		LoggedQso nearer = qso("JA2XYZ", "2025-03-01T02:37:00Z", Band.B20M, "SSB");
		MatchResult result = matchOne(cardJst("JA2XYZ", "2025-03-01T12:00", Band.B20M, "SSB"));
		assertEquals(Optional.of(NgReason.TIME_OFF), result.reason());
		assertEquals(Optional.of(nearer), result.qso());
		assertEquals("The nearest QSO with JA2XYZ is 23 minutes away (logged 2025-03-01 11:37J).", result.describe());
	}

	@Test
	void bandDiffers() {
		qso("JA2XYZ", "2025-03-01T03:00:00Z", Band.B20M, "SSB");
		MatchResult result = matchOne(cardJst("JA2XYZ", "2025-03-01T12:02", Band.B40M, "SSB"));
		assertEquals(Optional.of(NgReason.BAND_DIFFERS), result.reason());
		assertTrue(result.describe().contains("the card says 40m, the log has 20m"), result.describe());
	}

	@Test
	void modeDiffersWinsOverBandDiffersAndNamesTheSubmode() {
		qso("JA2XYZ", "2025-03-01T03:00:00Z", Band.B40M, "SSB");
		qso("JA2XYZ", "2025-03-01T03:01:00Z", Band.B20M, "MFSK", "FT4", false);
		MatchResult result = matchOne(cardJst("JA2XYZ", "2025-03-01T12:00", Band.B20M, "FT8"));
		assertEquals(Optional.of(NgReason.MODE_DIFFERS), result.reason());
		assertTrue(result.describe().contains("the card says FT8, the log has MFSK/FT4"), result.describe());
	}

	@Test
	void sameBandBy433And430() {
		qso("JA2XYZ", "2025-03-01T03:00:00Z", Band.parse("430"), "FM");
		assertEquals(MatchState.OK_UNMARKED, matchOne(cardJst("JA2XYZ", "2025-03-01T12:00", Band.parse("433.0"), "FM")).state());
	}

	@Test
	void cardSubmodeMatchesLoggedSubmode() {
		qso("JA2XYZ", "2025-03-01T03:00:00Z", Band.B20M, "MFSK", "FT4", false);
		assertEquals(MatchState.OK_UNMARKED, matchOne(cardJst("JA2XYZ", "2025-03-01T12:00", Band.B20M, "FT4")).state());
	}

	@Test
	void aliasesMakeCwEqualA1() {
		qso("JA2XYZ", "2025-03-01T03:00:00Z", Band.B40M, "A1");
		ReceivedCard card = cardJst("JA2XYZ", "2025-03-01T12:00", Band.B40M, "CW");
		assertEquals(Optional.of(NgReason.MODE_DIFFERS), match(MatchRules.DEFAULT, card).get(0).reason());
		MatchRules withAlias = MatchRules.DEFAULT.withModes(MatchRules.ModeMatching.TEXT_AFTER_ALIASES,
				ModeAliases.parse("CW=A1"));
		assertEquals(MatchState.OK_UNMARKED, match(withAlias, card).get(0).state());
	}

	@Test
	void modeGroupsMakeSsbEqualAmOnlyWhenAsked() {
		qso("JA2XYZ", "2025-03-01T03:00:00Z", Band.B40M, "AM");
		ReceivedCard card = cardJst("JA2XYZ", "2025-03-01T12:00", Band.B40M, "SSB");
		assertEquals(MatchState.NG, match(MatchRules.DEFAULT, card).get(0).state());
		MatchRules byGroup = MatchRules.DEFAULT.withModes(MatchRules.ModeMatching.GROUP, ModeAliases.NONE);
		assertEquals(MatchState.OK_UNMARKED, match(byGroup, card).get(0).state());
		ReceivedCard cw = cardJst("JA2XYZ", "2025-03-01T12:00", Band.B40M, "CW");
		assertEquals(Optional.of(NgReason.MODE_DIFFERS), match(byGroup, cw).get(0).reason());
	}

	@Test
	void portableCallsMatchOnlyWhenAskedAndExactIsTheDefault() {
		qso("JA2XYZ/1", "2025-03-01T03:00:00Z", Band.B40M, "CW");
		ReceivedCard card = cardJst("JA2XYZ", "2025-03-01T12:00", Band.B40M, "CW");
		assertEquals(Optional.of(NgReason.NO_QSO_WITH_CALL), match(MatchRules.DEFAULT, card).get(0).reason());
		MatchRules byBase = MatchRules.DEFAULT.withCallsigns(MatchRules.CallsignMatching.BASE_CALL);
		assertEquals(MatchState.OK_UNMARKED, match(byBase, card).get(0).state());
	}

	@Test
	void alreadyReceivedIsItsOwnState() {
		qso("JA2XYZ", "2025-03-01T03:00:00Z", Band.B40M, "CW", null, true);
		MatchResult result = matchOne(cardJst("JA2XYZ", "2025-03-01T12:00", Band.B40M, "CW"));
		assertEquals(MatchState.OK_RECEIVED, result.state());
		assertEquals("OK; the QSO is already marked received.", result.describe());
	}

	@Test
	void nearestOfSeveralFittingQsosWins() {
		qso("JA2XYZ", "2025-03-01T02:55:00Z", Band.B40M, "CW");
		LoggedQso closer = qso("JA2XYZ", "2025-03-01T03:02:00Z", Band.B40M, "CW");
		assertEquals(Optional.of(closer), matchOne(cardJst("JA2XYZ", "2025-03-01T12:00", Band.B40M, "CW")).qso());
	}

	@Test
	void exactTieBetweenTwoQsosIsSeveralCandidates() {
		qso("JA2XYZ", "2025-03-01T02:57:00Z", Band.B40M, "CW");
		qso("JA2XYZ", "2025-03-01T03:03:00Z", Band.B40M, "CW");
		MatchResult result = matchOne(cardJst("JA2XYZ", "2025-03-01T12:00", Band.B40M, "CW"));
		assertEquals(Optional.of(NgReason.SEVERAL_CANDIDATES), result.reason());
	}

	@Test
	void oneQsoGoesToTheCardThatFitsBestAndTheOtherCardIsNg() {
		LoggedQso only = qso("JA2XYZ", "2025-03-01T03:00:00Z", Band.B40M, "CW");
		ReceivedCard far = cardJst("JA2XYZ", "2025-03-01T12:08", Band.B40M, "CW");
		ReceivedCard near = cardJst("JA2XYZ", "2025-03-01T12:01", Band.B40M, "CW");
		List<MatchResult> results = match(MatchRules.DEFAULT, far, near);
		assertEquals(Optional.of(NgReason.QSO_TAKEN_BY_OTHER_CARD), results.get(0).reason());
		assertEquals(MatchState.OK_UNMARKED, results.get(1).state());
		assertEquals(Optional.of(only), results.get(1).qso());
	}

	@Test
	void twoCardsForTwoQsosEachGetTheirOwn() {
		LoggedQso first = qso("JA2XYZ", "2025-03-01T03:00:00Z", Band.B40M, "CW");
		LoggedQso second = qso("JA2XYZ", "2025-03-01T03:06:00Z", Band.B40M, "CW");
		// Both cards fit both QSOs; each takes the one nearest to it.
		List<MatchResult> results = match(MatchRules.DEFAULT, cardJst("JA2XYZ", "2025-03-01T12:00", Band.B40M, "CW"),
				cardJst("JA2XYZ", "2025-03-01T12:05", Band.B40M, "CW"));
		assertEquals(Optional.of(first), results.get(0).qso());
		assertEquals(Optional.of(second), results.get(1).qso());
	}

	@Test
	void cardWithoutBandDoesNotContradictTheLog() {
		qso("JA2XYZ", "2025-03-01T03:00:00Z", Band.B40M, "CW");
		assertEquals(MatchState.OK_UNMARKED, matchOne(cardJst("JA2XYZ", "2025-03-01T12:00", null, "CW")).state());
	}

	@Test
	void impossibleWindowIsRejectedWithTheLimit() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> MatchRules.DEFAULT.withWindow(Duration.ofHours(25)));
		assertTrue(e.getMessage().contains("1440"), e.getMessage());
	}

	@Test
	void cancelStopsTheRun() {
		for (int i = 0; i < 100; i++) {
			qso("JA2XYZ", "2025-03-01T03:00:00Z", Band.B40M, "CW");
		}
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> CardMatcher.match(
				List.of(cardJst("JA2XYZ", "2025-03-01T12:00", Band.B40M, "CW")), new QsoList(log), MatchRules.DEFAULT,
				cancelled));
	}
}
