package org.qslmail.directory.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

	private final PasswordHashing hashing = new PasswordHashing(1000);

	@Test
	void rightPasswordMatchesAndWrongDoesNot() {
		String stored = hashing.hash("correct horse 73".toCharArray());
		assertTrue(stored.startsWith("pbkdf2-sha256$1000$"));
		assertTrue(PasswordHashing.matches("correct horse 73".toCharArray(), stored));
		assertFalse(PasswordHashing.matches("correct horse 74".toCharArray(), stored));
	}

	@Test
	void samePasswordGetsADifferentSaltEachTime() {
		assertNotEquals(hashing.hash("abc".toCharArray()), hashing.hash("abc".toCharArray()));
	}

	@Test
	void malformedStoredHashesNeverMatch() {
		for (String stored : new String[] { "", "plain", "pbkdf2-sha256$x$y$z", "md5$1$abc$def", "pbkdf2-sha256$1$!!$!!" }) {
			assertFalse(PasswordHashing.matches("x".toCharArray(), stored), stored);
		}
	}

	@Test
	void productionWorkFactorIsSlow() {
		assertTrue(PasswordHashing.ITERATIONS >= 600_000);
	}
}
