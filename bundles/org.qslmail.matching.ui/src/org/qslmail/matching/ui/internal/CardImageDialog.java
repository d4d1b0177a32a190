package org.qslmail.matching.ui.internal;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.osgi.util.NLS;
import org.qslmail.ui.internal.WidgetIds;

/** Shows one card image, scaled down to fit the screen. */
final class CardImageDialog extends Dialog {

	static final String SHELL = "matching.cardImage"; //$NON-NLS-1$

	private final Path file;
	private final String title;
	private Image image;

	CardImageDialog(Shell parent, Path file, String title) {
		super(parent);
		this.file = file;
		this.title = title;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
		WidgetIds.tag(shell, SHELL);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label label = new Label(area, SWT.CENTER);
		label.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		try {
			ImageData data = new ImageData(file.toString());
			Rectangle screen = parent.getDisplay().getPrimaryMonitor().getClientArea();
			int maxW = Math.max(200, screen.width * 8 / 10);
			int maxH = Math.max(150, screen.height * 7 / 10);
			double scale = Math.min(1.0, Math.min((double) maxW / data.width, (double) maxH / data.height));
			if (scale < 1.0) {
				data = data.scaledTo(Math.max(1, (int) (data.width * scale)), Math.max(1, (int) (data.height * scale)));
			}
			image = new Image(parent.getDisplay(), data);
			label.setImage(image);
		} catch (SWTException e) {
			label.setText(NLS.bind(Messages.CardImageDialog_cannotShow, file, e.getMessage()));
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	public boolean close() {
		boolean closed = super.close();
		if (closed && image != null) {
			image.dispose();
			image = null;
		}
		return closed;
	}
}
