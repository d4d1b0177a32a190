package org.qslmail.log.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of the QSO log, English and Japanese. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.qslmail.log.internal.messages"; //$NON-NLS-1$

	public static String AdiParser_badLength;
	public static String AdiParser_badTag;
	public static String AdiParser_fieldTooLong;
	public static String AdiParser_noEor;
	public static String AdiParser_truncatedField;
	public static String AdifMapping_badCall;
	public static String AdifMapping_badDate;
	public static String AdifMapping_badTime;
	public static String AdifMapping_missing;
	public static String AdxSource_badXml;
	public static String AdxSource_notXml;
	public static String CabrilloSource_fields;
	public static String CabrilloSource_noCallField;
	public static String CabrilloSource_xqso;
	public static String HamlogCsv_columns;
	public static String HamlogCsv_lineTooLong;
	public static String HamlogCsv_openQuote;
	public static String QsoStore_cannotCreate;
	public static String QsoStore_cannotOpen;
	public static String QsoStore_inUse;
	public static String QsoStore_cannotRead;
	public static String QsoStore_cannotWrite;
	public static String QsoStore_cannotWriteFormat;
	public static String QsoStore_exporting;
	public static String QsoStore_failed;
	public static String QsoStore_fieldTooLong;
	public static String QsoStore_importedSoFar;
	public static String QsoStore_importing;
	public static String QsoStore_indexing;
	public static String QsoStore_qsoGone;
	public static String QsoLogComponent_noInstanceArea;
	public static String Schema_newer;
	public static String SkipReason_badCall;
	public static String SkipReason_badDate;
	public static String SkipReason_badTime;
	public static String SkipReason_excluded;
	public static String SkipReason_fieldTooLong;
	public static String SkipReason_missingField;
	public static String SkipReason_syntax;
	public static String SkipReason_truncated;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
