package org.qslmail.cli.internal.log;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.qslmail.cli.CliCommand;
import org.qslmail.cli.ExitCode;
import org.qslmail.cli.UsageException;
import org.qslmail.cli.internal.CommandLog;
import org.qslmail.cli.internal.Messages;
import org.qslmail.log.ImportOptions;
import org.qslmail.log.ImportProblem;
import org.qslmail.log.ImportSummary;
import org.qslmail.log.LogException;
import org.qslmail.log.LogFormat;
import org.qslmail.log.LogStats;
import org.qslmail.log.QsoFilter;
import org.qslmail.log.QsoLogService;
import org.qslmail.log.QsoStore;
import org.qslmail.log.SkipReason;

/**
 * {@code qslmail log import FILE…}, {@code qslmail log export --format F FILE}, {@code qslmail log stats [--json]}.
 * The log is the one of the data folder (as in the window) unless {@code --log-db PATH} names another.
 */
@Component(service = CliCommand.class)
public final class LogCommand implements CliCommand {

	/** How many skipped records an import lists; the counts cover all. */
	static final int PROBLEMS_SHOWN = 20;

	private QsoLogService service;

	public LogCommand() {
	}

	/** For tests: a command on a given service. */
	LogCommand(QsoLogService service) {
		this.service = service;
	}

	@Reference
	void setLogService(QsoLogService value) {
		this.service = value;
	}

	@Override
	public String name() {
		return "log"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.LogCommand_summary;
	}

	@Override
	public String help() {
		return Messages.LogCommand_help;
	}

	@Override
	public int run(List<String> arguments, PrintWriter out, PrintWriter err) {
		if (arguments.isEmpty()) {
			throw new UsageException(Messages.LogCommand_noSubcommand);
		}
		String sub = arguments.get(0);
		Options o = Options.parse(arguments.subList(1, arguments.size()));
		switch (sub) {
		case "import": //$NON-NLS-1$
			if (o.files.isEmpty()) {
				throw new UsageException(Messages.LogCommand_importNoFile);
			}
			o.rejectJson();
			break;
		case "export": //$NON-NLS-1$
			if (o.files.size() != 1) {
				throw new UsageException(Messages.LogCommand_exportOneFile);
			}
			if (o.format == null) {
				throw new UsageException(Messages.LogCommand_exportNoFormat);
			}
			if (!o.format.canWrite()) {
				throw new UsageException(NLS.bind(Messages.LogCommand_cannotWrite, o.format.id()));
			}
			o.rejectImport();
			o.rejectJson();
			break;
		case "stats": //$NON-NLS-1$
			if (!o.files.isEmpty()) {
				throw new UsageException(NLS.bind(Messages.LogCommand_unexpected, o.files.get(0)));
			}
			o.rejectImport();
			if (o.format != null) {
				throw new UsageException(NLS.bind(Messages.LogCommand_optionNotFor, "--format", sub)); //$NON-NLS-1$
			}
			break;
		default:
			throw new UsageException(NLS.bind(Messages.LogCommand_unknownSubcommand, sub));
		}
		try (CommandLog log = CommandLog.open(o.logDb, service)) {
			QsoStore store = log.store();
			return switch (sub) {
			case "import" -> importFiles(store, o, out, err); //$NON-NLS-1$
			case "export" -> export(store, o, out); //$NON-NLS-1$
			default -> stats(store, o.json, out);
			};
		} catch (LogException e) {
			err.println(e.getMessage());
			return ExitCode.FAILED;
		}
	}

	private static int importFiles(QsoStore store, Options o, PrintWriter out, PrintWriter err) {
		int result = ExitCode.OK;
		for (Path file : o.files) {
			if (!Files.isRegularFile(file)) {
				err.println(NLS.bind(Messages.LogCommand_noSuchFile, file));
				result = ExitCode.FAILED;
				continue;
			}
			ImportOptions options = ImportOptions.defaults();
			if (o.format != null) {
				options = options.withFormat(o.format);
			}
			if (o.charset != null) {
				options = options.withCharset(o.charset);
			}
			if (o.station != null) {
				options = options.withStationCallsign(o.station);
			}
			if (o.callField > 0) {
				options = options.withCabrilloCallField(o.callField);
			}
			try {
				ImportSummary s = store.importFile(file, options, new NullProgressMonitor());
				out.println(NLS.bind(Messages.LogCommand_imported, new Object[] { file, s.format().id(),
						Long.toString(s.imported()), Long.toString(s.duplicates()), Long.toString(s.skippedTotal()) }));
				for (Map.Entry<SkipReason, Long> e : s.skipped().entrySet()) {
					out.println(NLS.bind(Messages.LogCommand_skippedReason, e.getKey().label(), e.getValue()));
				}
				List<ImportProblem> problems = s.problems();
				for (int i = 0; i < Math.min(PROBLEMS_SHOWN, problems.size()); i++) {
					ImportProblem p = problems.get(i);
					err.println(NLS.bind(Messages.LogCommand_problem, new Object[] { file, Long.toString(p.line()),
							Long.toString(p.byteOffset()), p.reason().label(), p.detail() }));
				}
				if (s.skippedTotal() > PROBLEMS_SHOWN) {
					err.println(NLS.bind(Messages.LogCommand_moreProblems, Long.toString(s.skippedTotal() - PROBLEMS_SHOWN)));
				}
			} catch (LogException e) {
				err.println(e.getMessage());
				result = ExitCode.FAILED;
			}
		}
		return result;
	}

	private static int export(QsoStore store, Options o, PrintWriter out) throws LogException {
		Path file = o.files.get(0);
		long n = store.export(file, o.format, QsoFilter.ALL, new NullProgressMonitor());
		out.println(NLS.bind(Messages.LogCommand_exported, new Object[] { Long.toString(n), file, o.format.id() }));
		return ExitCode.OK;
	}

	private static int stats(QsoStore store, boolean json, PrintWriter out) throws LogException {
		LogStats s = store.stats();
		if (json) {
			out.println(toJson(s));
			return ExitCode.OK;
		}
		out.println(NLS.bind(Messages.LogCommand_statsTotal, new Object[] { Long.toString(s.qsos()),
				Long.toString(s.confirmed()), Long.toString(s.sent()), Long.toString(s.distinctCalls()) }));
		table(out, Messages.LogCommand_statsByBand, s.byBand());
		table(out, Messages.LogCommand_statsByMode, s.byMode());
		table(out, Messages.LogCommand_statsByMonth, s.byMonth());
		return ExitCode.OK;
	}

	private static void table(PrintWriter out, String heading, List<LogStats.Row> rows) {
		out.println();
		out.println(heading);
		for (LogStats.Row r : rows) {
			String key = r.key().isEmpty() ? "-" : r.key(); //$NON-NLS-1$
			out.println(String.format(Locale.ROOT, "  %-10s %10d %10d", key, r.qsos(), r.confirmed())); //$NON-NLS-1$
		}
	}

	static String toJson(LogStats s) {
		StringBuilder b = new StringBuilder();
		b.append("{\"qsos\":").append(s.qsos()).append(",\"confirmed\":").append(s.confirmed()) //$NON-NLS-1$ //$NON-NLS-2$
				.append(",\"sent\":").append(s.sent()).append(",\"calls\":").append(s.distinctCalls()); //$NON-NLS-1$ //$NON-NLS-2$
		rows(b, "byBand", s.byBand()); //$NON-NLS-1$
		rows(b, "byMode", s.byMode()); //$NON-NLS-1$
		rows(b, "byMonth", s.byMonth()); //$NON-NLS-1$
		return b.append('}').toString();
	}

	private static void rows(StringBuilder b, String name, List<LogStats.Row> rows) {
		b.append(",\"").append(name).append("\":["); //$NON-NLS-1$ //$NON-NLS-2$
		for (int i = 0; i < rows.size(); i++) {
			LogStats.Row r = rows.get(i);
			b.append(i == 0 ? "" : ",").append("{\"key\":\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (char c : r.key().toCharArray()) {
				if (c == '"' || c == '\\') {
					b.append('\\').append(c);
				} else if (c < 0x20) {
					b.append(String.format(Locale.ROOT, "\\u%04x", (int) c)); //$NON-NLS-1$
				} else {
					b.append(c);
				}
			}
			b.append("\",\"qsos\":").append(r.qsos()).append(",\"confirmed\":").append(r.confirmed()).append('}'); //$NON-NLS-1$ //$NON-NLS-2$
		}
		b.append(']');
	}

	/** The options of the sub-commands. */
	static final class Options {
		final List<Path> files = new ArrayList<>();
		LogFormat format;
		Charset charset;
		String station;
		int callField;
		Path logDb;
		boolean json;

		static Options parse(List<String> args) {
			Options o = new Options();
			for (int i = 0; i < args.size(); i++) {
				String a = args.get(i);
				switch (a) {
				case "--format" -> { //$NON-NLS-1$
					String v = value(args, ++i, a);
					o.format = LogFormat.ofId(v).orElseThrow(() -> new UsageException(NLS.bind(Messages.LogCommand_badFormat, v)));
				}
				case "--encoding" -> { //$NON-NLS-1$
					String v = value(args, ++i, a);
					try {
						o.charset = Charset.forName(v);
					} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
						throw new UsageException(NLS.bind(Messages.LogCommand_badEncoding, v));
					}
				}
				case "--station" -> o.station = value(args, ++i, a); //$NON-NLS-1$
				case "--cabrillo-call-field" -> { //$NON-NLS-1$
					String v = value(args, ++i, a);
					try {
						o.callField = Integer.parseInt(v);
					} catch (NumberFormatException e) {
						o.callField = -1;
					}
					if (o.callField < 6 || o.callField > 50) {
						throw new UsageException(NLS.bind(Messages.LogCommand_badCallField, v));
					}
				}
				case "--log-db" -> o.logDb = Path.of(value(args, ++i, a)); //$NON-NLS-1$
				case "--json" -> o.json = true; //$NON-NLS-1$
				default -> {
					if (a.startsWith("--")) { //$NON-NLS-1$
						throw new UsageException(NLS.bind(Messages.LogCommand_unknownOption, a));
					}
					o.files.add(Path.of(a));
				}
				}
			}
			return o;
		}

		private static String value(List<String> args, int i, String option) {
			if (i >= args.size()) {
				throw new UsageException(NLS.bind(Messages.LogCommand_missingValue, option));
			}
			return args.get(i);
		}

		void rejectImport() {
			if (charset != null || station != null || callField != 0) {
				throw new UsageException(Messages.LogCommand_importOptions);
			}
		}

		void rejectJson() {
			if (json) {
				throw new UsageException(NLS.bind(Messages.LogCommand_optionNotFor, "--json", "import/export")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}
}
