package org.qslmail.core;

import java.util.Objects;

/**
 * A malformed line in a mode-alias table: carries the 1-based line number and the reason; the message is
 * localised.
 */
public final class ModeAliasException extends InvalidInputException {

	private static final long serialVersionUID = 1L;

	/** Why a line was rejected. */
	public enum Reason {
		/** The line has no {@code =}. */
		MISSING_EQUALS,
		/** The line has more than one {@code =}. */
		EXTRA_EQUALS,
		/** Nothing in front of {@code =}. */
		EMPTY_CANONICAL,
		/** Nothing after {@code =}, or an empty entry in a comma list. */
		EMPTY_ALIAS,
		/** A mode made an alias of itself. */
		SELF_ALIAS,
		/** The alias already stands for another mode. */
		CONFLICT,
		/** An alias used as a canonical mode, or a canonical mode used as an alias. */
		CHAINED
	}

	private final Reason reason;
	private final int lineNumber;

	ModeAliasException(Reason reason, int lineNumber, String line, String message) {
		super(message, line);
		this.reason = Objects.requireNonNull(reason);
		this.lineNumber = lineNumber;
	}

	/** @return why the line was rejected */
	public Reason reason() {
		return reason;
	}

	/** @return the 1-based number of the rejected line */
	public int lineNumber() {
		return lineNumber;
	}
}
