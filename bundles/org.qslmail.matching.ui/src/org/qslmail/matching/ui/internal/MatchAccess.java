package org.qslmail.matching.ui.internal;

import java.time.ZoneOffset;

import org.qslmail.core.LogZone;
import org.qslmail.log.LogException;
import org.qslmail.log.QsoLogService;
import org.qslmail.log.QsoStore;
import org.qslmail.ui.UiPreferences;
import org.qslmail.ui.UiServices;

/** The log service and the display zone, for the view of this bundle. */
final class MatchAccess {

	/** Jobs of this bundle, so that the view and tests can wait for them. */
	static final Object JOB_FAMILY = new Object();

	private MatchAccess() {
	}

	static QsoStore store() throws LogException {
		return UiServices.get(QsoLogService.class).orElseThrow(() -> new LogException(Messages.MatchAccess_noService)).store();
	}

	/** The zone log times are shown in (preference of org.qslmail.ui). */
	static LogZone displayZone() {
		return UiPreferences.showsUtc() ? LogZone.UTC : LogZone.JST;
	}

	static ZoneOffset displayOffset() {
		return displayZone().offset();
	}
}
