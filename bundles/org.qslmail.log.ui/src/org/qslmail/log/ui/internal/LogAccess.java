package org.qslmail.log.ui.internal;

import java.time.ZoneOffset;

import org.qslmail.core.LogZone;
import org.qslmail.log.LogException;
import org.qslmail.log.QsoLogService;
import org.qslmail.log.QsoStore;
import org.qslmail.ui.UiPreferences;
import org.qslmail.ui.UiServices;

/** The log service and the display zone, for the views and dialogs of this bundle. */
final class LogAccess {

	/** Jobs of this bundle, so that views and tests can wait for them. */
	static final Object JOB_FAMILY = new Object();

	private LogAccess() {
	}

	static QsoStore store() throws LogException {
		return UiServices.get(QsoLogService.class).orElseThrow(() -> new LogException(Messages.LogAccess_noService)).store();
	}

	/** The zone times are shown and typed in (preference of org.qslmail.ui). */
	static LogZone displayZone() {
		return UiPreferences.showsUtc() ? LogZone.UTC : LogZone.JST;
	}

	static ZoneOffset displayOffset() {
		return displayZone().offset();
	}
}
