package org.qslmail.matching.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The QSO Matching perspective: the matching view on top, progress below. */
public final class MatchingPerspective implements IPerspectiveFactory {

	public static final String ID = "org.qslmail.matching.ui.perspective"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		layout.addStandaloneView(MatchingView.ID, false, IPageLayout.TOP, 0.8f, layout.getEditorArea());
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.8f, MatchingView.ID); //$NON-NLS-1$
		bottom.addView("org.eclipse.ui.views.ProgressView"); //$NON-NLS-1$
		layout.getViewLayout(MatchingView.ID).setCloseable(false);
	}
}
