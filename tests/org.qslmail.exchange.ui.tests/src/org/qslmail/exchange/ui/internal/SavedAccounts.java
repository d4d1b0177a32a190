package org.qslmail.exchange.ui.internal;

import java.nio.file.Path;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.qslmail.account.AccountException;
import org.qslmail.account.AccountService;
import org.qslmail.account.AccountStore;
import org.qslmail.account.SecureStorageSource;

/**
 * Saved station accounts for a test: a secure storage file opened on a fixed master password (no prompt), given
 * to the account service as the highest-ranked storage. Closing removes the accounts the test saved.
 */
final class SavedAccounts implements AutoCloseable {

	private final ServiceRegistration<SecureStorageSource> registration;
	private final AccountStore store;

	SavedAccounts(Path file) throws Exception {
		Map<Object, Object> options = new HashMap<>();
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("exchange-ui-test".toCharArray()));
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		ISecurePreferences secure = SecurePreferencesFactory.open(file.toUri().toURL(), options);
		Dictionary<String, Object> ranking = new Hashtable<>();
		ranking.put(Constants.SERVICE_RANKING, 1000);
		registration = FrameworkUtil.getBundle(SavedAccounts.class).getBundleContext()
				.registerService(SecureStorageSource.class, () -> secure, ranking);
		store = ExchangeAccess.service(AccountService.class).store();
	}

	AccountStore store() {
		return store;
	}

	@Override
	public void close() throws AccountException {
		try {
			for (String call : store.callsigns()) {
				store.delete(call);
			}
		} finally {
			registration.unregister();
		}
	}
}
