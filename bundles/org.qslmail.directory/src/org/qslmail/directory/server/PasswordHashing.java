package org.qslmail.directory.server;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Slow salted password hashes (PBKDF2 with HMAC-SHA-256, OWASP's 2023 work factor), stored as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} so the work factor can grow without breaking old hashes.
 */
public final class PasswordHashing {

	public static final int ITERATIONS = 600_000;
	private static final String PREFIX = "pbkdf2-sha256"; //$NON-NLS-1$
	private static final SecureRandom RANDOM = new SecureRandom();

	private final int iterations;

	public PasswordHashing() {
		this(ITERATIONS);
	}

	/** Fewer iterations only for tests. */
	public PasswordHashing(int iterations) {
		this.iterations = iterations;
	}

	public String hash(char[] password) {
		byte[] salt = new byte[16];
		RANDOM.nextBytes(salt);
		return PREFIX + '$' + iterations + '$' + b64(salt) + '$' + b64(derive(password, salt, iterations));
	}

	/** Compares in constant time; a malformed stored hash never matches. */
	public static boolean matches(char[] password, String stored) {
		String[] parts = stored.split("\\$"); //$NON-NLS-1$
		if (parts.length != 4 || !PREFIX.equals(parts[0])) {
			return false;
		}
		try {
			int rounds = Integer.parseInt(parts[1]);
			byte[] salt = Base64.getDecoder().decode(parts[2]);
			byte[] expected = Base64.getDecoder().decode(parts[3]);
			return MessageDigest.isEqual(expected, derive(password, salt, rounds));
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	private static byte[] derive(char[] password, byte[] salt, int rounds) {
		PBEKeySpec spec = new PBEKeySpec(password, salt, rounds, 256);
		try {
			return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded(); //$NON-NLS-1$
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(e); // every Java 21 runtime has PBKDF2WithHmacSHA256
		} finally {
			spec.clearPassword();
		}
	}

	private static String b64(byte[] bytes) {
		return Base64.getEncoder().withoutPadding().encodeToString(bytes);
	}
}
