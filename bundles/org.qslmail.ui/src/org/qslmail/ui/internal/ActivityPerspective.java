package org.qslmail.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Running and finished jobs (sending, receiving, imports) with their results. */
public final class ActivityPerspective implements IPerspectiveFactory {

	static final String PROGRESS_VIEW_ID = "org.eclipse.ui.views.ProgressView"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		layout.addView(PROGRESS_VIEW_ID, IPageLayout.LEFT, 0.5f, layout.getEditorArea());
		layout.addShowViewShortcut(PROGRESS_VIEW_ID);
	}
}
