package org.qslmail.exchange.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.qslmail.account.AccountException;
import org.qslmail.account.AccountService;
import org.qslmail.account.AccountSettings;
import org.qslmail.account.AccountValidator;
import org.qslmail.account.Issue;
import org.qslmail.account.Secrets;
import org.qslmail.mail.MailAccount;

/**
 * The station accounts saved in Account settings, for the send and receive dialogs: choosing one sends and
 * receives with exactly the checked settings (authentication, APOP, trusted certificates) and the passwords from
 * the secure storage, instead of fields typed again.
 */
final class StationAccounts {

	/** A saved account ready to use. */
	record Chosen(AccountSettings settings, MailAccount mail, char[] directoryPassword, Optional<String> directory) {
	}

	private StationAccounts() {
	}

	private static AccountService service() {
		return ExchangeAccess.service(AccountService.class);
	}

	/** The callsigns with a saved account, sorted; empty when none can be read. */
	static List<String> callsigns() {
		try {
			return service().store().callsigns();
		} catch (AccountException | IllegalStateException e) {
			return List.of();
		}
	}

	/** The station whose account was saved last. */
	static Optional<String> current() {
		try {
			return service().store().current();
		} catch (IllegalStateException e) {
			return Optional.empty();
		}
	}

	/** The saved settings of a station (no passwords), for showing them. */
	static Optional<AccountSettings> settings(String callsign) {
		try {
			return service().store().load(callsign);
		} catch (AccountException | IllegalStateException e) {
			return Optional.empty();
		}
	}

	/** The configured QSL directory, as a URL. */
	static Optional<String> directory() {
		try {
			return service().directory().map(d -> d.uri().toString());
		} catch (IllegalStateException e) {
			return Optional.empty();
		}
	}

	/**
	 * The saved account of a station with its passwords (this may ask for the secure storage's master password).
	 *
	 * @throws AccountException when it cannot be read or is not complete enough to use (the message says what)
	 */
	static Chosen use(String callsign) throws AccountException {
		AccountService service = service();
		AccountSettings settings = service.store().load(callsign)
				.orElseThrow(() -> new AccountException(NLS.bind(Messages.Dialog_accountGone, callsign)));
		Secrets secrets = service.store().secrets(callsign);
		for (Issue issue : AccountValidator.validate(settings, settings.address(), secrets)) {
			if (issue.isError()) {
				throw new AccountException(NLS.bind(Messages.Dialog_accountIncomplete, callsign, issue.message()));
			}
		}
		return new Chosen(settings, settings.toMailAccount(secrets), secrets.directoryPassword(), directory());
	}
}
