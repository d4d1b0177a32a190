package org.qslmail.account.ui.internal;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.qslmail.account.AccountException;
import org.qslmail.account.AccountService;

/** The account service, for the views and the editor of this bundle. */
final class AccountAccess {

	/** Jobs of this bundle (checks, detection, directory), so that tests can wait for them. */
	static final Object JOB_FAMILY = new Object();

	private static final long SERVICE_WAIT_MILLIS = 10_000;
	private static ServiceTracker<AccountService, AccountService> tracker;

	private AccountAccess() {
	}

	static synchronized AccountService service() throws AccountException {
		if (tracker == null) {
			tracker = new ServiceTracker<>(FrameworkUtil.getBundle(AccountAccess.class).getBundleContext(),
					AccountService.class, null);
			tracker.open();
		}
		AccountService service;
		try {
			// Declarative Services publishes the service right after start; the wait only bounds a broken install.
			service = tracker.waitForService(SERVICE_WAIT_MILLIS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			service = null;
		}
		if (service == null) {
			throw new AccountException(Messages.AccountAccess_noService);
		}
		return service;
	}
}
