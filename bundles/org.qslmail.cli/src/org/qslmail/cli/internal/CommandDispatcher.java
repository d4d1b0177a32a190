package org.qslmail.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.qslmail.cli.CliCommand;
import org.qslmail.cli.ExitCode;
import org.qslmail.cli.UsageException;

/**
 * Reads the {@code qslmail} arguments: the global options {@code --version} and
 * {@code --help}, {@code help <command>}, and dispatches everything else to the
 * {@link CliCommand} service of that name.
 */
@Component(service = CommandDispatcher.class)
public final class CommandDispatcher {

	private static final String HELP = "help"; //$NON-NLS-1$

	// Sorted so the help lists commands alphabetically; concurrent because commands come and go.
	private final Map<String, CliCommand> commands = new ConcurrentSkipListMap<>();

	private final ProductVersion version;

	public CommandDispatcher() {
		this(ProductVersion.ofRunningProduct());
	}

	CommandDispatcher(ProductVersion version) {
		this.version = version;
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addCommand(CliCommand command) {
		// The first command of a name wins; a second one of the same name stays unused.
		commands.putIfAbsent(command.name(), command);
	}

	void removeCommand(CliCommand command) {
		commands.remove(command.name(), command);
	}

	/** The names of the commands available now, sorted. */
	public List<String> commandNames() {
		return List.copyOf(commands.keySet());
	}

	/** Runs one command line and returns its {@link ExitCode}. */
	public int execute(List<String> arguments, PrintWriter out, PrintWriter err) {
		if (arguments.isEmpty()) {
			printUsage(err);
			return ExitCode.USAGE;
		}
		String first = arguments.get(0);
		List<String> rest = arguments.subList(1, arguments.size());
		switch (first) {
		case "--version", "-V": //$NON-NLS-1$ //$NON-NLS-2$
			if (!rest.isEmpty()) {
				return usageError(err, NLS.bind(Messages.CommandDispatcher_unexpectedArgument, rest.get(0)));
			}
			out.println(version.describe());
			return ExitCode.OK;
		case "--help", "-h", HELP: //$NON-NLS-1$ //$NON-NLS-2$
			return help(rest, out, err);
		default:
			if (first.startsWith("-")) { //$NON-NLS-1$
				return usageError(err, NLS.bind(Messages.CommandDispatcher_unknownOption, first));
			}
			CliCommand command = commands.get(first);
			if (command == null) {
				return usageError(err, NLS.bind(Messages.CommandDispatcher_unknownCommand, first));
			}
			return run(command, rest, out, err);
		}
	}

	private int run(CliCommand command, List<String> arguments, PrintWriter out, PrintWriter err) {
		try {
			return command.run(arguments, out, err);
		} catch (UsageException e) {
			err.println(e.getMessage());
			err.println(NLS.bind(Messages.CommandDispatcher_seeCommandHelp, command.name()));
			return ExitCode.USAGE;
		}
	}

	private int help(List<String> arguments, PrintWriter out, PrintWriter err) {
		if (arguments.isEmpty()) {
			printUsage(out);
			return ExitCode.OK;
		}
		if (arguments.size() > 1) {
			return usageError(err, NLS.bind(Messages.CommandDispatcher_unexpectedArgument, arguments.get(1)));
		}
		CliCommand command = commands.get(arguments.get(0));
		if (command == null) {
			return usageError(err, NLS.bind(Messages.CommandDispatcher_unknownCommand, arguments.get(0)));
		}
		out.println(command.help());
		return ExitCode.OK;
	}

	private void printUsage(PrintWriter out) {
		out.println(Messages.CommandDispatcher_usage);
		out.println();
		out.println(Messages.CommandDispatcher_commandsHeading);
		int width = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
		width = Math.max(width, HELP.length());
		out.println(String.format("  %-" + width + "s  %s", HELP, Messages.CommandDispatcher_helpSummary)); //$NON-NLS-1$ //$NON-NLS-2$
		for (CliCommand command : commands.values()) {
			out.println(String.format("  %-" + width + "s  %s", command.name(), command.summary())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		out.println();
		out.println(Messages.CommandDispatcher_exitCodes);
	}

	private static int usageError(PrintWriter err, String message) {
		err.println(message);
		err.println(Messages.CommandDispatcher_seeHelp);
		return ExitCode.USAGE;
	}
}
