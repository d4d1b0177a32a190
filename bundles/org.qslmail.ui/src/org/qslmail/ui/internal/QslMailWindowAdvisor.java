package org.qslmail.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

final class QslMailWindowAdvisor extends WorkbenchWindowAdvisor {

	private SandboxMarker sandbox;

	QslMailWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new QslMailActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setTitle(Messages.Product_name);
		configurer.setInitialSize(new Point(1200, 800));
		configurer.setShowCoolBar(true);
		configurer.setShowPerspectiveBar(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowStatusLine(true);
	}

	@Override
	public void postWindowCreate() {
		sandbox = new SandboxMarker(getWindowConfigurer());
		sandbox.open(getWindowConfigurer().getActionBarConfigurer().getStatusLineManager());
	}

	@Override
	public void dispose() {
		if (sandbox != null) {
			sandbox.close();
		}
		super.dispose();
	}

	/** The sandbox marking of this window (for tests). */
	SandboxMarker sandboxMarker() {
		return sandbox;
	}
}
