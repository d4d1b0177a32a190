package org.qslmail.cli;

/**
 * Thrown by a {@link CliCommand} whose arguments are wrong. The message, already in the
 * user's language, is printed with a pointer to the command's help; the exit code is
 * {@link ExitCode#USAGE}.
 */
public class UsageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
