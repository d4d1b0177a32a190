package org.qslmail.ui.internal;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.StatusLineContributionItem;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * Marks the window while the sandbox runs (service {@code org.qslmail.sandbox.Sandbox}): the title gets
 * " — Sandbox" and the status line says "Sandbox — this computer only". Follows the service as it comes and
 * goes, so the order in which the sandbox and the window start does not matter.
 */
final class SandboxMarker implements ServiceTrackerCustomizer<Object, Object> {

	/** The sandbox service's interface, by name: the window needs no code of the sandbox bundle. */
	static final String SANDBOX_SERVICE = "org.qslmail.sandbox.Sandbox"; //$NON-NLS-1$
	/** Id of the status-line item. */
	static final String STATUS_ITEM_ID = "org.qslmail.ui.sandbox"; //$NON-NLS-1$

	private final IWorkbenchWindowConfigurer configurer;
	private final StatusLineContributionItem item;
	private final BundleContext context;
	private ServiceTracker<Object, Object> tracker;

	SandboxMarker(IWorkbenchWindowConfigurer configurer) {
		this.configurer = configurer;
		this.context = FrameworkUtil.getBundle(SandboxMarker.class).getBundleContext();
		this.item = new StatusLineContributionItem(STATUS_ITEM_ID, Messages.Sandbox_status.length() + 2);
		item.setText(Messages.Sandbox_status);
		item.setVisible(false);
	}

	/** Adds the (hidden) status item and starts following the sandbox service. */
	void open(IStatusLineManager statusLine) {
		statusLine.add(item);
		if (context != null) {
			tracker = new ServiceTracker<>(context, SANDBOX_SERVICE, this);
			tracker.open(true);
		}
	}

	void close() {
		if (tracker != null) {
			tracker.close();
			tracker = null;
		}
	}

	/** Whether the window is marked now. */
	boolean marked() {
		return item.isVisible();
	}

	@Override
	public Object addingService(ServiceReference<Object> reference) {
		update(true);
		return reference;
	}

	@Override
	public void modifiedService(ServiceReference<Object> reference, Object service) {
		// nothing shown depends on the properties
	}

	@Override
	public void removedService(ServiceReference<Object> reference, Object service) {
		update(tracker != null && tracker.size() > 1);
	}

	private void update(boolean sandbox) {
		Display display = Display.getDefault();
		display.asyncExec(() -> {
			String title = sandbox ? Messages.Product_name + Messages.Sandbox_titleSuffix : Messages.Product_name;
			configurer.setTitle(title);
			Shell shell = configurer.getWindow() == null ? null : configurer.getWindow().getShell();
			if (shell != null && !shell.isDisposed()) {
				shell.setText(title);
			}
			item.setVisible(sandbox);
			IStatusLineManager statusLine = configurer.getActionBarConfigurer().getStatusLineManager();
			statusLine.markDirty();
			statusLine.update(true);
		});
	}
}
