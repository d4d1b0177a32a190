package org.qslmail.cli.internal.mail;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.qslmail.cli.ExitCode;
import org.qslmail.cli.UsageException;
import org.qslmail.cli.internal.CommandLog;
import org.qslmail.cli.internal.Messages;
import org.qslmail.core.Callsign;
import org.qslmail.core.InvalidInputException;
import org.qslmail.core.MarkRule;
import org.qslmail.directory.DirectoryClient;
import org.qslmail.directory.DirectoryException;
import org.qslmail.directory.DirectorySession;
import org.qslmail.exchange.card.CardRenderer;
import org.qslmail.exchange.card.CardTemplate;
import org.qslmail.exchange.card.CardTemplates;
import org.qslmail.exchange.card.TemplateException;
import org.qslmail.exchange.message.QslMailComposer;
import org.qslmail.exchange.send.Pacer;
import org.qslmail.exchange.send.PartnerDirectory;
import org.qslmail.exchange.send.QslSender;
import org.qslmail.exchange.send.RateLimit;
import org.qslmail.exchange.send.SendOptions;
import org.qslmail.exchange.send.SendResult;
import org.qslmail.exchange.send.SendSummary;
import org.qslmail.log.LogException;
import org.qslmail.log.QsoLogService;
import org.qslmail.log.QsoStore;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.MailService;

/**
 * {@code qslmail send-qsl}: sends e-QSL cards to partners registered in the QSL directory over one SMTP
 * connection (docs/exchange-send.md), with the mail account options of the check commands.
 */
@Component(service = org.qslmail.cli.CliCommand.class)
public final class SendQslCommand extends MailCommand {

	/** The options of this command; everything else is an account option. */
	private static final Set<String> OWN_VALUES = Set.of("since", "rate", "log", "directory", "call", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"directory-password-env", "journal", "template", "mark"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final Set<String> OWN_FLAGS = Set.of("force"); //$NON-NLS-1$
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC); //$NON-NLS-1$

	private final Function<String, String> environment;
	private volatile QsoLogService logService;

	public SendQslCommand() {
		this(System::getenv);
	}

	public SendQslCommand(Function<String, String> environment) {
		super(environment);
		this.environment = environment;
	}

	@Override
	@Reference(unbind = "unsetMailService")
	public void setMailService(MailService mailService) {
		super.setMailService(mailService);
	}

	@Reference
	public void setLogService(QsoLogService service) {
		this.logService = service;
	}

	@Override
	public String name() {
		return "send-qsl"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.SendQsl_summary;
	}

	@Override
	public String help() {
		return Messages.SendQsl_help + "\n\n" + Messages.Mail_accountOptionsHelp; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> arguments, PrintWriter out, PrintWriter err) {
		Map<String, String> own = new LinkedHashMap<>();
		List<String> rest = new ArrayList<>();
		for (int i = 0; i < arguments.size(); i++) {
			String a = arguments.get(i);
			String name = a.startsWith("--") ? a.substring(2) : ""; //$NON-NLS-1$ //$NON-NLS-2$
			String value = null;
			int eq = name.indexOf('=');
			if (eq > 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			if (OWN_FLAGS.contains(name)) {
				own.put(name, "true"); //$NON-NLS-1$
			} else if (OWN_VALUES.contains(name)) {
				if (value == null) {
					if (i + 1 >= arguments.size()) {
						throw new UsageException(NLS.bind(Messages.Mail_missingValue, a));
					}
					value = arguments.get(++i);
				}
				own.put(name, value);
			} else {
				rest.add(a);
			}
		}
		Options o = withAccountFile(parse(rest, CheckCommands.ACCOUNT_OPTIONS));
		MailAccount account = account(o, true, false);
		boolean json = o.flag("json"); //$NON-NLS-1$

		SendOptions options = options(own);
		String directoryUrl = own.get("directory"); //$NON-NLS-1$
		String call = own.get("call"); //$NON-NLS-1$
		if (directoryUrl == null || call == null) {
			throw new UsageException(Messages.SendQsl_needDirectory);
		}
		Callsign ownCall;
		try {
			ownCall = Callsign.parse(call);
		} catch (InvalidInputException e) {
			throw new UsageException(NLS.bind(Messages.Mail_badValue, "call", call)); //$NON-NLS-1$
		}
		options = options.withOwnCall(ownCall);
		char[] directoryPassword = directoryPassword(own);
		CardTemplate template;
		try {
			template = own.get("template") == null ? CardTemplates.defaultTemplate() //$NON-NLS-1$
					: CardTemplates.read(Path.of(own.get("template"))); //$NON-NLS-1$
		} catch (TemplateException e) {
			err.println(e.getMessage());
			return ExitCode.FAILED;
		}

		try (CommandLog log = CommandLog.open(own.get("log") == null ? null : Path.of(own.get("log")), logService)) { //$NON-NLS-1$ //$NON-NLS-2$
			QsoStore store = log.store();
			DirectoryClient client = new DirectoryClient(URI.create(directoryUrl), Duration.ofSeconds(30));
			DirectorySession session = client.login(ownCall.text(), directoryPassword);
			QslSender sender = new QslSender(store, service(), account, PartnerDirectory.of(client, session),
					new CardRenderer(template), new QslMailComposer(programVersion()), Pacer.SYSTEM);
			NullProgressMonitor monitor = new NullProgressMonitor();
			// Ctrl-C: cancel, and let the run close the connection and write the marks of accepted cards.
			CountDownLatch finished = new CountDownLatch(1);
			Thread hook = new Thread(() -> {
				monitor.setCanceled(true);
				try {
					finished.await(account.timeout().toSeconds() + 5, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}, "qslmail-send-qsl-cancel"); //$NON-NLS-1$
			Runtime.getRuntime().addShutdownHook(hook);
			SendSummary summary;
			try {
				summary = sender.run(options, monitor, json ? null : r -> {
					out.println(line(r));
					out.flush();
				});
			} finally {
				finished.countDown();
				try {
					Runtime.getRuntime().removeShutdownHook(hook);
				} catch (IllegalStateException e) {
					// shutting down already
				}
			}
			if (json) {
				out.println(Json.write(json(summary)));
			} else {
				out.println(summaryLine(summary));
				if (summary.problem() != null) {
					err.println(summary.problem());
				}
			}
			return summary.ok() ? ExitCode.OK : ExitCode.FAILED;
		} catch (LogException | DirectoryException | IOException e) {
			err.println(e.getMessage());
			return ExitCode.FAILED;
		}
	}

	private static String programVersion() {
		org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(SendQslCommand.class);
		if (bundle == null) {
			return "1.0.0"; //$NON-NLS-1$
		}
		org.osgi.framework.Version v = bundle.getVersion();
		return v.getMajor() + "." + v.getMinor() + "." + v.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private char[] directoryPassword(Map<String, String> own) {
		String name = own.get("directory-password-env"); //$NON-NLS-1$
		if (name == null) {
			throw new UsageException(Messages.SendQsl_needDirectory);
		}
		String value = environment.apply(name);
		if (value == null) {
			throw new UsageException(NLS.bind(Messages.Mail_passwordEnvUnset, name));
		}
		return value.toCharArray();
	}

	private static SendOptions options(Map<String, String> own) {
		Path journal = own.get("journal") != null ? Path.of(own.get("journal")) //$NON-NLS-1$ //$NON-NLS-2$
				: own.get("log") != null ? Path.of(own.get("log") + ".send-journal") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						: Path.of(System.getProperty("user.home"), ".qslmail", "send-journal"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		SendOptions options = SendOptions.defaults(journal).withForce(own.containsKey("force")); //$NON-NLS-1$
		if (own.get("since") != null) { //$NON-NLS-1$
			try {
				options = options.withSince(LocalDate.parse(own.get("since"))); //$NON-NLS-1$
			} catch (DateTimeParseException e) {
				throw new UsageException(NLS.bind(Messages.SendQsl_badDate, own.get("since"))); //$NON-NLS-1$
			}
		}
		if (own.get("rate") != null) { //$NON-NLS-1$
			try {
				options = options.withRate(RateLimit.parse(own.get("rate"))); //$NON-NLS-1$
			} catch (IllegalArgumentException e) {
				throw new UsageException(e.getMessage());
			}
		}
		if (own.get("mark") != null) { //$NON-NLS-1$
			try {
				options = options.withSentMark(MarkRule.parse(own.get("mark"))); //$NON-NLS-1$
			} catch (IllegalArgumentException e) {
				throw new UsageException(e.getMessage());
			}
		}
		return options;
	}

	static String line(SendResult r) {
		String status = switch (r.status()) {
		case SENT -> Messages.SendQsl_sent;
		case RECOVERED -> Messages.SendQsl_recovered;
		case NOT_REGISTERED -> Messages.SendQsl_notRegistered;
		case REJECTED -> Messages.SendQsl_rejected;
		case FAILED -> Messages.SendQsl_failed;
		case UNCERTAIN -> Messages.SendQsl_uncertain;
		case INVALID -> Messages.SendQsl_invalid;
		case NOT_SENT -> Messages.SendQsl_notSent;
		};
		StringBuilder b = new StringBuilder();
		b.append(String.format("%-16s %-12s %s", status, r.call() == null ? "" : r.call(), //$NON-NLS-1$ //$NON-NLS-2$
				r.time() == null ? "" : TIME.format(r.time()))); //$NON-NLS-1$
		if (r.address() != null) {
			b.append("  ").append(r.address()); //$NON-NLS-1$
		}
		if (r.cardName() != null) {
			b.append("  ").append(r.cardName()); //$NON-NLS-1$
		}
		if (r.detail() != null) {
			b.append("  ").append(r.detail()); //$NON-NLS-1$
		}
		return b.toString();
	}

	static String summaryLine(SendSummary s) {
		var c = s.counts();
		return NLS.bind(Messages.SendQsl_summaryLine,
				new Object[] { c.get(SendResult.Status.SENT), c.get(SendResult.Status.RECOVERED), c.get(SendResult.Status.NOT_REGISTERED),
						c.get(SendResult.Status.REJECTED), c.get(SendResult.Status.FAILED), c.get(SendResult.Status.UNCERTAIN),
						c.get(SendResult.Status.INVALID), c.get(SendResult.Status.NOT_SENT) })
				+ (s.canceled() ? ' ' + Messages.SendQsl_canceled : ""); //$NON-NLS-1$
	}

	static Map<String, Object> json(SendSummary s) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("ok", s.ok()); //$NON-NLS-1$
		m.put("canceled", s.canceled()); //$NON-NLS-1$
		m.put("problem", s.problem()); //$NON-NLS-1$
		Map<String, Object> counts = new LinkedHashMap<>();
		s.counts().forEach((k, v) -> counts.put(k.id(), v));
		m.put("counts", counts); //$NON-NLS-1$
		List<Object> results = new ArrayList<>();
		for (SendResult r : s.results()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("qsoId", r.qsoId()); //$NON-NLS-1$
			item.put("call", r.call()); //$NON-NLS-1$
			item.put("time", r.time() == null ? null : r.time().toString()); //$NON-NLS-1$
			item.put("status", r.status().id()); //$NON-NLS-1$
			item.put("address", r.address()); //$NON-NLS-1$
			item.put("cardName", r.cardName()); //$NON-NLS-1$
			item.put("detail", r.detail()); //$NON-NLS-1$
			results.add(item);
		}
		m.put("results", results); //$NON-NLS-1$
		return m;
	}
}
