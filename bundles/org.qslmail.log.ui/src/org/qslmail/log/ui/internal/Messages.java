package org.qslmail.log.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of the Log perspective, English and Japanese. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.qslmail.log.ui.internal.messages"; //$NON-NLS-1$

	public static String LogAccess_noService;
	public static String LogView_call;
	public static String LogView_callTip;
	public static String LogView_band;
	public static String LogView_mode;
	public static String LogView_from;
	public static String LogView_to;
	public static String LogView_qsl;
	public static String LogView_all;
	public static String LogView_qslNotSent;
	public static String LogView_qslSent;
	public static String LogView_qslNotReceived;
	public static String LogView_qslReceived;
	public static String LogView_apply;
	public static String LogView_newQso;
	public static String LogView_import;
	public static String LogView_export;
	public static String LogView_refresh;
	public static String LogView_count;
	public static String LogView_filterTitle;
	public static String LogView_badDate;
	public static String LogView_colDate;
	public static String LogView_colTime;
	public static String LogView_colCall;
	public static String LogView_colBand;
	public static String LogView_colFreq;
	public static String LogView_colMode;
	public static String LogView_colRstSent;
	public static String LogView_colRstRcvd;
	public static String LogView_colName;
	public static String LogView_colQth;
	public static String LogView_colQsl;
	public static String QsoEntryDialog_title;
	public static String QsoEntryDialog_message;
	public static String QsoEntryDialog_call;
	public static String QsoEntryDialog_station;
	public static String QsoEntryDialog_date;
	public static String QsoEntryDialog_time;
	public static String QsoEntryDialog_freq;
	public static String QsoEntryDialog_band;
	public static String QsoEntryDialog_mode;
	public static String QsoEntryDialog_rstSent;
	public static String QsoEntryDialog_rstRcvd;
	public static String QsoEntryDialog_name;
	public static String QsoEntryDialog_qth;
	public static String QsoEntryDialog_remarks;
	public static String QsoEntryDialog_badDate;
	public static String QsoEntryDialog_badTime;
	public static String QsoEntryDialog_badFreq;
	public static String QsoEntryDialog_duplicate;
	public static String ImportWizard_title;
	public static String ImportWizard_description;
	public static String ImportWizard_add;
	public static String ImportWizard_remove;
	public static String ImportWizard_format;
	public static String ImportWizard_encoding;
	public static String ImportWizard_station;
	public static String ImportWizard_detect;
	public static String ImportWizard_job;
	public static String ImportWizard_summary;
	public static String ImportWizard_skipped;
	public static String ImportWizard_problem;
	public static String ExportWizard_title;
	public static String ExportWizard_description;
	public static String ExportWizard_format;
	public static String ExportWizard_file;
	public static String ExportWizard_browse;
	public static String ExportWizard_job;
	public static String ExportWizard_done;
	public static String StatsView_refresh;
	public static String StatsView_byBand;
	public static String StatsView_byMode;
	public static String StatsView_byMonth;
	public static String StatsView_qsos;
	public static String StatsView_confirmed;
	public static String StatsView_job;
	public static String StatsView_summary;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
