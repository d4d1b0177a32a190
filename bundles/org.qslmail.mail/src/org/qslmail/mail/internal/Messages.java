package org.qslmail.mail.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of the mail transport (server replies of our own, hints, warnings), English and Japanese. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.qslmail.mail.internal.messages"; //$NON-NLS-1$

	public static String Check_subject;
	public static String Check_body;
	public static String Field_address;
	public static String Field_user;
	public static String Field_password;
	public static String Field_smtpHost;
	public static String Field_smtpPort;
	public static String Field_smtpSecurity;
	public static String Field_smtpAuth;
	public static String Field_smtpUser;
	public static String Field_receiveHost;
	public static String Field_receivePort;
	public static String Field_receiveSecurity;
	public static String Field_receiveAuth;
	public static String Field_apop;
	public static String Hint_authRequired;
	public static String Hint_caFile;
	public static String Hint_certificateExpired;
	public static String Hint_certificateUntrusted;
	public static String Hint_checkMailNotFound;
	public static String Hint_connectTimeout;
	public static String Hint_connectionLost;
	public static String Hint_mailbox;
	public static String Hint_mechanismFailed;
	public static String Hint_mechanismNotOffered;
	public static String Hint_message;
	public static String Hint_nameMismatch;
	public static String Hint_noApopTimestamp;
	public static String Hint_noGreeting;
	public static String Hint_noStartTls;
	public static String Hint_notImap;
	public static String Hint_notPop3;
	public static String Hint_plainPortWithSsl;
	public static String Hint_port25;
	public static String Hint_recipient;
	public static String Hint_refused;
	public static String Hint_relayDenied;
	public static String Hint_sender;
	public static String Hint_server;
	public static String Hint_serverTemporary;
	public static String Hint_timeout;
	public static String Hint_tls;
	public static String Hint_tlsTimeout;
	public static String Hint_tlsVersion;
	public static String Hint_unknownHost;
	public static String Hint_wrongPasswordFullAddress;
	public static String Hint_wrongPasswordShortUser;
	public static String Reply_checkMailNotFound;
	public static String Reply_closed;
	public static String Reply_connectTimeout;
	public static String Reply_connectionLost;
	public static String Reply_lineTooLong;
	public static String Reply_mechanismNotOffered;
	public static String Reply_noCommonMechanism;
	public static String Reply_noMechanisms;
	public static String Reply_noRecipients;
	public static String Reply_noStartTls;
	public static String Reply_noUidl;
	public static String Hint_noUidl;
	public static String Reply_readTimeout;
	public static String Reply_refused;
	public static String Reply_tooManyRounds;
	public static String Reply_unknownHost;
	public static String Task_auth;
	public static String Task_detect;
	public static String Task_receive;
	public static String Task_send;
	public static String Tls_expired;
	public static String Tls_nameMismatch;
	public static String Tls_notYetValid;
	public static String Tls_untrusted;
	public static String Warning_clearPassword;
	public static String Warning_noSmtpAuthOffered;
	public static String Warning_sentBeforeFailure;
	public static String Warning_unencrypted;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
