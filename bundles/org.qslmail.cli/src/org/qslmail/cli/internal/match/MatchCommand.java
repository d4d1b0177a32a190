package org.qslmail.cli.internal.match;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.qslmail.core.InvalidInputException;
import org.qslmail.core.MarkRule;
import org.qslmail.core.ModeAliases;
import org.qslmail.exchange.store.ReceivedCardStore;
import org.qslmail.log.LogException;
import org.qslmail.log.QsoLogService;
import org.qslmail.log.QsoStore;
import org.qslmail.matching.AdifConfirmations;
import org.qslmail.matching.CardFolder;
import org.qslmail.matching.CardMatcher;
import org.qslmail.matching.CardStore;
import org.qslmail.matching.LoggedQso;
import org.qslmail.matching.MarkWriter;
import org.qslmail.matching.MatchResult;
import org.qslmail.matching.MatchRules;
import org.qslmail.matching.MatchState;
import org.qslmail.matching.MatchingException;
import org.qslmail.matching.ReceivedCard;
import org.qslmail.matching.StoreQsoSource;

import com.google.gson.GsonBuilder;

/**
 * {@code qslmail match [--cards DIR | --cards-adif FILE | --cards-store [DIR]] [--window MIN] [--aliases A] [--mode-groups]
 * [--base-calls] [--write-marks] [--mark-rule RULE] [--log PATH] [--json]}: matches received cards against the
 * log and prints one line per card and a summary; with {@code --write-marks} the OK cards' QSOs that have no
 * received mark yet get one, in one transaction.
 */
@Component(service = CliCommand.class)
public final class MatchCommand implements CliCommand {

	/** The rule when none is given: {@code E} on a blank position, any other mark stays (hQSL's default is NOT FOUND). */
	public static final String DEFAULT_MARK_RULE = "E"; //$NON-NLS-1$

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm"); //$NON-NLS-1$

	private QsoLogService service;

	public MatchCommand() {
	}

	/** For tests: a command on a given service. */
	MatchCommand(QsoLogService service) {
		this.service = service;
	}

	@Reference
	void setLogService(QsoLogService value) {
		this.service = value;
	}

	@Override
	public String name() {
		return "match"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.MatchCommand_summary;
	}

	@Override
	public String help() {
		return Messages.MatchCommand_help;
	}

	@Override
	public int run(List<String> arguments, PrintWriter out, PrintWriter err) {
		Options o = Options.parse(arguments);
		List<ReceivedCard> cards;
		List<String> problems = new ArrayList<>();
		try {
			if (o.cardsDir != null) {
				if (!Files.isDirectory(o.cardsDir)) {
					err.println(NLS.bind(Messages.MatchCommand_noFolder, o.cardsDir));
					return ExitCode.FAILED;
				}
				CardFolder.Contents contents = CardFolder.read(o.cardsDir, new NullProgressMonitor());
				cards = contents.cards();
				contents.problems().forEach(p -> problems.add(p.file().getFileName() + ": " + p.message())); //$NON-NLS-1$
			} else if (o.cardsStore != null) {
				if (!ReceivedCardStore.exists(o.cardsStore)) {
					err.println(NLS.bind(Messages.MatchCommand_noStore, o.cardsStore));
					return ExitCode.FAILED;
				}
				try (ReceivedCardStore received = ReceivedCardStore.open(o.cardsStore)) {
					cards = CardStore.read(new ReceivedStoreCards(received), new NullProgressMonitor());
				}
				if (cards.isEmpty()) {
					err.println(NLS.bind(Messages.MatchCommand_emptyStore, o.cardsStore));
				}
			} else {
				if (!Files.isRegularFile(o.cardsAdif)) {
					err.println(NLS.bind(Messages.MatchCommand_noFile, o.cardsAdif));
					return ExitCode.FAILED;
				}
				AdifConfirmations.Contents contents = AdifConfirmations.read(o.cardsAdif, new NullProgressMonitor());
				cards = contents.cards();
				contents.problems().forEach(p -> problems.add(p.file().getFileName() + ": " + p.message())); //$NON-NLS-1$
				if (contents.notConfirmed() > 0) {
					problems.add(NLS.bind(Messages.MatchCommand_notConfirmed, contents.notConfirmed()));
				}
			}
		} catch (IOException e) {
			err.println(NLS.bind(Messages.MatchCommand_cannotRead,
					o.cardsDir != null ? o.cardsDir : o.cardsStore != null ? o.cardsStore : o.cardsAdif, e.getMessage()));
			return ExitCode.FAILED;
		} catch (MatchingException e) {
			err.println(e.getMessage());
			return ExitCode.FAILED;
		}
		try (CommandLog log = CommandLog.open(o.log, service)) {
			QsoStore store = log.store();
			List<MatchResult> results = CardMatcher.match(cards, new StoreQsoSource(store), o.rules(),
					new NullProgressMonitor());
			MarkWriter.Write written = null;
			if (o.writeMarks) {
				List<MatchResult> unmarked = results.stream().filter(r -> r.state() == MatchState.OK_UNMARKED).toList();
				written = new MarkWriter(store).write(unmarked, o.markRule, LocalDate.now(ZoneOffset.UTC));
			}
			if (o.json) {
				out.println(json(results, problems, written));
			} else {
				text(results, problems, written, out, err);
			}
			return ExitCode.OK;
		} catch (LogException | MatchingException e) {
			err.println(e.getMessage());
			return ExitCode.FAILED;
		}
	}

	private static void text(List<MatchResult> results, List<String> problems, MarkWriter.Write written,
			PrintWriter out, PrintWriter err) {
		for (MatchResult r : results) {
			ReceivedCard c = r.card();
			String qso = r.qso().filter(q -> r.isOk()).map(MatchCommand::qsoText).orElse("-"); //$NON-NLS-1$
			out.println(NLS.bind(Messages.MatchCommand_line, new Object[] { state(r.state()), cardText(c), qso, r.describe() }));
		}
		for (String p : problems) {
			err.println(NLS.bind(Messages.MatchCommand_problem, p));
		}
		Map<MatchState, Long> counts = counts(results);
		out.println(NLS.bind(Messages.MatchCommand_summaryLine, new Object[] { Integer.toString(results.size()),
				counts.get(MatchState.OK_UNMARKED), counts.get(MatchState.OK_RECEIVED), counts.get(MatchState.NG),
				Integer.toString(problems.size()) }));
		if (written != null) {
			out.println(written.written() == 0 ? Messages.MatchCommand_nothingToMark
					: NLS.bind(Messages.MatchCommand_marked, Integer.toString(written.written())));
		}
	}

	private static String state(MatchState state) {
		return switch (state) {
		case NG -> "NG"; //$NON-NLS-1$
		case OK_UNMARKED -> "OK"; //$NON-NLS-1$
		case OK_RECEIVED -> "OK-RCVD"; //$NON-NLS-1$
		};
	}

	private static String cardText(ReceivedCard c) {
		return c.sender().text() + ' ' + TIME.format(c.time().atOffset(c.zone().offset())) + c.zone().suffix() + ' '
				+ c.band().map(b -> b.adifName()).orElse("-") + ' ' + c.mode(); //$NON-NLS-1$
	}

	private static String qsoText(LoggedQso q) {
		return "#" + q.id() + ' ' + q.call().text() + ' ' + TIME.format(q.time().atOffset(ZoneOffset.UTC)) + 'U' + ' ' //$NON-NLS-1$
				+ q.band().map(b -> b.adifName()).orElse("-") + ' ' + q.submode().orElse(q.mode()) + " [" //$NON-NLS-1$ //$NON-NLS-2$
				+ q.qslColumn() + ']';
	}

	private static Map<MatchState, Long> counts(List<MatchResult> results) {
		Map<MatchState, Long> counts = new LinkedHashMap<>();
		for (MatchState s : MatchState.values()) {
			counts.put(s, 0L);
		}
		results.forEach(r -> counts.merge(r.state(), 1L, Long::sum));
		return counts;
	}

	static String json(List<MatchResult> results, List<String> problems, MarkWriter.Write written) {
		List<Object> cards = new ArrayList<>();
		for (MatchResult r : results) {
			Map<String, Object> m = new LinkedHashMap<>();
			ReceivedCard c = r.card();
			m.put("sender", c.sender().text()); //$NON-NLS-1$
			m.put("time", c.time().toString()); //$NON-NLS-1$
			m.put("band", c.band().map(b -> b.adifName()).orElse(null)); //$NON-NLS-1$
			m.put("mode", c.mode()); //$NON-NLS-1$
			m.put("source", c.origin().location()); //$NON-NLS-1$
			if (c.origin().position() > 0) {
				m.put("record", c.origin().position()); //$NON-NLS-1$
			}
			m.put("state", r.state().name()); //$NON-NLS-1$
			m.put("reason", r.reason().map(Enum::name).orElse(null)); //$NON-NLS-1$
			m.put("text", r.describe()); //$NON-NLS-1$
			m.put("offsetMinutes", r.offset().map(Duration::toMinutes).orElse(null)); //$NON-NLS-1$
			r.qso().ifPresent(q -> {
				Map<String, Object> qso = new LinkedHashMap<>();
				qso.put("id", q.id()); //$NON-NLS-1$
				qso.put("call", q.call().text()); //$NON-NLS-1$
				qso.put("time", q.time().toString()); //$NON-NLS-1$
				qso.put("band", q.band().map(b -> b.adifName()).orElse(null)); //$NON-NLS-1$
				qso.put("mode", q.mode()); //$NON-NLS-1$
				qso.put("submode", q.submode().orElse(null)); //$NON-NLS-1$
				qso.put("qsl", q.qslColumn().toString()); //$NON-NLS-1$
				m.put(r.isOk() ? "qso" : "nearestQso", qso); //$NON-NLS-1$ //$NON-NLS-2$
			});
			cards.add(m);
		}
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("cards", results.size()); //$NON-NLS-1$
		counts(results).forEach((s, n) -> summary.put(s.name(), n));
		summary.put("problems", problems.size()); //$NON-NLS-1$
		if (written != null) {
			summary.put("marksWritten", written.written()); //$NON-NLS-1$
		}
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("results", cards); //$NON-NLS-1$
		all.put("problems", problems); //$NON-NLS-1$
		all.put("summary", summary); //$NON-NLS-1$
		return new GsonBuilder().serializeNulls().disableHtmlEscaping().create().toJson(all);
	}

	/** The options of {@code qslmail match}. */
	static final class Options {
		Path cardsDir;
		Path cardsAdif;
		Path cardsStore;
		Duration window = MatchRules.DEFAULT_WINDOW;
		ModeAliases aliases = ModeAliases.NONE;
		boolean modeGroups;
		boolean baseCalls;
		boolean writeMarks;
		MarkRule markRule = MarkRule.parse(DEFAULT_MARK_RULE);
		boolean markRuleGiven;
		Path log;
		boolean json;

		static Options parse(List<String> args) {
			Options o = new Options();
			for (int i = 0; i < args.size(); i++) {
				String a = args.get(i);
				switch (a) {
				case "--cards" -> o.cardsDir = Path.of(value(args, ++i, a)); //$NON-NLS-1$
				case "--cards-adif" -> o.cardsAdif = Path.of(value(args, ++i, a)); //$NON-NLS-1$
				case "--cards-store" -> { //$NON-NLS-1$
					// the folder is optional: without one, the store receive-qsl fills by default
					if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) { //$NON-NLS-1$
						o.cardsStore = Path.of(args.get(++i));
					} else {
						o.cardsStore = ReceivedCardStore.defaultFolder();
					}
				}
				case "--window" -> { //$NON-NLS-1$
					String v = value(args, ++i, a);
					long minutes;
					try {
						minutes = Long.parseLong(v);
					} catch (NumberFormatException e) {
						minutes = -1;
					}
					if (minutes < 0 || minutes > MatchRules.MAX_WINDOW.toMinutes()) {
						throw new UsageException(NLS.bind(Messages.MatchCommand_badWindow, v, MatchRules.MAX_WINDOW.toMinutes()));
					}
					o.window = Duration.ofMinutes(minutes);
				}
				case "--aliases" -> o.aliases = aliases(value(args, ++i, a)); //$NON-NLS-1$
				case "--mode-groups" -> o.modeGroups = true; //$NON-NLS-1$
				case "--base-calls" -> o.baseCalls = true; //$NON-NLS-1$
				case "--write-marks" -> o.writeMarks = true; //$NON-NLS-1$
				case "--mark-rule" -> { //$NON-NLS-1$
					String v = value(args, ++i, a);
					try {
						o.markRule = MarkRule.parse(v);
						o.markRuleGiven = true;
					} catch (InvalidInputException e) {
						throw new UsageException(NLS.bind(Messages.MatchCommand_badMarkRule, e.getMessage()));
					}
				}
				case "--log", "--log-db" -> o.log = Path.of(value(args, ++i, a)); //$NON-NLS-1$ //$NON-NLS-2$
				case "--json" -> o.json = true; //$NON-NLS-1$
				default -> {
					if (a.startsWith("--")) { //$NON-NLS-1$
						throw new UsageException(NLS.bind(Messages.MatchCommand_unknownOption, a));
					}
					throw new UsageException(NLS.bind(Messages.MatchCommand_unexpected, a));
				}
				}
			}
			int sources = (o.cardsDir == null ? 0 : 1) + (o.cardsAdif == null ? 0 : 1) + (o.cardsStore == null ? 0 : 1);
			if (sources != 1) {
				throw new UsageException(Messages.MatchCommand_oneSource);
			}
			if (o.markRuleGiven && !o.writeMarks) {
				throw new UsageException(Messages.MatchCommand_ruleWithoutWrite);
			}
			return o;
		}

		/** A file of alias lines, or the table itself with {@code ;} between entries ({@code CW=A1;SSB=A3J}). */
		private static ModeAliases aliases(String v) {
			try {
				Path file = Path.of(v);
				if (Files.isRegularFile(file)) {
					return ModeAliases.parse(Files.readAllLines(file));
				}
			} catch (IOException | java.nio.file.InvalidPathException e) {
				// not a readable file: the text is the table
			}
			try {
				return ModeAliases.parse(List.of(v.split(";"))); //$NON-NLS-1$
			} catch (InvalidInputException e) {
				throw new UsageException(NLS.bind(Messages.MatchCommand_badAliases, e.getMessage()));
			}
		}

		MatchRules rules() {
			return new MatchRules(window,
					baseCalls ? MatchRules.CallsignMatching.BASE_CALL : MatchRules.CallsignMatching.EXACT,
					modeGroups ? MatchRules.ModeMatching.GROUP : MatchRules.ModeMatching.TEXT_AFTER_ALIASES, aliases);
		}

		private static String value(List<String> args, int i, String option) {
			if (i >= args.size()) {
				throw new UsageException(NLS.bind(Messages.MatchCommand_missingValue, option));
			}
			return args.get(i);
		}
	}
}
