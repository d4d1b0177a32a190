package org.qslmail.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * OSGi services for the views, editors and handlers of the QSL Mail bundles: each type is tracked once for the
 * life of the framework, so a service (such as the QSO log) is not closed under a running job.
 */
public final class UiServices {

	/** Declarative Services publishes the services right after start; the wait only bounds a broken install. */
	private static final long WAIT_MILLIS = 10_000;
	private static final Map<Class<?>, ServiceTracker<?, ?>> TRACKERS = new HashMap<>();

	private UiServices() {
	}

	/** The highest-ranked service of a type, or empty when none comes within a few seconds. */
	public static <S> Optional<S> get(Class<S> type) {
		try {
			return Optional.ofNullable(tracker(type).waitForService(WAIT_MILLIS));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	@SuppressWarnings("unchecked")
	private static synchronized <S> ServiceTracker<S, S> tracker(Class<S> type) {
		return (ServiceTracker<S, S>) TRACKERS.computeIfAbsent(type, t -> {
			ServiceTracker<S, S> tracker = new ServiceTracker<>(
					FrameworkUtil.getBundle(UiServices.class).getBundleContext(), type, null);
			tracker.open();
			return tracker;
		});
	}
}
