package org.qslmail.cli;

/** Exit codes of the {@code qslmail} command line; scripts of contest stations rely on them. */
public final class ExitCode {

	/** The operation succeeded. */
	public static final int OK = 0;

	/** The operation was understood but failed (server refused, file unreadable, ...). */
	public static final int FAILED = 1;

	/** The command line itself was wrong: unknown command or option, missing argument. */
	public static final int USAGE = 2;

	private ExitCode() {
	}
}
