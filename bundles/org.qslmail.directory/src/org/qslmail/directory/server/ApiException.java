package org.qslmail.directory.server;

/** A request the server refuses, with the error and the field concerned. */
final class ApiException extends Exception {

	private static final long serialVersionUID = 1L;

	final ApiError error;
	final String field;

	ApiException(ApiError error, String field) {
		super(error.text());
		this.error = error;
		this.field = field;
	}

	ApiException(ApiError error) {
		this(error, null);
	}
}
