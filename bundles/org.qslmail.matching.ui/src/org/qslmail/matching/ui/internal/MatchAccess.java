package org.qslmail.matching.ui.internal;

import java.time.ZoneOffset;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.qslmail.core.LogZone;
import org.qslmail.log.LogException;
import org.qslmail.log.QsoLogService;
import org.qslmail.log.QsoStore;
import org.qslmail.ui.UiPreferences;

/** The log service and the display zone, for the view of this bundle. */
final class MatchAccess {

	/** Jobs of this bundle, so that the view and tests can wait for them. */
	static final Object JOB_FAMILY = new Object();

	private static final long SERVICE_WAIT_MILLIS = 10_000;
	private static ServiceTracker<QsoLogService, QsoLogService> tracker;

	private MatchAccess() {
	}

	static synchronized QsoStore store() throws LogException {
		if (tracker == null) {
			tracker = new ServiceTracker<>(FrameworkUtil.getBundle(MatchAccess.class).getBundleContext(),
					QsoLogService.class, null);
			tracker.open();
		}
		QsoLogService service;
		try {
			// Declarative Services publishes the service right after start; the wait only bounds a broken install.
			service = tracker.waitForService(SERVICE_WAIT_MILLIS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			service = null;
		}
		if (service == null) {
			throw new LogException(Messages.MatchAccess_noService);
		}
		return service.store();
	}

	/** The zone log times are shown in (preference of org.qslmail.ui). */
	static LogZone displayZone() {
		String zone = Platform.getPreferencesService().getString(UiPreferences.NODE, UiPreferences.DISPLAY_TIME_ZONE,
				UiPreferences.TIME_ZONE_JST, null);
		return UiPreferences.TIME_ZONE_UTC.equals(zone) ? LogZone.UTC : LogZone.JST;
	}

	static ZoneOffset displayOffset() {
		return displayZone().offset();
	}
}
