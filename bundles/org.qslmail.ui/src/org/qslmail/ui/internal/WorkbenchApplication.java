package org.qslmail.ui.internal;

import java.io.IOException;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The QSL Mail window application, {@code org.qslmail.ui.app}. */
public final class WorkbenchApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Display.setAppName(Messages.Product_name);
		Display display = PlatformUI.createDisplay();
		try {
			if (!lockInstanceArea()) {
				return EXIT_OK;
			}
			int code = PlatformUI.createAndRunWorkbench(display, new QslMailWorkbenchAdvisor());
			// The launcher script starts the product again on EXIT_RESTART (exit code 23).
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			Location instance = Platform.getInstanceLocation();
			if (instance != null && instance.isLocked()) {
				instance.release();
			}
			display.dispose();
		}
	}

	/** Two windows on one data area would overwrite each other's settings; say so instead. */
	private static boolean lockInstanceArea() throws IOException {
		Location instance = Platform.getInstanceLocation();
		if (instance == null || instance.isReadOnly()) {
			return true;
		}
		if (!instance.isSet()) {
			// The product sets osgi.instance.area.default to ~/.qslmail/workspace; -data overrides it.
			if (instance.getDefault() == null) {
				return true;
			}
			instance.set(instance.getDefault(), false);
		}
		if (instance.lock()) {
			return true;
		}
		MessageDialog.openError(null, Messages.Product_name,
				NLS.bind(Messages.WorkbenchApplication_alreadyRunning, instance.getURL().getPath()));
		return false;
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
