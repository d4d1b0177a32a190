package org.qslmail.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of the command line, English and Japanese. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.qslmail.cli.internal.messages"; //$NON-NLS-1$

	public static String CommandDispatcher_usage;
	public static String CommandDispatcher_commandsHeading;
	public static String CommandDispatcher_helpSummary;
	public static String CommandDispatcher_exitCodes;
	public static String CommandDispatcher_unknownOption;
	public static String CommandDispatcher_unknownCommand;
	public static String CommandDispatcher_unexpectedArgument;
	public static String CommandDispatcher_seeHelp;
	public static String CommandDispatcher_seeCommandHelp;
	public static String ProductVersion_line;
	public static String QslMailApplication_noDispatcher;
	public static String PresetsCommand_summary;
	public static String PresetsCommand_help;
	public static String PresetsCommand_line;
	public static String PresetsCommand_detect;
	public static String PresetsCommand_problem;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
