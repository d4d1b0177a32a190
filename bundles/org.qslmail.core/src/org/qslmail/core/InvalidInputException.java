package org.qslmail.core;

import java.util.Objects;

/**
 * Text that cannot be turned into a domain value. The message is localised and meant for the user;
 * {@link #input()} keeps the offending text for logs and for highlighting it in a form.
 */
public class InvalidInputException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String input;

	/**
	 * @param message localised, user-visible message
	 * @param input   the text that was rejected ({@code null} is kept as an empty string)
	 */
	public InvalidInputException(String message, String input) {
		super(Objects.requireNonNull(message, "message")); //$NON-NLS-1$
		this.input = input == null ? "" : input; //$NON-NLS-1$
	}

	/** @return the rejected text, never {@code null} */
	public String input() {
		return input;
	}
}
