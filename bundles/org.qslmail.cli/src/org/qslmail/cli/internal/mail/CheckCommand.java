package org.qslmail.cli.internal.mail;

import java.io.PrintWriter;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.qslmail.cli.CliCommand;
import org.qslmail.cli.internal.Messages;
import org.qslmail.mail.MailService;

/** {@code qslmail check}. */
@Component(service = CliCommand.class)
public final class CheckCommand extends MailCommand {

	public CheckCommand() {
		super();
	}

	public CheckCommand(java.util.function.Function<String, String> environment) {
		super(environment);
	}

	@Override
	@Reference(unbind = "unsetMailService")
	public void setMailService(MailService mailService) {
		super.setMailService(mailService);
	}

	@Override
	public String name() {
		return "check"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Mail_checkSummary;
	}

	@Override
	public String help() {
		return Messages.Mail_checkHelp + "\n\n" + Messages.Mail_accountOptionsHelp; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> arguments, PrintWriter out, PrintWriter err) {
		return CheckCommands.run(this, CheckCommands.Kind.BOTH, arguments, out, err);
	}
}
