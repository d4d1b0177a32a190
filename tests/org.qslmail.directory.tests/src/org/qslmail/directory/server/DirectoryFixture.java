package org.qslmail.directory.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.qslmail.directory.DirectoryClient;

/** A directory server on loopback over a given database, with a clock the test can move. */
final class DirectoryFixture implements AutoCloseable {

	/** Captures the token mails instead of a mail server; the mail round trip is tested with the mail service. */
	static final class CapturingMailer implements TokenMailer {
		final Map<String, String> lastTokenByAddress = new ConcurrentHashMap<>();
		final Map<String, String> lastCheckIdByAddress = new ConcurrentHashMap<>();
		volatile boolean failing;

		@Override
		public void sendToken(String address, String callsign, String checkId, String token) throws Exception {
			if (failing) {
				throw new java.io.IOException("550 mailbox unavailable");
			}
			lastTokenByAddress.put(address, token);
			lastCheckIdByAddress.put(address, checkId);
		}
	}

	static final class MovableClock extends Clock {
		volatile Instant now = Instant.parse("2026-11-22T00:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	final MovableClock clock = new MovableClock();
	final CapturingMailer mailer = new CapturingMailer();
	final DirectoryStore store;
	final DirectoryServer server;
	final DirectoryClient client;
	final URI uri;

	DirectoryFixture(String jdbcUrl, String user, String password) throws Exception {
		// A low work factor keeps the tests quick; production uses PasswordHashing.ITERATIONS.
		store = new DirectoryStore(jdbcUrl, user, password, clock, new PasswordHashing(1000));
		server = DirectoryServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), store, mailer);
		uri = URI.create("http://127.0.0.1:" + server.address().getPort() + "/");
		client = new DirectoryClient(uri, Duration.ofSeconds(10));
	}

	@Override
	public void close() {
		server.close();
	}
}
