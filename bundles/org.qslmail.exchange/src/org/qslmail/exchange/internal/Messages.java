package org.qslmail.exchange.internal;

import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.osgi.util.NLS;

/** Texts of the e-QSL exchange, English and Japanese. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.qslmail.exchange.internal.messages"; //$NON-NLS-1$

	public static String CardRenderer_notAnImage;
	public static String ReceivedCardStore_inUse;
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
	public static String QslMessage_quarantined;
	public static String Receive_task;
	public static String Receive_message;
	public static String Receive_gone;
	public static String Receive_hintRetry;
	public static String Reason_messageTooLarge;
	public static String Reason_imageTooLarge;
	public static String Reason_imageDimensions;
	public static String Reason_notJpeg;
	public static String Reason_adifTooLarge;
	public static String Reason_tooManyParts;
	public static String Reason_tooDeep;
	public static String Reason_compressed;
	public static String Reason_unsafeFileName;
	public static String Reason_wrongContentType;
	public static String Reason_malformedMime;
	public static String Reason_headerInjection;
	public static String Reason_cardIdMismatch;
	public static String Reason_badAdif;
	public static String Reason_noCard;
	public static String Reason_ambiguous;
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

	/** The reason in the user's language. */
	public static String reason(org.qslmail.exchange.message.QuarantineReason reason) {
		return switch (reason) {
		case MESSAGE_TOO_LARGE -> Reason_messageTooLarge;
		case IMAGE_TOO_LARGE -> Reason_imageTooLarge;
		case IMAGE_DIMENSIONS -> Reason_imageDimensions;
		case NOT_JPEG -> Reason_notJpeg;
		case ADIF_TOO_LARGE -> Reason_adifTooLarge;
		case TOO_MANY_PARTS -> Reason_tooManyParts;
		case TOO_DEEP -> Reason_tooDeep;
		case COMPRESSED -> Reason_compressed;
		case UNSAFE_FILE_NAME -> Reason_unsafeFileName;
		case WRONG_CONTENT_TYPE -> Reason_wrongContentType;
		case MALFORMED_MIME -> Reason_malformedMime;
		case HEADER_INJECTION -> Reason_headerInjection;
		case CARD_ID_MISMATCH -> Reason_cardIdMismatch;
		case BAD_ADIF -> Reason_badAdif;
		case NO_CARD -> Reason_noCard;
		case AMBIGUOUS -> Reason_ambiguous;
		};
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
