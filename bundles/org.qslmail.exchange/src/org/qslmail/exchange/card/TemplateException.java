package org.qslmail.exchange.card;

/** A template file that cannot be read; the message says what to fix, in the user's language. */
public class TemplateException extends Exception {

	private static final long serialVersionUID = 1L;

	public TemplateException(String message) {
		super(message);
	}

	public TemplateException(String message, Throwable cause) {
		super(message, cause);
	}
}
