package org.qslmail.account.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of the account bundle, English and Japanese. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.qslmail.account.internal.messages"; //$NON-NLS-1$

	public static String AccountFile_tooLarge;
	public static String AccountProperties_apopNotImap;
	public static String AccountProperties_badChoice;
	public static String AccountProperties_badNumber;
	public static String AccountProperties_badPin;
	public static String AccountProperties_popAndImap;
	public static String AccountProperties_secret;
	public static String AccountProperties_unknownKey;
	public static String AccountService_checksFirst;
	public static String AccountService_directoryPasswordMissing;
	public static String AccountService_invalid;
	public static String AccountService_noDirectory;
	public static String AccountService_notRegistered;
	public static String AccountService_registerTask;
	public static String AccountService_saving;
	public static String AccountService_statusTask;
	public static String AccountService_unregisterTask;
	public static String AccountStore_backupFailed;
	public static String AccountStore_preferences;
	public static String AccountStore_secureStorage;
	public static String Validation_addressInvalid;
	public static String Validation_addressMismatch;
	public static String Validation_addressMissing;
	public static String Validation_apopImap;
	public static String Validation_callsignInvalid;
	public static String Validation_callsignMissing;
	public static String Validation_hostInvalid;
	public static String Validation_hostMissing;
	public static String Validation_noEncryptionReceive;
	public static String Validation_noEncryptionSmtp;
	public static String Validation_passwordMissing;
	public static String Validation_plainPortWithTls;
	public static String Validation_port25;
	public static String Validation_portRange;
	public static String Validation_sendUserMissing;
	public static String Validation_timeoutRange;
	public static String Validation_tlsPortWithoutTls;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
