package org.qslmail.account;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;
import org.qslmail.account.AccountProperties.Parsed;
import org.qslmail.account.internal.Messages;

/**
 * The saved accounts, one per station callsign. Settings live in the preferences of
 * {@value #NODE} ({@code accounts/<CALLSIGN>}, the {@link AccountProperties} pairs); passwords live only in
 * Equinox secure storage ({@code /org.qslmail.account/<CALLSIGN>}, encrypted). New accounts start from the
 * deployment defaults: the same pairs in the default scope of {@value #NODE}, which a contest club hands out
 * with {@code plugin_customization.ini} ({@code org.qslmail.account/smtp-host = ...}).
 */
public final class AccountStore {

	public static final String NODE = "org.qslmail.account"; //$NON-NLS-1$
	/** Preference: the folder of the backup files (default: Documents/QSL Mail in the home folder). */
	public static final String BACKUP_FOLDER = "backupFolder"; //$NON-NLS-1$
	/** Preference: the callsign of the station whose account the screens open first. */
	public static final String CURRENT = "currentStation"; //$NON-NLS-1$
	private static final String ACCOUNTS = "accounts"; //$NON-NLS-1$
	private static final String MAIL_PASSWORD = "mail-password"; //$NON-NLS-1$
	private static final String SMTP_PASSWORD = "smtp-password"; //$NON-NLS-1$
	private static final String DIRECTORY_PASSWORD = "directory-password"; //$NON-NLS-1$
	private static final List<String> NOT_ACCOUNT_KEYS = List.of(BACKUP_FOLDER, CURRENT);

	/** Opens the secure storage root; called for each access so a storage source may come and go. */
	@FunctionalInterface
	public interface SecureRoot {
		ISecurePreferences open() throws IOException;
	}

	private final Preferences instance;
	private final Preferences defaults;
	private final SecureRoot secure;

	/**
	 * @param instance the node {@value #NODE} of the instance scope (where accounts are saved)
	 * @param defaults the node {@value #NODE} of the default scope (deployment defaults)
	 */
	public AccountStore(Preferences instance, Preferences defaults, SecureRoot secure) {
		this.instance = instance;
		this.defaults = defaults;
		this.secure = secure;
	}

	/** The callsigns of the saved accounts, sorted. */
	public List<String> callsigns() throws AccountException {
		try {
			List<String> calls = new ArrayList<>();
			Preferences accounts = instance.node(ACCOUNTS);
			for (String child : accounts.childrenNames()) {
				String call = accounts.node(child).get(AccountProperties.CALLSIGN, null);
				if (call != null) {
					calls.add(call);
				}
			}
			calls.sort(null);
			return calls;
		} catch (BackingStoreException e) {
			throw new AccountException(NLS.bind(Messages.AccountStore_preferences, e.getMessage()), e);
		}
	}

	/** The saved account of {@code callsign}. */
	public Optional<AccountSettings> load(String callsign) throws AccountException {
		try {
			Preferences accounts = instance.node(ACCOUNTS);
			String name = nodeName(callsign);
			if (!accounts.nodeExists(name)) {
				return Optional.empty();
			}
			Preferences node = accounts.node(name);
			Map<String, String> pairs = new LinkedHashMap<>();
			for (String key : node.keys()) {
				pairs.put(key, node.get(key, "")); //$NON-NLS-1$
			}
			// Start from the built-in values, not the deployment defaults: a saved account is complete.
			return Optional.of(AccountProperties.fromMap(pairs, new AccountSettings()).settings());
		} catch (BackingStoreException e) {
			throw new AccountException(NLS.bind(Messages.AccountStore_preferences, e.getMessage()), e);
		}
	}

	/** The deployment defaults (default scope of {@value #NODE}) and what is wrong with them. */
	public Parsed deploymentDefaults() {
		Map<String, String> pairs = new LinkedHashMap<>();
		try {
			for (String key : defaults.keys()) {
				if (!NOT_ACCOUNT_KEYS.contains(key)) {
					pairs.put(key, defaults.get(key, "")); //$NON-NLS-1$
				}
			}
		} catch (BackingStoreException e) {
			return new Parsed(new AccountSettings(), List.of(e.getMessage()));
		}
		return AccountProperties.fromMap(pairs, new AccountSettings());
	}

	/** A new account for {@code callsign}: the deployment defaults with that callsign. */
	public AccountSettings newAccount(String callsign) {
		return deploymentDefaults().settings().callsign(callsign.strip().toUpperCase(Locale.ROOT));
	}

	/** The saved account, or a new one from the deployment defaults. */
	public AccountSettings loadOrNew(String callsign) throws AccountException {
		Optional<AccountSettings> saved = load(callsign);
		return saved.isPresent() ? saved.get() : newAccount(callsign);
	}

	/** Saves the settings (never a password) under their callsign and makes it the current station. */
	public void save(AccountSettings settings) throws AccountException {
		if (settings.callsign().isBlank()) {
			throw new AccountException(Messages.Validation_callsignMissing);
		}
		try {
			Preferences node = instance.node(ACCOUNTS).node(nodeName(settings.callsign()));
			node.clear();
			AccountProperties.toMap(settings).forEach(node::put);
			instance.put(CURRENT, settings.callsign());
			instance.flush();
		} catch (BackingStoreException e) {
			throw new AccountException(NLS.bind(Messages.AccountStore_preferences, e.getMessage()), e);
		}
	}

	/** Removes an account and its passwords. */
	public void delete(String callsign) throws AccountException {
		try {
			Preferences accounts = instance.node(ACCOUNTS);
			if (accounts.nodeExists(nodeName(callsign))) {
				accounts.node(nodeName(callsign)).removeNode();
			}
			instance.flush();
			ISecurePreferences root = secureRoot();
			if (root.nodeExists(secureName(callsign))) {
				root.node(secureName(callsign)).removeNode();
				root.flush();
			}
		} catch (BackingStoreException | IOException e) {
			throw new AccountException(NLS.bind(Messages.AccountStore_preferences, e.getMessage()), e);
		}
	}

	/** The station whose account was saved last, if any. */
	public Optional<String> current() {
		return Optional.ofNullable(instance.get(CURRENT, null));
	}

	/** Saves the passwords, encrypted, in secure storage; empty passwords are removed. */
	public void saveSecrets(String callsign, Secrets secrets) throws AccountException {
		try {
			ISecurePreferences root = secureRoot();
			ISecurePreferences node = root.node(secureName(callsign));
			put(node, MAIL_PASSWORD, secrets.mailPassword());
			put(node, SMTP_PASSWORD, secrets.smtpPassword());
			put(node, DIRECTORY_PASSWORD, secrets.directoryPassword());
			root.flush();
		} catch (StorageException | IOException e) {
			throw new AccountException(NLS.bind(Messages.AccountStore_secureStorage, e.getMessage()), e);
		}
	}

	/** The saved passwords of {@code callsign} (empty when none are saved). */
	public Secrets secrets(String callsign) throws AccountException {
		try {
			ISecurePreferences root = secureRoot();
			if (!root.nodeExists(secureName(callsign))) {
				return Secrets.NONE;
			}
			ISecurePreferences node = root.node(secureName(callsign));
			return Secrets.of(node.get(MAIL_PASSWORD, null), node.get(SMTP_PASSWORD, null),
					node.get(DIRECTORY_PASSWORD, null));
		} catch (StorageException | IOException e) {
			throw new AccountException(NLS.bind(Messages.AccountStore_secureStorage, e.getMessage()), e);
		}
	}

	/** The folder of backup files: the preference {@value #BACKUP_FOLDER}, else Documents/QSL Mail. */
	public Path backupFolder() {
		String configured = instance.get(BACKUP_FOLDER, defaults.get(BACKUP_FOLDER, null));
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured.strip());
		}
		return Path.of(System.getProperty("user.home"), "Documents", "QSL Mail"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Writes the backup file of these settings (no passwords) and returns its path. */
	public Path writeBackup(AccountSettings settings) throws AccountException {
		Path file = backupFolder().resolve(AccountFile.fileName(settings.callsign()));
		try {
			AccountFile.write(settings, file);
			return file;
		} catch (IOException e) {
			throw new AccountException(NLS.bind(Messages.AccountStore_backupFailed, file, e.getMessage()), e);
		}
	}

	private ISecurePreferences secureRoot() throws IOException {
		return secure.open().node(NODE);
	}

	private static void put(ISecurePreferences node, String key, char[] value) throws StorageException {
		if (value.length == 0) {
			node.remove(key);
		} else {
			node.put(key, new String(value), true);
		}
	}

	private static String nodeName(String callsign) {
		return callsign.strip().toUpperCase(Locale.ROOT).replace('/', '_');
	}

	private static String secureName(String callsign) {
		return EncodingUtils.encodeSlashes(callsign.strip().toUpperCase(Locale.ROOT));
	}
}
