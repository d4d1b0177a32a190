package org.qslmail.account;

import java.util.Objects;

/** One thing wrong with the settings: the field to look at, whether it blocks the checks, and what to do. */
public record Issue(Field field, Severity severity, String message) {

	/** The fields of the setup screen. */
	public enum Field {
		CALLSIGN, DIRECTORY_PASSWORD, ADDRESS, ADDRESS_AGAIN, USER, PASSWORD, TIMEOUT, SMTP_HOST, SMTP_PORT,
		SMTP_SECURITY, SMTP_AUTH, SMTP_USER, RECEIVE_HOST, RECEIVE_PORT, RECEIVE_SECURITY, RECEIVE_AUTH, APOP
	}

	/** An error blocks the checks; a warning is advice (e.g. port 25 is often blocked). */
	public enum Severity {
		ERROR, WARNING
	}

	public Issue {
		Objects.requireNonNull(field);
		Objects.requireNonNull(severity);
		Objects.requireNonNull(message);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}
}
