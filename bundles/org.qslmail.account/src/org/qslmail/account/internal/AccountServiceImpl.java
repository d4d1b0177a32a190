package org.qslmail.account.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.qslmail.account.AccountException;
import org.qslmail.account.AccountService;
import org.qslmail.account.AccountSettings;
import org.qslmail.account.AccountStore;
import org.qslmail.account.AccountValidator;
import org.qslmail.account.Secrets;
import org.qslmail.account.SecureStorageSource;
import org.qslmail.account.SetupState;
import org.qslmail.directory.DirectoryClient;
import org.qslmail.directory.DirectoryException;
import org.qslmail.directory.DirectoryLocation;
import org.qslmail.directory.DirectorySession;
import org.qslmail.directory.DirectoryStatus;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.MailService;
import org.qslmail.presets.PresetRegistry;
import org.qslmail.registration.ProofResult;
import org.qslmail.registration.RegistrationProof;

/** The account service: preferences and secure storage, the directory location of highest ranking. */
@Component(service = AccountService.class)
public final class AccountServiceImpl implements AccountService {

	private record Ranked<T>(T service, int ranking, long id) {
	}

	private final List<Ranked<DirectoryLocation>> locations = new ArrayList<>();
	private final List<Ranked<SecureStorageSource>> storages = new ArrayList<>();
	private volatile MailService mail;
	private volatile PresetRegistry presets;
	private final AccountStore store = new AccountStore(InstanceScope.INSTANCE.getNode(AccountStore.NODE),
			DefaultScope.INSTANCE.getNode(AccountStore.NODE), this::secureRoot);

	@Reference
	void setMail(MailService service) {
		mail = service;
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
	void setPresets(PresetRegistry registry) {
		presets = registry;
	}

	void unsetPresets(PresetRegistry registry) {
		if (presets == registry) {
			presets = null;
		}
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addLocation(DirectoryLocation location, Map<String, Object> properties) {
		synchronized (locations) {
			locations.add(ranked(location, properties));
		}
	}

	void removeLocation(DirectoryLocation location) {
		synchronized (locations) {
			locations.removeIf(r -> r.service() == location);
		}
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addStorage(SecureStorageSource source, Map<String, Object> properties) {
		synchronized (storages) {
			storages.add(ranked(source, properties));
		}
	}

	void removeStorage(SecureStorageSource source) {
		synchronized (storages) {
			storages.removeIf(r -> r.service() == source);
		}
	}

	private static <T> Ranked<T> ranked(T service, Map<String, Object> properties) {
		Object ranking = properties.get(Constants.SERVICE_RANKING);
		Object id = properties.get(Constants.SERVICE_ID);
		return new Ranked<>(service, ranking instanceof Integer i ? i : 0, id instanceof Long l ? l : 0L);
	}

	private static <T> Optional<T> best(List<Ranked<T>> list) {
		synchronized (list) {
			return list.stream().max(Comparator.<Ranked<T>>comparingInt(Ranked::ranking)
					.thenComparing(Comparator.<Ranked<T>>comparingLong(Ranked::id).reversed())).map(Ranked::service);
		}
	}

	private ISecurePreferences secureRoot() throws IOException {
		Optional<SecureStorageSource> source = best(storages);
		return source.isPresent() ? source.get().open() : SecurePreferencesFactory.getDefault();
	}

	@Override
	public AccountStore store() {
		return store;
	}

	@Override
	public MailService mail() {
		return mail;
	}

	@Override
	public Optional<PresetRegistry> presets() {
		return Optional.ofNullable(presets);
	}

	@Override
	public Optional<DirectoryTarget> directory() {
		List<Ranked<DirectoryLocation>> withUri;
		synchronized (locations) {
			withUri = locations.stream().filter(r -> r.service().uri().isPresent()).toList();
		}
		return best(new ArrayList<>(withUri))
				.map(location -> new DirectoryTarget(location.uri().orElseThrow(), location.sandbox()));
	}

	private DirectoryClient client(Duration timeout) throws AccountException {
		URI uri = directory().map(DirectoryTarget::uri)
				.orElseThrow(() -> new AccountException(Messages.AccountService_noDirectory));
		return new DirectoryClient(uri, timeout);
	}

	@Override
	public DirectoryStatus status(String callsign, char[] directoryPassword, IProgressMonitor monitor)
			throws AccountException, DirectoryException {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.AccountService_statusTask, 2);
		DirectoryClient client = client(Duration.ofSeconds(AccountSettings.DEFAULT_TIMEOUT_SECONDS));
		DirectorySession session = client.login(callsign.strip(), directoryPassword);
		sub.worked(1);
		return client.status(session);
	}

	@Override
	public DirectoryStatus unregister(String callsign, char[] directoryPassword, IProgressMonitor monitor)
			throws AccountException, DirectoryException {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.AccountService_unregisterTask, 2);
		DirectoryClient client = client(Duration.ofSeconds(AccountSettings.DEFAULT_TIMEOUT_SECONDS));
		DirectorySession session = client.login(callsign.strip(), directoryPassword);
		sub.worked(1);
		DirectoryStatus status = client.unregister(session);
		sub.worked(1);
		return status;
	}

	@Override
	public Saved registerAndSave(AccountSettings settings, Secrets secrets, SetupState state, IProgressMonitor monitor)
			throws AccountException, DirectoryException {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.AccountService_registerTask, 100);
		if (AccountValidator.hasErrors(AccountValidator.validate(settings, null, secrets))) {
			throw new AccountException(Messages.AccountService_invalid);
		}
		if (!state.canRegister(settings, secrets)) {
			throw new AccountException(Messages.AccountService_checksFirst);
		}
		if (secrets.directoryPassword().length == 0) {
			throw new AccountException(Messages.AccountService_directoryPasswordMissing);
		}
		MailAccount account = settings.toMailAccount(secrets);
		DirectoryClient client = client(account.timeout());
		DirectorySession session = client.login(settings.callsign().strip(), secrets.directoryPassword());
		sub.worked(5);
		DirectoryStatus status = prove(new RegistrationProof(mail), client, session, account, account.timeout(),
				sub.split(85));
		sub.subTask(Messages.AccountService_saving);
		store.save(settings);
		store.saveSecrets(settings.callsign(), secrets);
		java.nio.file.Path backup = store.writeBackup(settings);
		sub.worked(10);
		if (!status.address().map(a -> a.equalsIgnoreCase(settings.address().strip())).orElse(false)) {
			throw new AccountException(NLS.bind(Messages.AccountService_notRegistered, settings.address()));
		}
		return new Saved(status, backup);
	}

	/**
	 * The register step: runs the one registration proof ({@link RegistrationProof}, bundle
	 * org.qslmail.registration) and turns a failed proof into an {@link AccountException} with the proof's
	 * translated message (the address and the wait, or the mail error) and the last receive check's result.
	 *
	 * @param wait how long the token mail may take to arrive (the account's timeout)
	 * @return the status after the confirmation (the caller checks that it shows the address)
	 * @throws AccountException   when the token mail does not arrive in time or cannot be read
	 * @throws DirectoryException when the directory refuses (login expired, token expired or used)
	 */
	public static DirectoryStatus prove(RegistrationProof proof, DirectoryClient client, DirectorySession session,
			MailAccount account, Duration wait, IProgressMonitor monitor) throws AccountException, DirectoryException {
		ProofResult result = proof.register(client, session, account, wait, monitor);
		if (result.message().isPresent()) {
			throw new AccountException(result.message().get(), result.receive().orElse(null), null);
		}
		return result.status();
	}
}
