package org.qslmail.exchange.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the e-QSL exchange screens, English and Japanese. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.qslmail.exchange.ui.internal.messages"; //$NON-NLS-1$

	public static String Design_title;
	public static String Design_file;
	public static String Design_load;
	public static String Design_save;
	public static String Design_browse;
	public static String Design_background;
	public static String Design_chooseBackground;
	public static String Design_zone;
	public static String Design_zoneJst;
	public static String Design_zoneUtc;
	public static String Design_elements;
	public static String Design_elementField;
	public static String Design_elementText;
	public static String Design_elementQr;
	public static String Design_position;
	public static String Design_font;
	public static String Design_size;
	public static String Design_bold;
	public static String Design_color;
	public static String Design_chooseColor;
	public static String Design_text;
	public static String Design_saveFailed;
	public static String Results_status;
	public static String Results_call;
	public static String Results_time;
	public static String Results_address;
	public static String Results_detail;
	public static String Results_running;
	public static String Results_summary;
	public static String Results_canceled;
	public static String Send_title;
	public static String Send_directory;
	public static String Send_call;
	public static String Send_directoryPassword;
	public static String Send_address;
	public static String Send_smtpHost;
	public static String Send_smtpPort;
	public static String Send_security;
	public static String Send_securityNone;
	public static String Send_password;
	public static String Send_since;
	public static String Send_force;
	public static String Send_rate;
	public static String Send_template;
	public static String Send_start;
	public static String Send_missing;
	public static String Send_badValue;
	public static String Send_jobName;
	public static String Status_sent;
	public static String Status_recovered;
	public static String Status_notRegistered;
	public static String Status_rejected;
	public static String Status_failed;
	public static String Status_uncertain;
	public static String Status_invalid;
	public static String Status_notSent;
	public static String Receive_title;
	public static String Receive_user;
	public static String Receive_protocol;
	public static String Receive_host;
	public static String Receive_newest;
	public static String Receive_cutoff;
	public static String Receive_allMail;
	public static String Receive_delete;
	public static String Receive_start;
	public static String Receive_missing;
	public static String Receive_jobName;
	public static String ReceiveResults_running;
	public static String ReceiveResults_sender;
	public static String ReceiveResults_deleted;
	public static String ReceiveResults_message;
	public static String ReceiveResults_detail;
	public static String ReceiveResults_summary;
	public static String ReceiveResults_failure;
	public static String ReceiveResults_canceled;
	public static String ReceiveResults_storeFailed;
	public static String ReceiveResults_yes;
	public static String Outcome_stored;
	public static String Outcome_alreadyStored;
	public static String Outcome_quarantined;
	public static String Outcome_notQsl;
	public static String Outcome_deletedOld;
	public static String Outcome_failed;

	public static String Dialog_account;
	public static String Dialog_accountTyped;
	public static String Dialog_accountGone;
	public static String Dialog_accountIncomplete;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
