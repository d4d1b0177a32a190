package org.qslmail.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of the QSL Mail window, English and Japanese. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.qslmail.ui.internal.messages"; //$NON-NLS-1$

	public static String Product_name;
	public static String Menu_file;
	public static String Menu_window;
	public static String Menu_help;
	public static String Menu_openPerspective;
	public static String Menu_showView;
	public static String Menu_about;
	public static String WorkbenchApplication_alreadyRunning;
	public static String QslMailWorkbenchAdvisor_confirmExit;
	public static String AboutDialog_title;
	public static String AboutDialog_version;
	public static String AboutDialog_description;
	public static String AboutDialog_java;
	public static String AboutDialog_system;
	public static String AboutDialog_dataFolder;
	public static String AboutDialog_copy;
	public static String GeneralPreferencePage_description;
	public static String GeneralPreferencePage_timeZone;
	public static String GeneralPreferencePage_jst;
	public static String GeneralPreferencePage_utc;
	public static String GeneralPreferencePage_confirmExit;

	public static String Sandbox_titleSuffix;
	public static String Sandbox_status;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
