package org.qslmail.directory.server;

/** The errors of the directory API: a stable code for programs, the HTTP status, and English text. */
public enum ApiError {
	BAD_JSON(400, "The body is not a JSON object."), //$NON-NLS-1$
	UNKNOWN_FIELD(400, "Unknown field."), //$NON-NLS-1$
	MISSING_FIELD(400, "A required field is missing."), //$NON-NLS-1$
	BAD_CALLSIGN(400, "Not a callsign."), //$NON-NLS-1$
	BAD_ADDRESS(400, "Not a mail address."), //$NON-NLS-1$
	WEAK_PASSWORD(400, "The password needs at least 10 characters."), //$NON-NLS-1$
	BODY_TOO_LARGE(413, "The body is too large."), //$NON-NLS-1$
	TOO_MANY_CALLSIGNS(400, "Too many callsigns in one lookup."), //$NON-NLS-1$
	NOT_LOGGED_IN(401, "Log in first."), //$NON-NLS-1$
	WRONG_LOGIN(401, "Callsign or password is wrong."), //$NON-NLS-1$
	RATE_LIMITED(429, "Too many failed logins; wait before trying again."), //$NON-NLS-1$
	STATION_EXISTS(409, "The callsign already has an account."), //$NON-NLS-1$
	TOKEN_INVALID(400, "The token is wrong, used or expired."), //$NON-NLS-1$
	TOKEN_MAIL_FAILED(502, "The token mail could not be sent."), //$NON-NLS-1$
	NOT_FOUND(404, "Not found."), //$NON-NLS-1$
	METHOD_NOT_ALLOWED(405, "Method not allowed."), //$NON-NLS-1$
	SERVER(500, "Server error."); //$NON-NLS-1$

	private final int status;
	private final String text;

	ApiError(int status, String text) {
		this.status = status;
		this.text = text;
	}

	public int status() {
		return status;
	}

	public String text() {
		return text;
	}

	/** The code in responses, e.g. {@code bad_callsign}. */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
