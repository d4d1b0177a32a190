package org.qslmail.ui.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.plugin.AbstractUIPlugin;

/** Product name, version, runtime and data folder, with a button that copies them for a support request. */
final class AboutDialog extends Dialog {

	private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

	private final AboutInfo info;
	private Image logo;

	AboutDialog(Shell parent, AboutInfo info) {
		super(parent);
		this.info = info;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.AboutDialog_title);
		WidgetIds.tag(shell, WidgetIds.ABOUT_DIALOG);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(16, 8).applyTo(area);

		logo = AbstractUIPlugin.imageDescriptorFromPlugin("org.qslmail.ui", "icons/qslmail64.png") //$NON-NLS-1$ //$NON-NLS-2$
				.createImage(false);
		Label image = new Label(area, SWT.NONE);
		if (logo != null) {
			image.setImage(logo);
		}
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).span(1, 3).applyTo(image);

		Label name = new Label(area, SWT.NONE);
		name.setText(Messages.Product_name);
		name.setFont(JFaceResources.getHeaderFont());

		Label version = WidgetIds.tag(new Label(area, SWT.NONE), WidgetIds.ABOUT_VERSION);
		version.setText(info.versionLine());

		Label description = new Label(area, SWT.WRAP);
		description.setText(Messages.AboutDialog_description);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(description);

		Text details = WidgetIds.tag(new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.WRAP),
				WidgetIds.ABOUT_DETAILS);
		details.setText(info.details());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(480, SWT.DEFAULT).applyTo(details);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, COPY_ID, Messages.AboutDialog_copy, false);
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == COPY_ID) {
			Clipboard clipboard = new Clipboard(getShell().getDisplay());
			try {
				clipboard.setContents(new Object[] { info.details() }, new Transfer[] { TextTransfer.getInstance() });
			} finally {
				clipboard.dispose();
			}
			return;
		}
		super.buttonPressed(buttonId);
	}

	@Override
	public boolean close() {
		if (logo != null) {
			logo.dispose();
		}
		return super.close();
	}
}
