package org.qslmail.matching.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the QSO-matching view, English and Japanese. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.qslmail.matching.ui.internal.messages"; //$NON-NLS-1$

	public static String MatchAccess_noService;
	public static String CardImageDialog_cannotShow;
	public static String MatchingView_source;
	public static String MatchingView_sourceFolder;
	public static String MatchingView_sourceAdif;
	public static String MatchingView_sourceStore;
	public static String MatchingView_storeMissing;
	public static String MatchingView_storeEmpty;
	public static String MatchingView_storeDeleteTitle;
	public static String MatchingView_storeDeleteConfirm;
	public static String MatchingView_storeDeleted;
	public static String MatchingView_storeDeleteFailed;
	public static String MatchingView_pathHint;
	public static String MatchingView_browse;
	public static String MatchingView_run;
	public static String MatchingView_settings;
	public static String MatchingView_colState;
	public static String MatchingView_colCall;
	public static String MatchingView_colCardTime;
	public static String MatchingView_colBand;
	public static String MatchingView_colMode;
	public static String MatchingView_colQsl;
	public static String MatchingView_colQso;
	public static String MatchingView_colResult;
	public static String MatchingView_colSource;
	public static String MatchingView_show;
	public static String MatchingView_toggle;
	public static String MatchingView_delete;
	public static String MatchingView_move;
	public static String MatchingView_copy;
	public static String MatchingView_writeMarks;
	public static String MatchingView_undo;
	public static String MatchingView_ready;
	public static String MatchingView_chooseFolder;
	public static String MatchingView_chooseAdif;
	public static String MatchingView_title;
	public static String MatchingView_noSource;
	public static String MatchingView_running;
	public static String MatchingView_jobName;
	public static String MatchingView_notConfirmed;
	public static String MatchingView_cancelled;
	public static String MatchingView_failed;
	public static String MatchingView_summary;
	public static String MatchingView_stateNg;
	public static String MatchingView_stateOk;
	public static String MatchingView_stateReceived;
	public static String MatchingView_markedNow;
	public static String MatchingView_markUndone;
	public static String MatchingView_noImage;
	public static String MatchingView_cardTitle;
	public static String MatchingView_noFiles;
	public static String MatchingView_deleteTitle;
	public static String MatchingView_deleteConfirm;
	public static String MatchingView_deleted;
	public static String MatchingView_deleted_summary;
	public static String MatchingView_moveTitle;
	public static String MatchingView_copyTitle;
	public static String MatchingView_moveConfirm;
	public static String MatchingView_copyConfirm;
	public static String MatchingView_moved;
	public static String MatchingView_copied;
	public static String MatchingView_filesFailed;
	public static String MatchingView_marksTitle;
	public static String MatchingView_nothingMatched;
	public static String MatchingView_nothingToMark;
	public static String MatchingView_marksConfirm;
	public static String MatchingView_marksWritten;
	public static String MatchingView_undoTitle;
	public static String MatchingView_undoConfirm;
	public static String Preferences_description;
	public static String Preferences_window;
	public static String Preferences_aliases;
	public static String Preferences_aliasesTip;
	public static String Preferences_modeGroups;
	public static String Preferences_baseCalls;
	public static String Preferences_markRule;
	public static String Preferences_markRuleTip;
	public static String Preferences_badAliases;
	public static String Preferences_badMarkRule;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
