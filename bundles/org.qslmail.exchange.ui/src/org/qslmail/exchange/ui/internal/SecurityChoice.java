package org.qslmail.exchange.ui.internal;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.qslmail.mail.Security;
import org.qslmail.ui.internal.WidgetIds;

/** The "security" row of the send and receive dialogs: SSL/TLS, STARTTLS or none, remembered by index. */
final class SecurityChoice {

	private static final String KEY = "security"; //$NON-NLS-1$
	private static final Security[] ORDER = { Security.SSL_TLS, Security.STARTTLS, Security.NONE };

	private SecurityChoice() {
	}

	/** Adds the row to a two-column composite; the combo's widget id is {@code prefix + "security"}. */
	static Combo create(Composite c, IDialogSettings settings, String prefix) {
		new Label(c, SWT.NONE).setText(Messages.Send_security);
		Combo combo = WidgetIds.tag(new Combo(c, SWT.READ_ONLY), prefix + KEY);
		combo.setItems("SSL/TLS", "STARTTLS", Messages.Send_securityNone); //$NON-NLS-1$ //$NON-NLS-2$
		combo.select(settings.get(KEY) == null ? 0 : settings.getInt(KEY));
		return combo;
	}

	static Security selected(Combo combo) {
		return ORDER[Math.max(0, combo.getSelectionIndex())];
	}

	static void select(Combo combo, Security security) {
		for (int i = 0; i < ORDER.length; i++) {
			if (ORDER[i] == security) {
				combo.select(i);
			}
		}
	}

	static void remember(Combo combo, IDialogSettings settings) {
		settings.put(KEY, combo.getSelectionIndex());
	}
}
