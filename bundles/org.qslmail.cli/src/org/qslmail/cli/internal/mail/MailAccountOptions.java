package org.qslmail.cli.internal.mail;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.qslmail.mail.MailAccount;

/**
 * The mail account options of the check commands ({@code --account FILE}, {@code --address},
 * {@code --smtp-*}, {@code --pop-*}/{@code --imap-*}, {@code --password-env} ...) for other commands that need a
 * mail account: {@code directory register} (receive settings) and {@code directory-server} (SMTP settings of the
 * token mail). Same names, same account file, same rules (no password on the command line).
 */
public final class MailAccountOptions {

	/** The option names (without {@code --}) this parser takes. */
	public static final Set<String> NAMES;
	static {
		Set<String> s = new HashSet<>(CheckCommands.ACCOUNT_OPTIONS);
		s.removeAll(Set.of("json", "state")); //$NON-NLS-1$ //$NON-NLS-2$
		NAMES = Set.copyOf(s);
	}

	/** Whether the option takes a value (else it is a flag). */
	public static boolean takesValue(String name) {
		return MailCommand.VALUE_OPTIONS.contains(name);
	}

	/**
	 * Builds the account from the mail options among {@code arguments}.
	 *
	 * @throws org.qslmail.cli.UsageException when an option is wrong or a required one is missing
	 */
	public static MailAccount account(List<String> arguments, Function<String, String> environment, boolean needSmtp,
			boolean needReceive) {
		Parser parser = new Parser(environment);
		MailCommand.Options options = parser.withAccountFile(parser.parse(arguments, NAMES));
		return parser.account(options, needSmtp, needReceive);
	}

	/** Gives access to the shared option handling of the mail commands. */
	private static final class Parser extends MailCommand {
		Parser(Function<String, String> environment) {
			super(environment);
		}

		@Override
		public String name() {
			return "mail-account-options"; //$NON-NLS-1$
		}

		@Override
		public String summary() {
			return ""; //$NON-NLS-1$
		}

		@Override
		public String help() {
			return ""; //$NON-NLS-1$
		}

		@Override
		public int run(List<String> arguments, PrintWriter out, PrintWriter err) {
			throw new UnsupportedOperationException();
		}
	}

	private MailAccountOptions() {
	}
}
