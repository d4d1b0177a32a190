package org.qslmail.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * A sub-command of the {@code qslmail} command line, registered as an OSGi service.
 * The command line lists every registered command in its help and dispatches
 * {@code qslmail <name> [arguments]} to it.
 * <p>
 * Implementations write results to {@code out} and problems to {@code err}, in the
 * user's language, and return one of the {@link ExitCode} values. A command that
 * finds its arguments wrong may throw {@link UsageException} instead.
 */
public interface CliCommand {

	/** The word that selects this command, lower case, e.g. {@code log}. Never translated. */
	String name();

	/** One line for the command list of {@code qslmail --help}, in the user's language. */
	String summary();

	/** The full help of {@code qslmail help <name>}, in the user's language. */
	String help();

	/**
	 * Runs the command.
	 *
	 * @param arguments the words after the command name
	 * @return {@link ExitCode#OK}, {@link ExitCode#FAILED} or {@link ExitCode#USAGE}
	 */
	int run(List<String> arguments, PrintWriter out, PrintWriter err);
}
