package org.qslmail.cli.internal.mail;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.qslmail.cli.CliCommand;
import org.qslmail.cli.internal.Messages;
import org.qslmail.mail.MailService;

/**
 * {@code qslmail check-send}, {@code check-receive} and {@code check}: one class, three components that
 * differ only in the component property {@code kind} (see OSGI-INF).
 */
@Component(service = CliCommand.class)
public final class CheckCommand extends MailCommand {

	/** Which of the manual's two checks a command runs. */
	public enum Kind {
		SEND("check-send"), RECEIVE("check-receive"), BOTH("check"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		private final String command;

		Kind(String command) {
			this.command = command;
		}
	}

	private Kind kind;

	/** For Declarative Services, which sets the kind on activation. */
	public CheckCommand() {
		super();
	}

	public CheckCommand(Kind kind, java.util.function.Function<String, String> environment) {
		super(environment);
		this.kind = kind;
	}

	@Activate
	void activate(Map<String, Object> properties) {
		kind = Kind.valueOf((String) properties.get("kind")); //$NON-NLS-1$
	}

	@Override
	@Reference(unbind = "unsetMailService")
	public void setMailService(MailService mailService) {
		super.setMailService(mailService);
	}

	@Override
	public String name() {
		return kind.command;
	}

	@Override
	public String summary() {
		return switch (kind) {
		case SEND -> Messages.Mail_checkSendSummary;
		case RECEIVE -> Messages.Mail_checkReceiveSummary;
		case BOTH -> Messages.Mail_checkSummary;
		};
	}

	@Override
	public String help() {
		String help = switch (kind) {
		case SEND -> Messages.Mail_checkSendHelp;
		case RECEIVE -> Messages.Mail_checkReceiveHelp;
		case BOTH -> Messages.Mail_checkHelp;
		};
		return help + "\n\n" + Messages.Mail_accountOptionsHelp; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> arguments, PrintWriter out, PrintWriter err) {
		return CheckCommands.run(this, kind, arguments, out, err);
	}
}
