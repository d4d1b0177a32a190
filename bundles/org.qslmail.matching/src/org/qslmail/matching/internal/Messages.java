package org.qslmail.matching.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of QSO matching, English and Japanese. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.qslmail.matching.internal.messages"; //$NON-NLS-1$

	public static String MatchingEngine_task;
	public static String MatchRules_badWindow;
	public static String Result_okUnmarked;
	public static String Result_okReceived;
	public static String Result_noQso;
	public static String Result_timeOff;
	public static String Result_bandDiffers;
	public static String Result_modeDiffers;
	public static String Result_severalCandidates;
	public static String Result_takenByOtherCard;
	public static String AdifConfirmations_task;
	public static String AdifConfirmations_badCall;
	public static String AdifConfirmations_skipped;
	public static String MarkWriter_qsoGone;
	public static String MarkWriter_failed;
	public static String MarkWriter_undoFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
