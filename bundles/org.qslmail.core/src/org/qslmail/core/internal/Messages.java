package org.qslmail.core.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Localised texts of the core bundle, in the style of Eclipse's {@code NLS} but with the JDK only, because
 * core must not depend on {@code org.eclipse.osgi}. Each public static field is filled from
 * {@code messages.properties} (or a locale variant) using the field name as key ({@code Class_key}).
 * A missing key yields {@code !key!} so that it shows up instead of failing.
 */
public final class Messages {

	/** Base name of the resource bundle next to this class. */
	public static final String BUNDLE_NAME = "org.qslmail.core.internal.messages"; //$NON-NLS-1$

	public static String Band_empty;
	public static String Band_notNumber;
	public static String Band_noBand;

	public static String Callsign_empty;
	public static String Callsign_tooLong;
	public static String Callsign_invalidCharacter;
	public static String Callsign_emptyPart;
	public static String Callsign_tooManyParts;
	public static String Callsign_noBase;
	public static String Callsign_ambiguous;

	public static String CardName_empty;
	public static String CardName_notFileName;
	public static String CardName_extension;
	public static String CardName_fieldCount;
	public static String CardName_callsign;
	public static String CardName_dateTime;
	public static String CardName_band;
	public static String CardName_mode;
	public static String CardName_escape;
	public static String CardName_year;
	public static String CardName_tooLong;

	public static String MarkRule_EMPTY;
	public static String MarkRule_TOO_LONG;
	public static String MarkRule_EMPTY_BLANK_MARK;
	public static String MarkRule_BLANK_MARK_IS_PAIR;
	public static String MarkRule_EMPTY_ELEMENT;
	public static String MarkRule_MISSING_EQUALS;
	public static String MarkRule_EMPTY_OLD;
	public static String MarkRule_EMPTY_NEW;
	public static String MarkRule_NOT_SINGLE_CHARACTER;
	public static String MarkRule_INVALID_CHARACTER;
	public static String MarkRule_DUPLICATE_OLD;

	public static String Mode_empty;

	public static String ModeAliases_MISSING_EQUALS;
	public static String ModeAliases_EXTRA_EQUALS;
	public static String ModeAliases_EMPTY_CANONICAL;
	public static String ModeAliases_EMPTY_ALIAS;
	public static String ModeAliases_SELF_ALIAS;
	public static String ModeAliases_CONFLICT;
	public static String ModeAliases_CHAINED;

	public static String QslColumn_tooLong;
	public static String QslColumn_route;
	public static String QslColumn_mark;

	public static String StationTime_dateFormat;
	public static String StationTime_invalidDate;
	public static String StationTime_timeFormat;
	public static String StationTime_missingZone;
	public static String StationTime_invalidTime;
	public static String StationTime_yearOutsideWindow;

	static {
		load();
	}

	private Messages() {
	}

	private static void load() {
		ResourceBundle bundle;
		try {
			bundle = ResourceBundle.getBundle(BUNDLE_NAME, Locale.getDefault(), Messages.class.getClassLoader());
		} catch (MissingResourceException e) {
			bundle = null; // every field gets its !key! marker below
		}
		for (Field field : Messages.class.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (field.getType() != String.class || !Modifier.isPublic(modifiers) || !Modifier.isStatic(modifiers)
					|| Modifier.isFinal(modifiers)) {
				continue;
			}
			String key = field.getName();
			String value = bundle != null && bundle.containsKey(key) ? bundle.getString(key) : '!' + key + '!';
			try {
				field.set(null, value);
			} catch (IllegalAccessException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	/**
	 * Formats a message pattern with {@link MessageFormat} in the default locale. Numbers are best passed as
	 * strings when grouping separators are unwanted.
	 */
	public static String format(String pattern, Object... args) {
		return new MessageFormat(pattern, Locale.getDefault()).format(args);
	}
}
