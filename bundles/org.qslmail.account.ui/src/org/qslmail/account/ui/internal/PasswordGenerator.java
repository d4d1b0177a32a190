package org.qslmail.account.ui.internal;

import java.security.SecureRandom;

/** Random passwords for the "Generate" button: letters and digits without look-alikes (0/O, 1/l/I). */
final class PasswordGenerator {

	static final int MIN_LENGTH = 8;
	static final int MAX_LENGTH = 64;
	static final int DEFAULT_LENGTH = 16;
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"; //$NON-NLS-1$
	private static final SecureRandom RANDOM = new SecureRandom();

	private PasswordGenerator() {
	}

	static String generate(int length) {
		int n = Math.max(MIN_LENGTH, Math.min(MAX_LENGTH, length));
		StringBuilder b = new StringBuilder(n);
		for (int i = 0; i < n; i++) {
			b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return b.toString();
	}
}
