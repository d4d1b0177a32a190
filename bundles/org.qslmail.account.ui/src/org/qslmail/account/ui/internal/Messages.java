package org.qslmail.account.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of the account settings screens, English and Japanese. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.qslmail.account.ui.internal.messages"; //$NON-NLS-1$

	public static String AccountAccess_noService;
	public static String AccountEditor_address;
	public static String AccountEditor_addressAgain;
	public static String AccountEditor_apop;
	public static String AccountEditor_auth;
	public static String AccountEditor_bullet;
	public static String AccountEditor_callsign;
	public static String AccountEditor_cancelled;
	public static String AccountEditor_checkFailed;
	public static String AccountEditor_checkNotRun;
	public static String AccountEditor_checkPassed;
	public static String AccountEditor_checkStale;
	public static String AccountEditor_checkStatus;
	public static String AccountEditor_deleteAfter;
	public static String AccountEditor_detect;
	public static String AccountEditor_detectFound;
	public static String AccountEditor_detectJob;
	public static String AccountEditor_detectNothing;
	public static String AccountEditor_directoryAt;
	public static String AccountEditor_directoryPassword;
	public static String AccountEditor_directorySandbox;
	public static String AccountEditor_easySetup;
	public static String AccountEditor_errorMark;
	public static String AccountEditor_fromPreset;
	public static String AccountEditor_generate;
	public static String AccountEditor_generateLength;
	public static String AccountEditor_generateTip;
	public static String AccountEditor_newStation;
	public static String AccountEditor_noDirectory;
	public static String AccountEditor_noPresets;
	public static String AccountEditor_password;
	public static String AccountEditor_port;
	public static String AccountEditor_presetApplied;
	public static String AccountEditor_presetUnknown;
	public static String AccountEditor_protocol;
	public static String AccountEditor_receiveCheck;
	public static String AccountEditor_receiveJob;
	public static String AccountEditor_register;
	public static String AccountEditor_registerJob;
	public static String AccountEditor_registerNeedsChecks;
	public static String AccountEditor_registerReady;
	public static String AccountEditor_registered;
	public static String AccountEditor_registering;
	public static String AccountEditor_result;
	public static String AccountEditor_security;
	public static String AccountEditor_sendCheck;
	public static String AccountEditor_sendJob;
	public static String AccountEditor_sendPassword;
	public static String AccountEditor_sendPasswordHint;
	public static String AccountEditor_sendUser;
	public static String AccountEditor_separate;
	public static String AccountEditor_server;
	public static String AccountEditor_showPassword;
	public static String AccountEditor_statusJob;
	public static String AccountEditor_statusNone;
	public static String AccountEditor_statusPending;
	public static String AccountEditor_statusRegistered;
	public static String AccountEditor_statusUnknown;
	public static String AccountEditor_step1;
	public static String AccountEditor_step2;
	public static String AccountEditor_step3;
	public static String AccountEditor_step4;
	public static String AccountEditor_step5;
	public static String AccountEditor_timeout;
	public static String AccountEditor_timeoutHint;
	public static String AccountEditor_tokenMail;
	public static String AccountEditor_tooltip;
	public static String AccountEditor_topHint;
	public static String AccountEditor_trust;
	public static String AccountEditor_trusted;
	public static String AccountEditor_trustFor;
	public static String AccountEditor_unregister;
	public static String AccountEditor_unregisterConfirm;
	public static String AccountEditor_unregisterHint;
	public static String AccountEditor_unregisterJob;
	public static String AccountEditor_unregisterQuestion;
	public static String AccountEditor_unregisterTitle;
	public static String AccountEditor_unregistering;
	public static String AccountEditor_user;
	public static String AccountEditor_userHint;
	public static String AccountEditor_warningMark;
	public static String Auth_automatic;
	public static String Auth_none;
	public static String Category_auth;
	public static String Category_authMethod;
	public static String Category_certificate;
	public static String Category_connect;
	public static String Category_mailbox;
	public static String Category_recipient;
	public static String Category_sender;
	public static String Category_server;
	public static String Category_timeout;
	public static String Category_tls;
	public static String Result_auth;
	public static String Result_category;
	public static String Result_certificate;
	public static String Result_certificateText;
	public static String Result_failed;
	public static String Result_hint;
	public static String Result_nameMatches;
	public static String Result_no;
	public static String Result_noHandshake;
	public static String Result_number;
	public static String Result_passed;
	public static String Result_serverReply;
	public static String Result_tls;
	public static String Result_warning;
	public static String Result_yes;
	public static String Security_none;
	public static String Security_ssl;
	public static String Security_starttls;
	public static String Security_tls12;
	public static String Security_tls13;
	public static String StationsView_callsignHint;
	public static String StationsView_heading;
	public static String StationsView_open;
	public static String Validation_typeAddressFirst;
	public static String StationsView_import;
	public static String StationsView_importFailed;
	public static String StationsView_importFailedTitle;
	public static String StationsView_importTip;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
