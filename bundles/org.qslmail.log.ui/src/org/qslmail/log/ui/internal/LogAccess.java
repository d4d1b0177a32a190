package org.qslmail.log.ui.internal;

import java.time.ZoneOffset;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.qslmail.core.LogZone;
import org.qslmail.log.LogException;
import org.qslmail.log.QsoLogService;
import org.qslmail.log.QsoStore;
import org.qslmail.ui.UiPreferences;

/** The log service and the display zone, for the views and dialogs of this bundle. */
final class LogAccess {

	/** Jobs of this bundle, so that views and tests can wait for them. */
	static final Object JOB_FAMILY = new Object();

	private static final long SERVICE_WAIT_MILLIS = 10_000;
	private static ServiceTracker<QsoLogService, QsoLogService> tracker;

	private LogAccess() {
	}

	static synchronized QsoStore store() throws LogException {
		if (tracker == null) {
			tracker = new ServiceTracker<>(FrameworkUtil.getBundle(LogAccess.class).getBundleContext(),
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
			throw new LogException(Messages.LogAccess_noService);
		}
		return service.store();
	}

	/** The zone times are shown and typed in (preference of org.qslmail.ui). */
	static LogZone displayZone() {
		String zone = Platform.getPreferencesService().getString(UiPreferences.NODE, UiPreferences.DISPLAY_TIME_ZONE,
				UiPreferences.TIME_ZONE_JST, null);
		return UiPreferences.TIME_ZONE_UTC.equals(zone) ? LogZone.UTC : LogZone.JST;
	}

	static ZoneOffset displayOffset() {
		return displayZone().offset();
	}
}
