package org.qslmail.cli.internal.mail;

import java.io.PrintWriter;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.qslmail.cli.CliCommand;
import org.qslmail.cli.internal.Messages;
import org.qslmail.mail.MailService;

/** {@code qslmail check-send}. */
@Component(service = CliCommand.class)
public final class CheckSendCommand extends MailCommand {

	public CheckSendCommand() {
		super();
	}

	public CheckSendCommand(java.util.function.Function<String, String> environment) {
		super(environment);
	}

	@Override
	@Reference(unbind = "unsetMailService")
	public void setMailService(MailService mailService) {
		super.setMailService(mailService);
	}

	@Override
	public String name() {
		return "check-send"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Mail_checkSendSummary;
	}

	@Override
	public String help() {
		return Messages.Mail_checkSendHelp + "\n\n" + Messages.Mail_accountOptionsHelp; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> arguments, PrintWriter out, PrintWriter err) {
		return CheckCommands.run(this, CheckCommands.Kind.SEND, arguments, out, err);
	}
}
