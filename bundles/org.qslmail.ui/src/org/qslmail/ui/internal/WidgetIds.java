package org.qslmail.ui.internal;

import org.eclipse.swt.widgets.Widget;

/**
 * Names set on widgets with {@link Widget#setData(String, Object)} so that UI tests find
 * them without depending on their (translated) labels. SWTBot is not on Maven Central.
 */
public final class WidgetIds {

	public static final String KEY = "org.qslmail.ui.widgetId"; //$NON-NLS-1$

	public static final String ABOUT_DIALOG = "about.dialog"; //$NON-NLS-1$
	public static final String ABOUT_VERSION = "about.version"; //$NON-NLS-1$
	public static final String ABOUT_DETAILS = "about.details"; //$NON-NLS-1$

	public static <W extends Widget> W tag(W widget, String id) {
		widget.setData(KEY, id);
		return widget;
	}

	private WidgetIds() {
	}
}
