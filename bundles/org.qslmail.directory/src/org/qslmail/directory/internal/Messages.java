package org.qslmail.directory.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the directory client, English and Japanese. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.qslmail.directory.internal.messages"; //$NON-NLS-1$

	public static String Problem_connect;
	public static String Problem_timeout;
	public static String Problem_wrongLogin;
	public static String Problem_rateLimited;
	public static String Problem_notLoggedIn;
	public static String Problem_badCallsign;
	public static String Problem_badAddress;
	public static String Problem_weakPassword;
	public static String Problem_stationExists;
	public static String Problem_tokenInvalid;
	public static String Problem_tokenMailFailed;
	public static String Problem_refused;
	public static String Problem_server;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
