package org.qslmail.log;

/** A QSO log operation failed; the message is in the user's language and says what to do. */
public class LogException extends Exception {

	private static final long serialVersionUID = 1L;

	public LogException(String message) {
		super(message);
	}

	public LogException(String message, Throwable cause) {
		super(message, cause);
	}
}
