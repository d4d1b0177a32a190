package org.qslmail.account.ui.internal;

import org.qslmail.account.AccountException;
import org.qslmail.account.AccountService;
import org.qslmail.ui.UiServices;

/** The account service, for the views and the editor of this bundle. */
final class AccountAccess {

	/** Jobs of this bundle (checks, detection, directory), so that tests can wait for them. */
	static final Object JOB_FAMILY = new Object();

	private AccountAccess() {
	}

	static AccountService service() throws AccountException {
		return UiServices.get(AccountService.class).orElseThrow(() -> new AccountException(Messages.AccountAccess_noService));
	}
}
