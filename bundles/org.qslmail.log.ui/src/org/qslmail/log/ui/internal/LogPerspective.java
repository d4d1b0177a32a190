package org.qslmail.log.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Log perspective: the QSO table on top, statistics and progress below. */
public final class LogPerspective implements IPerspectiveFactory {

	public static final String ID = "org.qslmail.log.ui.perspective"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		layout.addStandaloneView(LogView.ID, false, IPageLayout.TOP, 0.65f, layout.getEditorArea());
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.65f, LogView.ID); //$NON-NLS-1$
		bottom.addView(StatsView.ID);
		bottom.addView("org.eclipse.ui.views.ProgressView"); //$NON-NLS-1$
		layout.getViewLayout(LogView.ID).setCloseable(false);
	}
}
