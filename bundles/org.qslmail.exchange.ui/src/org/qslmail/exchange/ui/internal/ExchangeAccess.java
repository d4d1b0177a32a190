package org.qslmail.exchange.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.qslmail.log.LogException;
import org.qslmail.log.QsoLogService;
import org.qslmail.log.QsoStore;
import org.qslmail.mail.MailService;

/** The services this bundle uses, and where it keeps its send journal. */
final class ExchangeAccess {

	/** Jobs of this bundle, so that views and tests can wait for them. */
	static final Object JOB_FAMILY = new Object();
	private static final long SERVICE_WAIT_MILLIS = 10_000;

	private ExchangeAccess() {
	}

	private static final java.util.Map<Class<?>, ServiceTracker<?, ?>> TRACKERS = new java.util.HashMap<>();

	/** The service, tracked for the life of the bundle (a store must not be closed under a running job). */
	@SuppressWarnings("unchecked")
	static synchronized <S> S service(Class<S> type) {
		ServiceTracker<S, S> tracker = (ServiceTracker<S, S>) TRACKERS.get(type);
		if (tracker == null) {
			Bundle bundle = FrameworkUtil.getBundle(ExchangeAccess.class);
			tracker = new ServiceTracker<>(bundle.getBundleContext(), type, null);
			tracker.open();
			TRACKERS.put(type, tracker);
		}
		try {
			// Declarative Services publishes the services right after start; the wait only bounds a broken install.
			S service = tracker.waitForService(SERVICE_WAIT_MILLIS);
			if (service == null) {
				throw new IllegalStateException(type.getName());
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(type.getName(), e);
		}
	}

	static QsoStore store() throws LogException {
		return service(QsoLogService.class).store();
	}

	static MailService mail() {
		return service(MailService.class);
	}

	/** The send journal: in this bundle's state folder of the data folder. */
	static Path journal() {
		return Platform.getStateLocation(FrameworkUtil.getBundle(ExchangeAccess.class)).toPath().resolve("send-journal"); //$NON-NLS-1$
	}
}
