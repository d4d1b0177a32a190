package org.qslmail.directory;

import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.qslmail.directory.internal.Messages;

/** A directory request that failed, with what to do about it in the user's language. */
public final class DirectoryException extends Exception {

	private static final long serialVersionUID = 1L;

	/** What went wrong, for programs; the message says it for people. */
	public enum Problem {
		CONNECT, TIMEOUT, WRONG_LOGIN, RATE_LIMITED, NOT_LOGGED_IN, BAD_CALLSIGN, BAD_ADDRESS, WEAK_PASSWORD,
		STATION_EXISTS, TOKEN_INVALID, TOKEN_MAIL_FAILED, REFUSED, SERVER
	}

	private final Problem problem;
	private final String field;

	public DirectoryException(Problem problem, String field, String detail, Throwable cause) {
		super(message(problem, detail), cause);
		this.problem = problem;
		this.field = field;
	}

	public Problem problem() {
		return problem;
	}

	/** The request field the server objected to, if it named one. */
	public Optional<String> field() {
		return Optional.ofNullable(field);
	}

	private static String message(Problem problem, String detail) {
		String text = switch (problem) {
		case CONNECT -> Messages.Problem_connect;
		case TIMEOUT -> Messages.Problem_timeout;
		case WRONG_LOGIN -> Messages.Problem_wrongLogin;
		case RATE_LIMITED -> Messages.Problem_rateLimited;
		case NOT_LOGGED_IN -> Messages.Problem_notLoggedIn;
		case BAD_CALLSIGN -> Messages.Problem_badCallsign;
		case BAD_ADDRESS -> Messages.Problem_badAddress;
		case WEAK_PASSWORD -> Messages.Problem_weakPassword;
		case STATION_EXISTS -> Messages.Problem_stationExists;
		case TOKEN_INVALID -> Messages.Problem_tokenInvalid;
		case TOKEN_MAIL_FAILED -> Messages.Problem_tokenMailFailed;
		case REFUSED -> Messages.Problem_refused;
		case SERVER -> Messages.Problem_server;
		};
		return NLS.bind(text, detail == null ? "" : detail); //$NON-NLS-1$
	}
}
