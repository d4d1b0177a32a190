package org.qslmail.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.LogZone;
import org.qslmail.core.StationTime;
import org.qslmail.log.QsoStore;

/** Matching against the real embedded log store. */
class StoreQsoSourceTest {

	@TempDir
	Path folder;
	private QsoStore store;

	@BeforeEach
	void fill() throws Exception {
		store = TestLogs.store(folder, TestLogs.record("JA2XYZ", "20241231", "2355", "40m", "CW", "") // 09:55 JST on 1 Jan
				+ TestLogs.record("JA3ABC/3", "20250105", "0100", "70cm", "FM", "<QSL_RCVD:1>Y")
				+ TestLogs.record("JA4DEF", "20250106", "0300", "20m", "SSB", "")
				+ TestLogs.record("KH0/JA5GHI", "20250107", "0400", "15m", "FT8", "")
				+ TestLogs.record("JA6JKL", "20230107", "0400", "15m", "FT8", "")); // two years older
	}

	@AfterEach
	void close() {
		store.close();
	}

	private static ReceivedCard cardJst(String sender, String jst, Band band, String mode) {
		StationTime time = new StationTime(LocalDateTime.parse(jst), LogZone.JST);
		return new ReceivedCard(Callsign.parse(sender), Optional.empty(), time.toInstant(), LogZone.JST,
				Optional.of(band), mode, Optional.empty(), new CardOrigin(CardOrigin.Kind.CARD_FILE, "t", 0));
	}

	private List<MatchResult> match(MatchRules rules, ReceivedCard... cards) {
		return CardMatcher.match(List.of(cards), new StoreQsoSource(store), rules, new NullProgressMonitor());
	}

	@Test
	void exactCallsAreLookedUpInTheStore() {
		List<MatchResult> results = match(MatchRules.DEFAULT,
				cardJst("JA2XYZ", "2025-01-01T09:00", Band.B40M, "CW"), // 5 min after, across the UTC midnight
				cardJst("JA3ABC/3", "2025-01-05T10:05", Band.B70CM, "FM"), // already received
				cardJst("JA4DEF", "2025-01-06T12:30", Band.B20M, "SSB"), // 30 minutes off
				cardJst("JA9NON", "2025-01-06T12:00", Band.B20M, "SSB"));
		assertEquals(MatchState.OK_UNMARKED, results.get(0).state());
		assertEquals("JA2XYZ", results.get(0).qso().orElseThrow().call().text());
		assertEquals(MatchState.OK_RECEIVED, results.get(1).state());
		assertEquals(Optional.of(NgReason.TIME_OFF), results.get(2).reason());
		assertEquals(Optional.of(NgReason.NO_QSO_WITH_CALL), results.get(3).reason());
	}

	@Test
	void logIdsAreTheStoresIds() throws Exception {
		MatchResult result = match(MatchRules.DEFAULT, cardJst("JA2XYZ", "2025-01-01T09:00", Band.B40M, "CW")).get(0);
		long id = result.qso().orElseThrow().id();
		assertEquals("JA2XYZ", store.get(id).orElseThrow().call());
	}

	@Test
	void baseCallsScanTheWholeLogOnce() {
		MatchRules rules = MatchRules.DEFAULT.withCallsigns(MatchRules.CallsignMatching.BASE_CALL);
		List<MatchResult> results = match(rules, cardJst("JA5GHI", "2025-01-07T13:02", Band.B15M, "FT8"),
				cardJst("JA3ABC", "2025-01-05T10:00", Band.B70CM, "FM"),
				cardJst("JA6JKL/6", "2023-01-07T13:00", Band.B15M, "FT8"));
		assertEquals(MatchState.OK_UNMARKED, results.get(0).state(), results.get(0).describe());
		assertEquals("KH0/JA5GHI", results.get(0).qso().orElseThrow().call().text());
		assertEquals(MatchState.OK_RECEIVED, results.get(1).state());
		assertEquals(MatchState.OK_UNMARKED, results.get(2).state(), "the oldest month is found too");
		// Exact matching does not take the portable form for the base call.
		assertEquals(Optional.of(NgReason.NO_QSO_WITH_CALL),
				match(MatchRules.DEFAULT, cardJst("JA5GHI", "2025-01-07T13:02", Band.B15M, "FT8")).get(0).reason());
	}

	@Test
	void everyQsoOfTheCallsIsHandedOverAndCancelStops() {
		List<LoggedQso> seen = new ArrayList<>();
		new StoreQsoSource(store).forEachWithCall(List.of("JA2XYZ", "JA4DEF", "JA4DEF"), false, seen::add,
				new NullProgressMonitor());
		assertEquals(2, seen.size());
		seen.clear();
		new StoreQsoSource(store).forEachWithCall(List.of(), true, seen::add, new NullProgressMonitor());
		assertEquals(5, seen.size(), "a base-call scan reads every QSO once");
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> new StoreQsoSource(store).forEachWithCall(List.of("JA2XYZ"), false, q -> {
				}, cancelled));
		assertThrows(OperationCanceledException.class,
				() -> new StoreQsoSource(store).forEachWithCall(List.of(), true, q -> {
				}, cancelled));
	}

	@Test
	void storedQsoBecomesLoggedQso() throws Exception {
		var q = store.findByCall("JA3ABC/3", Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")).get(0);
		LoggedQso logged = StoreQsoSource.toLogged(q).orElseThrow();
		assertEquals(Optional.of(Band.B70CM), logged.band());
		assertEquals("FM", logged.mode());
		assertTrue(logged.received());
	}
}
