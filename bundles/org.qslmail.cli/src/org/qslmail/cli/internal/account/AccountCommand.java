package org.qslmail.cli.internal.account;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.qslmail.account.AccountException;
import org.qslmail.account.AccountFile;
import org.qslmail.account.AccountProperties;
import org.qslmail.account.AccountService;
import org.qslmail.account.AccountSettings;
import org.qslmail.account.AccountStore;
import org.qslmail.account.AccountValidator;
import org.qslmail.account.Issue;
import org.qslmail.cli.CliCommand;
import org.qslmail.cli.ExitCode;
import org.qslmail.cli.UsageException;
import org.qslmail.cli.internal.Messages;

/**
 * {@code qslmail account list | export FILE [--callsign CALL] | import FILE [--callsign CALL]}: the saved
 * accounts of the stations, and their account files (the backup format, never a password).
 */
@Component(service = CliCommand.class)
public final class AccountCommand implements CliCommand {

	private AccountService service;

	@Reference
	void setService(AccountService service) {
		this.service = service;
	}

	@Override
	public String name() {
		return "account"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.AccountCommand_summary;
	}

	@Override
	public String help() {
		return Messages.AccountCommand_help;
	}

	@Override
	public int run(List<String> arguments, PrintWriter out, PrintWriter err) {
		if (arguments.isEmpty()) {
			throw new UsageException(Messages.AccountCommand_noSubcommand);
		}
		List<String> rest = new ArrayList<>(arguments.subList(1, arguments.size()));
		String callsign = option(rest, "--callsign"); //$NON-NLS-1$
		return switch (arguments.get(0)) {
		case "list" -> { //$NON-NLS-1$
			noMore(rest, 0);
			yield list(out, err);
		}
		case "export" -> { //$NON-NLS-1$
			noMore(rest, 1);
			yield export(Path.of(rest.get(0)), callsign, out, err);
		}
		case "import" -> { //$NON-NLS-1$
			noMore(rest, 1);
			yield importFile(Path.of(rest.get(0)), callsign, out, err);
		}
		default -> throw new UsageException(NLS.bind(Messages.CommandDispatcher_unexpectedArgument, arguments.get(0)));
		};
	}

	private static String option(List<String> args, String name) {
		int i = args.indexOf(name);
		if (i < 0) {
			return null;
		}
		if (i + 1 >= args.size()) {
			throw new UsageException(NLS.bind(Messages.AccountCommand_missingValue, name));
		}
		String value = args.get(i + 1);
		args.remove(i + 1);
		args.remove(i);
		return value;
	}

	private static void noMore(List<String> rest, int files) {
		for (String a : rest) {
			if (a.startsWith("--")) { //$NON-NLS-1$
				throw new UsageException(NLS.bind(Messages.CommandDispatcher_unexpectedArgument, a));
			}
		}
		if (rest.size() < files) {
			throw new UsageException(Messages.AccountCommand_missingFile);
		}
		if (rest.size() > files) {
			throw new UsageException(NLS.bind(Messages.CommandDispatcher_unexpectedArgument, rest.get(files)));
		}
	}

	private int list(PrintWriter out, PrintWriter err) {
		try {
			AccountStore store = service.store();
			Optional<String> current = store.current();
			List<String> calls = store.callsigns();
			if (calls.isEmpty()) {
				out.println(Messages.AccountCommand_none);
			}
			for (String call : calls) {
				AccountSettings s = store.load(call).orElseThrow();
				out.println(NLS.bind(Messages.AccountCommand_line, new Object[] {
						(current.isPresent() && current.get().equals(call) ? "* " : "  ") + call, //$NON-NLS-1$ //$NON-NLS-2$
						s.address().isEmpty() ? "-" : s.address(), //$NON-NLS-1$
						"smtp " + s.smtpHost() + ':' + s.smtpPort() + ' ' + s.smtpSecurity().id(), //$NON-NLS-1$
						s.receiveProtocol().id() + ' ' + s.receiveHost() + ':' + s.receivePort() + ' '
								+ s.receiveSecurity().id() }));
			}
			for (String problem : store.deploymentDefaults().problems()) {
				err.println(NLS.bind(Messages.AccountCommand_defaultsProblem, problem));
			}
			return ExitCode.OK;
		} catch (AccountException e) {
			err.println(e.getMessage());
			return ExitCode.FAILED;
		}
	}

	private int export(Path file, String callsign, PrintWriter out, PrintWriter err) {
		try {
			AccountStore store = service.store();
			String call = callsign != null ? callsign.strip().toUpperCase(Locale.ROOT) : store.current().orElse(null);
			if (call == null) {
				List<String> calls = store.callsigns();
				call = calls.size() == 1 ? calls.get(0) : null;
			}
			if (call == null) {
				err.println(Messages.AccountCommand_whichStation);
				return ExitCode.FAILED;
			}
			Optional<AccountSettings> settings = store.load(call);
			if (settings.isEmpty()) {
				err.println(NLS.bind(Messages.AccountCommand_noSuchStation, call));
				return ExitCode.FAILED;
			}
			AccountFile.write(settings.get(), file);
			out.println(NLS.bind(Messages.AccountCommand_exported, call, file));
			return ExitCode.OK;
		} catch (AccountException | IOException e) {
			err.println(NLS.bind(Messages.AccountCommand_writeFailed, file, e.getMessage()));
			return ExitCode.FAILED;
		}
	}

	private int importFile(Path file, String callsign, PrintWriter out, PrintWriter err) {
		AccountProperties.Parsed parsed;
		try {
			if (!Files.isRegularFile(file)) {
				throw new NoSuchFileException(file.toString());
			}
			AccountSettings base = service.store().newAccount(""); //$NON-NLS-1$
			parsed = AccountFile.read(file, base);
		} catch (IOException e) {
			err.println(NLS.bind(Messages.AccountCommand_readFailed, file, e.getMessage()));
			return ExitCode.FAILED;
		}
		AccountSettings settings = parsed.settings();
		if (callsign != null) {
			settings.callsign(callsign.strip().toUpperCase(Locale.ROOT));
		}
		List<String> problems = new ArrayList<>(parsed.problems());
		for (Issue issue : AccountValidator.validate(settings, null, null)) {
			if (issue.isError()) {
				problems.add(issue.message());
			}
		}
		if (!problems.isEmpty()) {
			err.println(NLS.bind(Messages.AccountCommand_problems, file, problems.size()));
			for (String problem : problems) {
				err.println("  - " + problem); //$NON-NLS-1$
			}
			return ExitCode.FAILED;
		}
		try {
			service.store().save(settings);
		} catch (AccountException e) {
			err.println(e.getMessage());
			return ExitCode.FAILED;
		}
		out.println(NLS.bind(Messages.AccountCommand_imported, settings.callsign(), file));
		for (Issue issue : AccountValidator.validate(settings, null, null)) {
			out.println(NLS.bind(Messages.AccountCommand_warning, issue.message()));
		}
		return ExitCode.OK;
	}
}
