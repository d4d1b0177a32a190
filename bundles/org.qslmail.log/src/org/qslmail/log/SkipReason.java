package org.qslmail.log;

import org.qslmail.log.internal.Messages;

/** Why an import skipped a record. */
public enum SkipReason {
	/** The record breaks the file's syntax (a malformed tag, a quote left open, binary junk). */
	SYNTAX,
	/** The file ends inside a record or field. */
	TRUNCATED,
	/** A required field (CALL, QSO_DATE, TIME_ON) is missing or empty. */
	MISSING_FIELD,
	/** The call is not a callsign. */
	BAD_CALL,
	/** The date cannot be read. */
	BAD_DATE,
	/** The time cannot be read. */
	BAD_TIME,
	/** A field is longer than the import accepts. */
	FIELD_TOO_LONG,
	/** A Cabrillo {@code X-QSO:} line (logged, but excluded by the operator). */
	EXCLUDED;

	/** The reason in the user's language. */
	public String label() {
		return switch (this) {
		case SYNTAX -> Messages.SkipReason_syntax;
		case TRUNCATED -> Messages.SkipReason_truncated;
		case MISSING_FIELD -> Messages.SkipReason_missingField;
		case BAD_CALL -> Messages.SkipReason_badCall;
		case BAD_DATE -> Messages.SkipReason_badDate;
		case BAD_TIME -> Messages.SkipReason_badTime;
		case FIELD_TOO_LONG -> Messages.SkipReason_fieldTooLong;
		case EXCLUDED -> Messages.SkipReason_excluded;
		};
	}
}
