package org.qslmail.cli.internal.mail;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.qslmail.cli.CliCommand;
import org.qslmail.cli.ExitCode;
import org.qslmail.cli.UsageException;
import org.qslmail.cli.internal.Messages;
import org.qslmail.exchange.receive.MessageOutcome;
import org.qslmail.exchange.receive.MessageResult;
import org.qslmail.exchange.receive.QslReceiver;
import org.qslmail.exchange.receive.ReceiveOptions;
import org.qslmail.exchange.receive.ReceiveResult;
import org.qslmail.exchange.store.ReceivedCardStore;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.MailService;

/**
 * {@code qslmail receive-qsl [--newest N] [--all-mail] [--cutoff YYMM] [--delete-after-receive] [--store DIR] [--json]}
 * plus the account options of the check commands: receives QSL cards into the received-card store.
 */
@Component(service = CliCommand.class)
public final class ReceiveQslCommand extends MailCommand {

	/** For Declarative Services. */
	public ReceiveQslCommand() {
		super();
	}

	/** For tests: environment variables from a map. */
	public ReceiveQslCommand(Function<String, String> environment) {
		super(environment);
	}

	@Override
	@Reference(unbind = "unsetMailService")
	public void setMailService(MailService mailService) {
		super.setMailService(mailService);
	}

	@Override
	public String name() {
		return "receive-qsl"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.ReceiveQsl_summary;
	}

	@Override
	public String help() {
		return Messages.ReceiveQsl_help + "\n\n" + Messages.Mail_accountOptionsHelp; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> arguments, PrintWriter out, PrintWriter err) {
		// the options of this command; the rest are the account options every mail command reads
		Map<String, String> own = new LinkedHashMap<>();
		List<String> rest = new ArrayList<>();
		for (int i = 0; i < arguments.size(); i++) {
			String a = arguments.get(i);
			String name = a.startsWith("--") ? a.substring(2) : ""; //$NON-NLS-1$ //$NON-NLS-2$
			String inline = null;
			int eq = name.indexOf('=');
			if (eq > 0) {
				inline = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			switch (name) {
			case "all-mail" -> own.put(name, inline == null ? "true" : inline); //$NON-NLS-1$ //$NON-NLS-2$
			case "newest", "cutoff", "store" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				if (inline == null) {
					if (i + 1 >= arguments.size()) {
						throw new UsageException(NLS.bind(Messages.Mail_missingValue, a));
					}
					inline = arguments.get(++i);
				}
				own.put(name, inline);
			}
			default -> rest.add(a);
			}
		}
		Options o = withAccountFile(parse(rest, CheckCommands.ACCOUNT_OPTIONS));
		MailAccount account = account(o, false, true);
		int newest = 0;
		if (own.containsKey("newest")) { //$NON-NLS-1$
			try {
				newest = Integer.parseInt(own.get("newest").trim()); //$NON-NLS-1$
			} catch (NumberFormatException e) {
				newest = -1;
			}
			if (newest < 1) {
				throw new UsageException(NLS.bind(Messages.Mail_badValue, "newest", own.get("newest"))); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		YearMonth cutoff;
		try {
			cutoff = ReceiveOptions.parseCutoff(own.get("cutoff")); //$NON-NLS-1$
		} catch (IllegalArgumentException e) {
			throw new UsageException(NLS.bind(Messages.Mail_badValue, "cutoff", own.get("cutoff"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		boolean allMail = "true".equalsIgnoreCase(own.get("all-mail")); //$NON-NLS-1$ //$NON-NLS-2$
		ReceiveOptions options = new ReceiveOptions(allMail, newest, cutoff, account.receive().deleteAfterReceive());
		Path folder = own.containsKey("store") ? Path.of(own.get("store")) : ReceivedCardStore.defaultFolder(); //$NON-NLS-1$ //$NON-NLS-2$
		ReceiveResult result;
		try (ReceivedCardStore store = ReceivedCardStore.open(folder)) {
			result = new QslReceiver(service(), store).receive(account, options, new NullProgressMonitor());
		} catch (IOException e) {
			err.println(NLS.bind(Messages.ReceiveQsl_storeFailed, folder, e.getMessage()));
			return ExitCode.FAILED;
		}
		boolean ok = result.ok() && result.count(MessageOutcome.FAILED) == 0;
		if (o.flag("json")) { //$NON-NLS-1$
			out.println(Json.write(json(result, ok, folder)));
		} else {
			print(out, result, folder);
		}
		return ok ? ExitCode.OK : ExitCode.FAILED;
	}

	static Map<String, Object> json(ReceiveResult r, boolean ok, Path folder) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("ok", ok); //$NON-NLS-1$
		m.put("failure", r.failure() == null ? null : MailCommand.json(r.failure())); //$NON-NLS-1$
		m.put("store", folder.toString()); //$NON-NLS-1$
		List<Object> messages = new ArrayList<>();
		for (MessageResult x : r.messages()) {
			Map<String, Object> e = new LinkedHashMap<>();
			e.put("id", x.id()); //$NON-NLS-1$
			e.put("size", x.size()); //$NON-NLS-1$
			e.put("outcome", x.outcome().id()); //$NON-NLS-1$
			e.put("deleted", x.deleted()); //$NON-NLS-1$
			e.put("card", x.cardKey()); //$NON-NLS-1$
			e.put("sender", x.sender()); //$NON-NLS-1$
			e.put("reason", x.reason() == null ? null : x.reason().id()); //$NON-NLS-1$
			e.put("detail", x.detail()); //$NON-NLS-1$
			messages.add(e);
		}
		m.put("messages", messages); //$NON-NLS-1$
		Map<String, Object> s = new LinkedHashMap<>();
		for (MessageOutcome o : MessageOutcome.values()) {
			s.put(o.id(), r.count(o));
		}
		s.put("deletedOnServer", r.deleted()); //$NON-NLS-1$
		s.put("bytes", r.bytesFetched()); //$NON-NLS-1$
		s.put("elapsedMs", r.elapsedMs()); //$NON-NLS-1$
		m.put("summary", s); //$NON-NLS-1$
		return m;
	}

	private static void print(PrintWriter out, ReceiveResult r, Path folder) {
		for (MessageResult x : r.messages()) {
			String what = switch (x.outcome()) {
			case STORED -> NLS.bind(Messages.ReceiveQsl_stored, x.sender(), x.cardKey());
			case ALREADY_STORED -> Messages.ReceiveQsl_alreadyStored;
			case QUARANTINED -> NLS.bind(Messages.ReceiveQsl_quarantined, x.reason() == null ? "" : x.reason().id(), //$NON-NLS-1$
					x.detail() == null ? "" : x.detail()); //$NON-NLS-1$
			case NOT_QSL -> Messages.ReceiveQsl_notQsl;
			case DELETED_OLD -> NLS.bind(Messages.ReceiveQsl_deletedOld, x.detail());
			case FAILED -> NLS.bind(Messages.ReceiveQsl_failedMessage, x.detail());
			};
			out.println(NLS.bind(Messages.ReceiveQsl_line, new Object[] { x.id(), what,
					x.deleted() ? Messages.ReceiveQsl_deletedMark : "" })); //$NON-NLS-1$
		}
		if (r.failure() != null) {
			MailCommand.print(out, Messages.ReceiveQsl_label, r.failure());
		}
		out.println(NLS.bind(Messages.ReceiveQsl_summaryLine, new Object[] { r.count(MessageOutcome.STORED),
				r.count(MessageOutcome.ALREADY_STORED), r.count(MessageOutcome.QUARANTINED), r.count(MessageOutcome.NOT_QSL),
				r.count(MessageOutcome.DELETED_OLD), r.count(MessageOutcome.FAILED), r.deleted(), r.elapsedMs() }));
		out.println(NLS.bind(Messages.ReceiveQsl_storeLine, folder));
	}
}
