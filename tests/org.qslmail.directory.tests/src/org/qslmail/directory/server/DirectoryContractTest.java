package org.qslmail.directory.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.qslmail.core.Callsign;
import org.qslmail.directory.DirectoryException;
import org.qslmail.directory.DirectorySession;
import org.qslmail.directory.DirectoryStatus;
import org.qslmail.directory.RegistrationRequest;

/**
 * The directory's behaviour, run against each database: {@link EmbeddedDirectoryTest} (H2) and
 * {@link PostgresDirectoryTest} (a real PostgreSQL) give the fixture.
 */
abstract class DirectoryContractTest {

	private static final char[] PASSWORD = "correct horse 73".toCharArray();

	/** The fixture of the current test, set by the subclass before each test. */
	protected DirectoryFixture f;

	static DirectorySession registered(DirectoryFixture f, String call, String address) throws Exception {
		f.client.createStation(call, PASSWORD);
		DirectorySession session = f.client.login(call, PASSWORD);
		f.client.startRegistration(session, address);
		f.client.confirmRegistration(session, f.mailer.lastTokenByAddress.get(address));
		return session;
	}

	/** Login, a registration that only a mailed token completes, status, lookup and unregister. */
	@Test
	void registrationNeedsTheMailedToken() throws Exception {
		f.client.createStation("JA1ABC", PASSWORD);
		DirectorySession session = f.client.login("ja1abc", PASSWORD);
		assertEquals("JA1ABC", session.callsign());
		assertEquals(new DirectoryStatus("JA1ABC", Optional.empty(), Optional.empty()), f.client.status(session));

		RegistrationRequest request = f.client.startRegistration(session, "ja1abc@example.ne.jp");
		DirectoryStatus pending = request.status();
		assertEquals(f.mailer.lastCheckIdByAddress.get("ja1abc@example.ne.jp"), request.checkId(),
				"the client learns the public id of the token mail");
		assertNotEquals(request.checkId(), f.mailer.lastTokenByAddress.get("ja1abc@example.ne.jp"));
		assertEquals(Optional.empty(), pending.address(), "nothing is registered before the token comes back");
		assertEquals(Optional.of("ja1abc@example.ne.jp"), pending.pendingAddress());
		DirectoryException wrong = assertThrows(DirectoryException.class,
				() -> f.client.confirmRegistration(session, "not-the-token"));
		assertEquals(DirectoryException.Problem.TOKEN_INVALID, wrong.problem());
		assertFalse(f.client.status(session).isRegistered());

		String token = f.mailer.lastTokenByAddress.get("ja1abc@example.ne.jp");
		DirectoryStatus registered = f.client.confirmRegistration(session, token);
		assertEquals(Optional.of("ja1abc@example.ne.jp"), registered.address());
		assertEquals(Optional.empty(), registered.pendingAddress());
		assertEquals(DirectoryException.Problem.TOKEN_INVALID, assertThrows(DirectoryException.class,
				() -> f.client.confirmRegistration(session, token)).problem(), "a token is used once");

		DirectorySession other = registered(f, "JA2XYZ", "ja2xyz@example.jp");
		assertEquals(Optional.of("ja1abc@example.ne.jp"), f.client.lookup(other, Callsign.parse("JA1ABC/1")),
				"a portable form finds the base call's address");
		Map<Callsign, Optional<String>> bulk = f.client.lookup(other,
				List.of(Callsign.parse("JA1ABC"), Callsign.parse("7J1/JA2XYZ"), Callsign.parse("JA3NON")));
		assertEquals(Optional.of("ja1abc@example.ne.jp"), bulk.get(Callsign.parse("JA1ABC")));
		assertEquals(Optional.of("ja2xyz@example.jp"), bulk.get(Callsign.parse("7J1/JA2XYZ")));
		assertEquals(Optional.empty(), bulk.get(Callsign.parse("JA3NON")));

		assertFalse(f.client.unregister(session).isRegistered());
		assertEquals(Optional.empty(), f.client.lookup(other, Callsign.parse("JA1ABC")));
	}

	@Test
	void tokensExpire() throws Exception {
		f.client.createStation("JA1EXP", PASSWORD);
		DirectorySession session = f.client.login("JA1EXP", PASSWORD);
		f.client.startRegistration(session, "exp@example.jp");
		f.clock.advance(DirectoryStore.TOKEN_LIFETIME.plusSeconds(1));
		assertEquals(DirectoryException.Problem.TOKEN_INVALID, assertThrows(DirectoryException.class,
				() -> f.client.confirmRegistration(session, f.mailer.lastTokenByAddress.get("exp@example.jp"))).problem());
		assertEquals(Optional.empty(), f.client.status(session).pendingAddress());
		f.clock.advance(DirectoryStore.SESSION_LIFETIME);
		assertEquals(DirectoryException.Problem.NOT_LOGGED_IN,
				assertThrows(DirectoryException.class, () -> f.client.status(session)).problem());
	}

	@Test
	void anotherStationsTokenDoesNotWork() throws Exception {
		f.client.createStation("JA1AAA", PASSWORD);
		f.client.createStation("JA1BBB", PASSWORD);
		DirectorySession a = f.client.login("JA1AAA", PASSWORD);
		DirectorySession b = f.client.login("JA1BBB", PASSWORD);
		f.client.startRegistration(a, "a@example.jp");
		String tokenOfA = f.mailer.lastTokenByAddress.get("a@example.jp");
		assertThrows(DirectoryException.class, () -> f.client.confirmRegistration(b, tokenOfA));
		assertFalse(f.client.status(b).isRegistered());
	}

	@Test
	void loginsAreRateLimited() throws Exception {
		f.client.createStation("JA1RAT", PASSWORD);
		for (int i = 0; i < DirectoryStore.MAX_FAILURES_PER_CALLSIGN; i++) {
			assertEquals(DirectoryException.Problem.WRONG_LOGIN, assertThrows(DirectoryException.class,
					() -> f.client.login("JA1RAT", "wrong password".toCharArray())).problem());
		}
		assertEquals(DirectoryException.Problem.RATE_LIMITED,
				assertThrows(DirectoryException.class, () -> f.client.login("JA1RAT", PASSWORD)).problem(),
				"even the right password waits");
		f.clock.advance(DirectoryStore.FAILURE_WINDOW.plusSeconds(1));
		assertEquals("JA1RAT", f.client.login("JA1RAT", PASSWORD).callsign());
	}

	@Test
	void failedTokenMailRegistersNothing() throws Exception {
		f.client.createStation("JA1FAI", PASSWORD);
		DirectorySession session = f.client.login("JA1FAI", PASSWORD);
		f.mailer.failing = true;
		try {
			assertEquals(DirectoryException.Problem.TOKEN_MAIL_FAILED, assertThrows(DirectoryException.class,
					() -> f.client.startRegistration(session, "fai@example.jp")).problem());
		} finally {
			f.mailer.failing = false;
		}
		assertFalse(f.client.status(session).isRegistered());
	}

	/** Many stations at once, bounded: each registers, everybody looks everybody up. */
	@Test
	void concurrentRegistrationsAndLookups() throws Exception {
		int stations = 16;
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<DirectorySession>> sessions = new ArrayList<>();
			for (int i = 0; i < stations; i++) {
				String call = "JA" + (i % 10) + "C" + (char) ('A' + i);
				sessions.add(pool.submit(() -> registered(f, call, call.toLowerCase() + "@example.jp")));
			}
			List<Callsign> calls = new ArrayList<>();
			List<Callable<Map<Callsign, Optional<String>>>> lookups = new ArrayList<>();
			for (Future<DirectorySession> session : sessions) {
				calls.add(Callsign.parse(session.get().callsign()));
			}
			for (Future<DirectorySession> session : sessions) {
				DirectorySession s = session.get();
				lookups.add(() -> f.client.lookup(s, calls));
			}
			for (Future<Map<Callsign, Optional<String>>> result : pool.invokeAll(lookups)) {
				for (Callsign call : calls) {
					assertEquals(Optional.of(call.text().toLowerCase() + "@example.jp"), result.get().get(call));
				}
			}
			// The same token confirmed by two requests at once: exactly one wins.
			f.client.createStation("JA9TWO", PASSWORD);
			DirectorySession two = f.client.login("JA9TWO", PASSWORD);
			f.client.startRegistration(two, "two@example.jp");
			String token = f.mailer.lastTokenByAddress.get("two@example.jp");
			AtomicInteger wins = new AtomicInteger();
			List<Callable<Void>> racers = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				racers.add(() -> {
					try {
						f.client.confirmRegistration(two, token);
						wins.incrementAndGet();
					} catch (DirectoryException e) {
						assertEquals(DirectoryException.Problem.TOKEN_INVALID, e.problem());
					}
					return null;
				});
			}
			for (Future<Void> racer : pool.invokeAll(racers)) {
				racer.get();
			}
			assertEquals(1, wins.get());
		} finally {
			pool.shutdown();
			assertTrue(pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS));
		}
	}

	@Test
	void duplicateStationIsRefused() throws Exception {
		f.client.createStation("JA1DUP", PASSWORD);
		assertEquals(DirectoryException.Problem.STATION_EXISTS,
				assertThrows(DirectoryException.class, () -> f.client.createStation("JA1DUP/P", PASSWORD)).problem());
		assertEquals(DirectoryException.Problem.WEAK_PASSWORD,
				assertThrows(DirectoryException.class, () -> f.client.createStation("JA1SHO", "short".toCharArray())).problem());
	}

}
