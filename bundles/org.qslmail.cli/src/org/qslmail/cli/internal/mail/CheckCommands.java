package org.qslmail.cli.internal.mail;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.qslmail.cli.ExitCode;
import org.qslmail.cli.internal.Messages;
import org.qslmail.mail.Category;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.MailResult;
import org.qslmail.cli.internal.mail.CheckCommand.Kind;

/** {@code check-send}, {@code check-receive} and {@code check}: the two checks of the settings manual. */
final class CheckCommands {

	static final Set<String> ACCOUNT_OPTIONS;
	static {
		Set<String> s = new HashSet<>(MailCommand.VALUE_OPTIONS);
		s.addAll(MailCommand.FLAGS);
		s.removeAll(Set.of("host", "port", "protocol", "security")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		ACCOUNT_OPTIONS = Set.copyOf(s);
	}

	static int run(MailCommand command, Kind kind, List<String> arguments, PrintWriter out, PrintWriter err) {
		MailCommand.Options o = command.withAccountFile(command.parse(arguments, ACCOUNT_OPTIONS));
		MailAccount account = command.account(o, kind != Kind.RECEIVE, kind != Kind.SEND);
		Path state = MailCommand.stateFile(o, account.address());
		boolean json = o.flag("json"); //$NON-NLS-1$
		MailResult send = null;
		MailResult receive = null;
		String token = null;
		if (kind != Kind.RECEIVE) {
			send = command.service().sendCheck(account, new NullProgressMonitor());
			if (send.ok()) {
				token = send.token();
				try {
					MailCommand.saveToken(state, token);
				} catch (IOException e) {
					err.println(NLS.bind(Messages.Mail_stateUnwritable, state, e.getMessage()));
				}
			}
		}
		if (kind == Kind.RECEIVE) {
			token = MailCommand.loadToken(state);
			if (token == null) {
				err.println(NLS.bind(Messages.Mail_noToken, state));
				return ExitCode.FAILED;
			}
		}
		if (kind != Kind.SEND && (send == null || send.ok())) {
			receive = command.service().receiveCheck(account, token, new NullProgressMonitor());
			// "check" right after sending: the server may still be delivering. Ask again once a second, at most
			// for one timeout, while the answer is "not in the mailbox yet".
			long deadline = System.nanoTime() + account.timeout().toNanos();
			while (kind == Kind.BOTH && !receive.ok() && receive.category() == Category.MAILBOX
					&& System.nanoTime() < deadline) {
				try {
					TimeUnit.SECONDS.sleep(1);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					break;
				}
				receive = command.service().receiveCheck(account, token, new NullProgressMonitor());
			}
		}
		boolean ok = (send == null || send.ok()) && (kind == Kind.SEND || receive != null && receive.ok());
		if (json) {
			if (kind == Kind.BOTH) {
				Map<String, Object> both = new LinkedHashMap<>();
				both.put("ok", ok); //$NON-NLS-1$
				both.put("send", MailCommand.json(send)); //$NON-NLS-1$
				both.put("receive", receive == null ? null : MailCommand.json(receive)); //$NON-NLS-1$
				out.println(Json.write(both));
			} else {
				out.println(Json.write(MailCommand.json(kind == Kind.SEND ? send : receive)));
			}
		} else {
			if (send != null) {
				MailCommand.print(out, Messages.Mail_sendCheck, send);
			}
			if (receive != null) {
				MailCommand.print(out, Messages.Mail_receiveCheck, receive);
			}
		}
		return MailCommand.exit(ok);
	}

	private CheckCommands() {
	}
}
