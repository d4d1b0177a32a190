package org.qslmail.ui.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.qslmail.ui.UiPreferences;

public final class UiPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(UiPreferences.NODE);
		// hQSL and Turbo HAMLOG users log in JST; others change it once here.
		defaults.put(UiPreferences.DISPLAY_TIME_ZONE, UiPreferences.TIME_ZONE_JST);
		defaults.putBoolean(UiPreferences.CONFIRM_EXIT, false);
	}
}
