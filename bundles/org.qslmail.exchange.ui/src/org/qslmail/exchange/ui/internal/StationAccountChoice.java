package org.qslmail.exchange.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.qslmail.ui.internal.WidgetIds;

/**
 * The "station account" row of the send and receive dialogs: the first item types the settings into the dialog,
 * the others are the saved accounts. The choice is remembered in the dialog settings; the station saved last is
 * chosen the first time.
 */
final class StationAccountChoice {

	private static final String KEY = "account"; //$NON-NLS-1$
	/** The remembered choice of typing the settings. */
	private static final String TYPED = "-"; //$NON-NLS-1$

	private StationAccountChoice() {
	}

	/** Adds the row to a two-column composite; the combo's widget id is {@code prefix + "account"}. */
	static Combo create(Composite c, IDialogSettings settings, String prefix) {
		new Label(c, SWT.NONE).setText(Messages.Dialog_account);
		Combo combo = WidgetIds.tag(new Combo(c, SWT.READ_ONLY), prefix + KEY);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		List<String> calls = StationAccounts.callsigns();
		combo.add(Messages.Dialog_accountTyped);
		calls.forEach(combo::add);
		String wanted = settings.get(KEY) != null ? settings.get(KEY) : StationAccounts.current().orElse(TYPED);
		int index = calls.indexOf(wanted);
		combo.select(index < 0 ? 0 : index + 1);
		return combo;
	}

	/** The chosen station, or empty when the settings are typed into the dialog. */
	static Optional<String> selected(Combo combo) {
		return combo.getSelectionIndex() <= 0 ? Optional.empty() : Optional.of(combo.getItem(combo.getSelectionIndex()));
	}

	static void remember(Combo combo, IDialogSettings settings) {
		settings.put(KEY, selected(combo).orElse(TYPED));
	}
}
