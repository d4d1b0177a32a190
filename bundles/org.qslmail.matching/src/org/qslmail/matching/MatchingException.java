package org.qslmail.matching;

/**
 * Matching could not read its sources or write its marks (the log store failed, a file could not be read).
 * The message is for the user, in the user's language. Unchecked because {@link QsoSource} streams through
 * a callback; the store's own {@code LogException} is the cause.
 */
public class MatchingException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public MatchingException(String message, Throwable cause) {
		super(message, cause);
	}

	public MatchingException(String message) {
		super(message);
	}
}
