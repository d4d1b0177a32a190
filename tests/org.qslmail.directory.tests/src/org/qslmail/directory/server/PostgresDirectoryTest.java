package org.qslmail.directory.server;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The directory over a real PostgreSQL server, as a deployment serving many stations runs it; two server
 * processes share one database the way several stateless servers behind one database do.
 */
class PostgresDirectoryTest extends DirectoryContractTest {

	private static PostgresServer postgres;
	private static final AtomicInteger DATABASES = new AtomicInteger();
	private String url;

	@BeforeAll
	static void startPostgres() throws Exception {
		postgres = PostgresServer.start();
	}

	@AfterAll
	static void stopPostgres() throws Exception {
		if (postgres != null) {
			postgres.close();
		}
	}

	@BeforeEach
	void start() throws Exception {
		url = postgres.createDatabase("directory" + DATABASES.incrementAndGet());
		f = new DirectoryFixture(url, "qslmail", null);
	}

	@AfterEach
	void stop() {
		f.close();
	}

	@Test
	void twoServerProcessesShareOneDatabase() throws Exception {
		try (DirectoryFixture second = new DirectoryFixture(url, "qslmail", null)) {
			var session = registered(f, "JA1TWO", "two@example.jp");
			// A session opened on the first server is valid on the second, and the registration is seen there.
			assertTrue(second.client.status(session).isRegistered());
		}
	}
}
