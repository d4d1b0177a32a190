package org.qslmail.ui.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.qslmail.ui.UiPreferences;

/** Window &gt; Preferences &gt; QSL Mail: how times are shown and whether closing asks first. */
public final class GeneralPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public GeneralPreferencePage() {
		super(GRID);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, UiPreferences.NODE));
		setDescription(Messages.GeneralPreferencePage_description);
	}

	@Override
	protected void createFieldEditors() {
		addField(new RadioGroupFieldEditor(UiPreferences.DISPLAY_TIME_ZONE, Messages.GeneralPreferencePage_timeZone, 1,
				new String[][] { { Messages.GeneralPreferencePage_jst, UiPreferences.TIME_ZONE_JST },
						{ Messages.GeneralPreferencePage_utc, UiPreferences.TIME_ZONE_UTC } },
				getFieldEditorParent(), true));
		addField(new BooleanFieldEditor(UiPreferences.CONFIRM_EXIT, Messages.GeneralPreferencePage_confirmExit,
				getFieldEditorParent()));
	}
}
