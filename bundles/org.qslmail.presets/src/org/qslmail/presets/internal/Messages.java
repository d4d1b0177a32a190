package org.qslmail.presets.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the preset registry's problem reports, English and Japanese. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.qslmail.presets.internal.messages"; //$NON-NLS-1$

	public static String Preset_badId;
	public static String Preset_badDomain;
	public static String Preset_badHost;
	public static String Preset_badPort;
	public static String Preset_missingName;
	public static String Preset_badUserName;
	public static String Preset_emptyNote;
	public static String Preset_twoServers;
	public static String Preset_badSecurity;
	public static String Preset_badAuthentication;
	public static String Preset_apopNotPop3;
	public static String Autoconfig_tooLarge;
	public static String Autoconfig_unreadable;
	public static String Autoconfig_notXml;
	public static String Autoconfig_wrongRoot;
	public static String Autoconfig_noProvider;
	public static String Autoconfig_noDomain;
	public static String Autoconfig_noServer;
	public static String Registry_duplicateId;
	public static String Registry_unknownElement;
	public static String Registry_brokenContribution;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
