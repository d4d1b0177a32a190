package org.qslmail.exchange.internal;

import java.util.Locale;
import java.util.ResourceBundle;

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
	public static String Mail_text;
	public static String QslMailComposer_badAddress;
	public static String RateLimit_bad;
	public static String Send_task;
	public static String Send_recovering;
	public static String Send_choosing;
	public static String Send_lookingUp;
	public static String Send_connecting;
	public static String Send_sending;
	public static String Send_waiting;
	public static String Send_uncertain;
	public static String Send_journalFailed;
	public static String Send_renderFailed;
	public static String Send_markFailed;
	public static String Send_qsoGone;
	public static String Send_noOwnCall;
	public static String Send_noBand;
	public static String Send_noMode;
	public static String Send_noTime;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/**
	 * A text in a given language whatever the user's (the bilingual text of QSL mail): {@link Locale#ROOT} for
	 * English, {@link Locale#JAPANESE} for Japanese.
	 */
	public static String text(Locale locale, String key) {
		return ResourceBundle.getBundle(BUNDLE_NAME, locale, Messages.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
	}
}
