package org.qslmail.matching.ui.internal;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.qslmail.core.InvalidInputException;
import org.qslmail.core.MarkRule;
import org.qslmail.core.ModeAliases;
import org.qslmail.matching.MatchRules;
import org.qslmail.ui.internal.WidgetIds;

/** Settings of QSO matching: time window, mode aliases, mode groups, base calls and the received-mark rule. */
public final class MatchingPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.qslmail.matching.ui.preferences"; //$NON-NLS-1$
	static final String WINDOW = "matching.pref.window"; //$NON-NLS-1$
	static final String ALIASES = "matching.pref.aliases"; //$NON-NLS-1$
	static final String MARK_RULE = "matching.pref.markRule"; //$NON-NLS-1$

	private Spinner window;
	private Text aliases;
	private Button modeGroups;
	private Button baseCalls;
	private Text markRule;

	@Override
	public void init(IWorkbench workbench) {
		setDescription(Messages.Preferences_description);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(2, false));
		new Label(c, SWT.NONE).setText(Messages.Preferences_window);
		window = WidgetIds.tag(new Spinner(c, SWT.BORDER), WINDOW);
		window.setMinimum(0);
		window.setMaximum((int) MatchRules.MAX_WINDOW.toMinutes());
		window.setSelection(MatchingPreferences.windowMinutes());

		Label aliasLabel = new Label(c, SWT.NONE);
		aliasLabel.setText(Messages.Preferences_aliases);
		aliasLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		aliases = WidgetIds.tag(new Text(c, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL), ALIASES);
		GridData aliasData = new GridData(SWT.FILL, SWT.FILL, true, true);
		aliasData.heightHint = 100;
		aliasData.widthHint = 300;
		aliases.setLayoutData(aliasData);
		aliases.setText(MatchingPreferences.aliasesText());
		aliases.setToolTipText(Messages.Preferences_aliasesTip);
		aliases.addListener(SWT.Modify, e -> validate());

		modeGroups = new Button(c, SWT.CHECK);
		modeGroups.setText(Messages.Preferences_modeGroups);
		modeGroups.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		modeGroups.setSelection(MatchingPreferences.modeGroups());
		baseCalls = new Button(c, SWT.CHECK);
		baseCalls.setText(Messages.Preferences_baseCalls);
		baseCalls.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		baseCalls.setSelection(MatchingPreferences.baseCalls());

		new Label(c, SWT.NONE).setText(Messages.Preferences_markRule);
		markRule = WidgetIds.tag(new Text(c, SWT.BORDER), MARK_RULE);
		markRule.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		markRule.setText(MatchingPreferences.markRuleText());
		markRule.setTextLimit(MarkRule.MAX_LENGTH + 10);
		markRule.setToolTipText(Messages.Preferences_markRuleTip);
		markRule.addListener(SWT.Modify, e -> validate());
		return c;
	}

	private void validate() {
		String error = null;
		try {
			ModeAliases.parse(aliases.getText());
		} catch (InvalidInputException e) {
			error = NLS.bind(Messages.Preferences_badAliases, e.getMessage());
		}
		if (error == null) {
			try {
				MarkRule.parse(markRule.getText());
			} catch (InvalidInputException e) {
				error = NLS.bind(Messages.Preferences_badMarkRule, e.getMessage());
			}
		}
		setErrorMessage(error);
		setValid(error == null);
	}

	@Override
	protected void performDefaults() {
		window.setSelection(MatchingPreferences.DEFAULT_WINDOW_MINUTES);
		aliases.setText(MatchingPreferences.DEFAULT_ALIASES);
		modeGroups.setSelection(false);
		baseCalls.setSelection(false);
		markRule.setText(MatchingPreferences.DEFAULT_MARK_RULE);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		MatchingPreferences.save(MatchingPreferences.WINDOW_MINUTES, Integer.toString(window.getSelection()),
				MatchingPreferences.ALIASES, aliases.getText(), MatchingPreferences.MODE_GROUPS,
				Boolean.toString(modeGroups.getSelection()), MatchingPreferences.BASE_CALLS,
				Boolean.toString(baseCalls.getSelection()), MatchingPreferences.MARK_RULE, markRule.getText().strip());
		return true;
	}
}
