package org.qslmail.account.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Account settings perspective: the stations on the left, the account editor, progress below. */
public final class AccountPerspective implements IPerspectiveFactory {

	public static final String ID = "org.qslmail.account.ui.perspective"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(StationsView.ID, IPageLayout.LEFT, 0.2f, layout.getEditorArea());
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.85f, layout.getEditorArea()); //$NON-NLS-1$
		bottom.addView("org.eclipse.ui.views.ProgressView"); //$NON-NLS-1$
		layout.getViewLayout(StationsView.ID).setCloseable(false);
	}
}
