package org.qslmail.exchange.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the e-QSL exchange, English and Japanese. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.qslmail.exchange.internal.messages"; //$NON-NLS-1$

	public static String CardRenderer_notAnImage;
	public static String CardTemplates_unreadable;
	public static String CardTemplates_notXml;
	public static String CardTemplates_wrongRoot;
	public static String CardTemplates_wrongVersion;
	public static String CardTemplates_badNumber;
	public static String CardTemplates_badColor;
	public static String CardTemplates_badTimeZone;
	public static String CardTemplates_badBandStyle;
	public static String CardTemplates_badAlign;
	public static String CardTemplates_unknownField;
	public static String CardTemplates_unknownElement;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
