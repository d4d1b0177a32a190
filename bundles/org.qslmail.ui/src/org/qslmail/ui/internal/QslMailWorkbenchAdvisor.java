package org.qslmail.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.qslmail.ui.UiPreferences;

final class QslMailWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		// Window size, open perspectives and view layout survive a restart.
		configurer.setSaveAndRestore(true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return UiPreferences.ACTIVITY_PERSPECTIVE_ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new QslMailWindowAdvisor(configurer);
	}

	@Override
	public boolean preShutdown() {
		boolean confirm = Platform.getPreferencesService().getBoolean(UiPreferences.NODE,
				UiPreferences.CONFIRM_EXIT, false, null);
		if (!confirm || getWorkbenchConfigurer().emergencyClosing()) {
			return true;
		}
		return MessageDialog.openQuestion(getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getShell(),
				Messages.Product_name, Messages.QslMailWorkbenchAdvisor_confirmExit);
	}
}
