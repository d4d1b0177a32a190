package org.qslmail.sandbox.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the sandbox, English and Japanese. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.qslmail.sandbox.internal.messages"; //$NON-NLS-1$

	public static String Preset_name;
	public static String Preset_note;
	public static String Sandbox_onlySandboxAddresses;
	public static String Sandbox_started;
	public static String Sandbox_startFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
