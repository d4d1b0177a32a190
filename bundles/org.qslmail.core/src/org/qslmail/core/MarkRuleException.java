package org.qslmail.core;

import java.util.Objects;

/**
 * A malformed mark rule: carries the reason and the 1-based character position in the rule text where the
 * problem starts; the message is localised.
 */
public final class MarkRuleException extends InvalidInputException {

	private static final long serialVersionUID = 1L;

	/** Why a rule was rejected. */
	public enum Reason {
		/** The rule is empty or blank. */
		EMPTY,
		/** Longer than {@link MarkRule#MAX_LENGTH} characters. */
		TOO_LONG,
		/** The first element (the mark for a blank position) is empty, e.g. {@code ;*=W}. */
		EMPTY_BLANK_MARK,
		/** The first element is a pair, e.g. {@code *=W;e=X}: the mark for blank is missing. */
		BLANK_MARK_IS_PAIR,
		/** Two semicolons in a row. */
		EMPTY_ELEMENT,
		/** An element after the first has no {@code =}. */
		MISSING_EQUALS,
		/** Nothing in front of {@code =}. */
		EMPTY_OLD,
		/** Nothing after {@code =}. */
		EMPTY_NEW,
		/** A mark longer than one character (including a second {@code =}). */
		NOT_SINGLE_CHARACTER,
		/** A mark that cannot stand in the QSL column (space, control character, …). */
		INVALID_CHARACTER,
		/** The same old character in two pairs. */
		DUPLICATE_OLD
	}

	private final Reason reason;
	private final int position;

	MarkRuleException(Reason reason, int position, String rule, String message) {
		super(message, rule);
		this.reason = Objects.requireNonNull(reason);
		this.position = position;
	}

	/** @return why the rule was rejected */
	public Reason reason() {
		return reason;
	}

	/** @return the 1-based position in the rule text where the problem starts */
	public int position() {
		return position;
	}
}
