package org.qslmail.ui;

/**
 * Preference keys of the QSL Mail user interface, in the instance scope of the
 * {@code org.qslmail.ui} node. Other UI bundles read them; the defaults are set by the
 * product and may be overridden by a deployment's plug-in customization file.
 */
public final class UiPreferences {

	/** The preference node of the user interface. */
	public static final String NODE = "org.qslmail.ui"; //$NON-NLS-1$

	/** Time zone in which times are shown and typed: {@link #TIME_ZONE_JST} or {@link #TIME_ZONE_UTC}. */
	public static final String DISPLAY_TIME_ZONE = "displayTimeZone"; //$NON-NLS-1$
	public static final String TIME_ZONE_JST = "JST"; //$NON-NLS-1$
	public static final String TIME_ZONE_UTC = "UTC"; //$NON-NLS-1$

	/** Whether closing the window asks for confirmation first. */
	public static final String CONFIRM_EXIT = "confirmExit"; //$NON-NLS-1$

	/** Id of the perspective that shows running and finished jobs. */
	public static final String ACTIVITY_PERSPECTIVE_ID = "org.qslmail.ui.perspectives.activity"; //$NON-NLS-1$

	private UiPreferences() {
	}

	/** Whether times are shown and typed in UTC (else in JST), by the preference {@link #DISPLAY_TIME_ZONE}. */
	public static boolean showsUtc() {
		return TIME_ZONE_UTC.equals(org.eclipse.core.runtime.Platform.getPreferencesService().getString(NODE,
				DISPLAY_TIME_ZONE, TIME_ZONE_JST, null));
	}
}
