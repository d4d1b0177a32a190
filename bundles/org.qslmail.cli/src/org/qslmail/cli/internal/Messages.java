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
	public static String Mail_accountOptionsHelp;
	public static String Mail_accountUnreadable;
	public static String Mail_apop;
	public static String Mail_apopIsPop;
	public static String Mail_auth;
	public static String Mail_badValue;
	public static String Mail_certificate;
	public static String Mail_checkHelp;
	public static String Mail_checkReceiveHelp;
	public static String Mail_checkReceiveSummary;
	public static String Mail_checkSendHelp;
	public static String Mail_checkSendSummary;
	public static String Mail_checkSummary;
	public static String Mail_detectHelp;
	public static String Mail_detectSummary;
	public static String Mail_detected;
	public static String Mail_failed;
	public static String Mail_greeting;
	public static String Mail_hint;
	public static String Mail_missingOption;
	public static String Mail_missingValue;
	public static String Mail_noPasswordOption;
	public static String Mail_noToken;
	public static String Mail_nothingFound;
	public static String Mail_ok;
	public static String Mail_passwordEnvUnset;
	public static String Mail_popOrImap;
	public static String Mail_probeHelp;
	public static String Mail_probeSummary;
	public static String Mail_receiveCheck;
	public static String Mail_secretInAccount;
	public static String Mail_sendCheck;
	public static String Mail_serverReply;
	public static String Mail_startTls;
	public static String Mail_stateUnwritable;
	public static String Mail_tls;
	public static String Mail_unexpectedArgument;
	public static String Mail_unknownAccountKey;
	public static String Mail_unknownOption;
	public static String Mail_warning;
	public static String LogCommand_summary;
	public static String LogCommand_help;
	public static String LogCommand_noSubcommand;
	public static String LogCommand_unknownSubcommand;
	public static String LogCommand_importNoFile;
	public static String LogCommand_exportOneFile;
	public static String LogCommand_exportNoFormat;
	public static String LogCommand_cannotWrite;
	public static String LogCommand_unexpected;
	public static String LogCommand_optionNotFor;
	public static String LogCommand_importOptions;
	public static String LogCommand_badFormat;
	public static String LogCommand_badEncoding;
	public static String LogCommand_badCallField;
	public static String LogCommand_unknownOption;
	public static String LogCommand_missingValue;
	public static String LogCommand_noSuchFile;
	public static String LogCommand_imported;
	public static String LogCommand_skippedReason;
	public static String LogCommand_problem;
	public static String LogCommand_moreProblems;
	public static String LogCommand_exported;
	public static String LogCommand_statsTotal;
	public static String LogCommand_statsByBand;
	public static String LogCommand_statsByMode;
	public static String LogCommand_statsByMonth;
	public static String AccountCommand_summary;
	public static String AccountCommand_help;
	public static String AccountCommand_noSubcommand;
	public static String AccountCommand_missingValue;
	public static String AccountCommand_missingFile;
	public static String AccountCommand_none;
	public static String AccountCommand_line;
	public static String AccountCommand_defaultsProblem;
	public static String AccountCommand_whichStation;
	public static String AccountCommand_noSuchStation;
	public static String AccountCommand_exported;
	public static String AccountCommand_writeFailed;
	public static String AccountCommand_readFailed;
	public static String AccountCommand_problems;
	public static String AccountCommand_imported;
	public static String AccountCommand_warning;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
