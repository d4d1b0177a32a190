package org.qslmail.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;
import org.qslmail.account.internal.AccountServiceImpl;
import org.qslmail.directory.DirectoryClient;
import org.qslmail.directory.DirectoryLocation;
import org.qslmail.directory.DirectorySession;
import org.qslmail.directory.DirectoryStatus;
import org.qslmail.mail.Category;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.MailResult;
import org.qslmail.mail.MailService;
import org.qslmail.mail.PresetProvider;
import org.qslmail.mail.internal.MailServiceImpl;
import org.qslmail.registration.RegistrationProof;

/**
 * The register step against a local mail server and an in-process directory, through the one registration
 * proof ({@link RegistrationProof}) as the account service runs it: the token mail is found by the receive
 * check, the wait for it is bounded, failures reach the account service's callers as {@link AccountException}
 * with the mail result, and the account service (inside OSGi, with DS) registers and saves.
 */
class RegistrationTest {

	@TempDir
	Path temp;

	private MailAndDirectory f;
	private final MailService mail = new MailServiceImpl();

	@BeforeEach
	void start() throws Exception {
		f = new MailAndDirectory();
	}

	@AfterEach
	void stop() {
		f.close();
	}

	@Test
	void tokenMailArrivingLateIsFoundByARetryBeforeTheDeadline() throws Exception {
		f.hold = true;
		DirectoryClient client = f.client();
		DirectorySession session = client.login(MailAndDirectory.CALLSIGN, MailAndDirectory.DIRECTORY_PASSWORD.toCharArray());
		MailAccount account = f.settings().toMailAccount(f.secrets());
		AtomicInteger pauses = new AtomicInteger();
		// The "pause" delivers the held mail: the first receive check misses it, the second finds it. No sleeping.
		DirectoryStatus status = AccountServiceImpl.prove(new RegistrationProof(mail, (d, m) -> {
			pauses.incrementAndGet();
			try {
				f.deliverHeld();
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}), client, session, account, Duration.ofSeconds(30), null);
		assertEquals(1, pauses.get());
		assertEquals(Optional.of(MailAndDirectory.ADDRESS), status.address());
		assertEquals(0, f.greenMail.getReceivedMessages().length, "the token mail was removed from the box");
	}

	@Test
	void tokenMailThatNeverArrivesEndsAtTheDeadline() throws Exception {
		f.hold = true;
		DirectoryClient client = f.client();
		DirectorySession session = client.login(MailAndDirectory.CALLSIGN, MailAndDirectory.DIRECTORY_PASSWORD.toCharArray());
		AtomicInteger pauses = new AtomicInteger();
		AccountException e = assertThrows(AccountException.class,
				() -> AccountServiceImpl.prove(new RegistrationProof(mail, (d, m) -> pauses.incrementAndGet()), client,
						session, f.settings().toMailAccount(f.secrets()), Duration.ZERO, null));
		assertEquals(0, pauses.get(), "no wait after the deadline");
		assertEquals(Category.MAILBOX, e.mailResult().orElseThrow().category());
		assertTrue(e.getMessage().contains(MailAndDirectory.ADDRESS), e.getMessage());
		assertFalse(client.status(session).isRegistered());
		assertEquals(Optional.of(MailAndDirectory.ADDRESS), client.status(session).pendingAddress());
	}

	@Test
	void wrongMailPasswordStopsAtOnceWithTheMailResult() throws Exception {
		DirectoryClient client = f.client();
		DirectorySession session = client.login(MailAndDirectory.CALLSIGN, MailAndDirectory.DIRECTORY_PASSWORD.toCharArray());
		AccountException e = assertThrows(AccountException.class,
				() -> AccountServiceImpl.prove(new RegistrationProof(mail, (d, m) -> {
					throw new AssertionError("no retry after an authentication failure");
				}), client, session, f.settings().toMailAccount(Secrets.of("wrong", null, null)), Duration.ofSeconds(30),
						null));
		assertEquals(Category.AUTH, e.mailResult().orElseThrow().category());
		assertTrue(e.getMessage().contains(e.mailResult().get().code()), e.getMessage());
		assertFalse(client.status(session).isRegistered());
	}

	@Test
	void accountServiceRegistersAndSavesOnlyAfterBothChecks() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(AccountServiceImpl.class).getBundleContext();
		ServiceTracker<AccountService, AccountService> tracker = new ServiceTracker<>(context, AccountService.class, null);
		tracker.open();
		ServiceTracker<PresetProvider, PresetProvider> presets = new ServiceTracker<>(context, PresetProvider.class, null);
		presets.open();
		Path storage = temp.resolve("secure_storage");
		var secure = AccountStoreTest.openSecureStorage(storage);
		ServiceRegistration<SecureStorageSource> storageRegistration = context.registerService(SecureStorageSource.class,
				() -> secure, null);
		ServiceRegistration<DirectoryLocation> low = context.registerService(DirectoryLocation.class,
				location("http://127.0.0.1:9/", false), ranking(1));
		ServiceRegistration<DirectoryLocation> high = null;
		String oldFolder = InstanceScope.INSTANCE.getNode(AccountStore.NODE).get(AccountStore.BACKUP_FOLDER, null);
		InstanceScope.INSTANCE.getNode(AccountStore.NODE).put(AccountStore.BACKUP_FOLDER, temp.resolve("Documents").toString());
		try {
			AccountService service = tracker.waitForService(30_000);
			assertNotNull(service, "Declarative Services did not publish the account service");
			assertNotNull(presets.waitForService(30_000), "the preset adapter for detection is published");
			assertEquals("http://127.0.0.1:9/", service.directory().orElseThrow().uri().toString());
			high = context.registerService(DirectoryLocation.class, location(f.uri.toString(), true), ranking(100));
			assertEquals(f.uri, service.directory().orElseThrow().uri(), "the highest ranking wins");
			assertTrue(service.directory().orElseThrow().sandbox());

			AccountSettings settings = f.settings();
			Secrets secrets = f.secrets();
			SetupState state = new SetupState();
			AccountException early = assertThrows(AccountException.class,
					() -> service.registerAndSave(settings, secrets, state, null));
			assertTrue(early.getMessage().contains("send check"), early.getMessage());

			MailResult sent = service.mail().sendCheck(settings.toMailAccount(secrets), null);
			assertTrue(sent.ok(), sent::toString);
			state.recordSend(settings.copy(), secrets, sent);
			MailResult received = service.mail().receiveCheck(settings.toMailAccount(secrets), sent.token(), null);
			assertTrue(received.ok(), received::toString);
			state.recordReceive(settings.copy(), secrets, received);

			AccountService.Saved saved = service.registerAndSave(settings, secrets, state, null);
			assertEquals(Optional.of(MailAndDirectory.ADDRESS), saved.status().address());
			assertEquals(Optional.of(MailAndDirectory.ADDRESS),
					service.status(MailAndDirectory.CALLSIGN, MailAndDirectory.DIRECTORY_PASSWORD.toCharArray(), null).address());
			assertTrue(Files.exists(saved.backup()));
			assertFalse(Files.readString(saved.backup()).contains(MailAndDirectory.MAIL_PASSWORD));
			assertEquals(settings, service.store().load(MailAndDirectory.CALLSIGN).orElseThrow());
			assertEquals(MailAndDirectory.MAIL_PASSWORD,
					new String(service.store().secrets(MailAndDirectory.CALLSIGN).mailPassword()));
			assertTrue(Files.readString(storage, java.nio.charset.StandardCharsets.ISO_8859_1).contains("directory-password"),
					"the passwords went to the registered secure storage");

			// Remove my registration (hQSL: register a blank address): the address is gone, the login stays.
			assertThrows(org.qslmail.directory.DirectoryException.class, () -> service.unregister(MailAndDirectory.CALLSIGN,
					"wrong directory password".toCharArray(), null));
			assertEquals(Optional.of(MailAndDirectory.ADDRESS),
					service.status(MailAndDirectory.CALLSIGN, MailAndDirectory.DIRECTORY_PASSWORD.toCharArray(), null).address(),
					"a wrong directory password removes nothing");
			DirectoryStatus removed = service.unregister(MailAndDirectory.CALLSIGN,
					MailAndDirectory.DIRECTORY_PASSWORD.toCharArray(), null);
			assertEquals(Optional.empty(), removed.address());
			assertEquals(Optional.empty(),
					service.status(MailAndDirectory.CALLSIGN, MailAndDirectory.DIRECTORY_PASSWORD.toCharArray(), null).address());
			assertEquals(settings, service.store().load(MailAndDirectory.CALLSIGN).orElseThrow(), "the settings stay");

			high.unregister();
			high = null;
			low.unregister();
			low = null;
			assertTrue(service.directory().isEmpty());
			AccountException none = assertThrows(AccountException.class, () -> service.status("JA1UIT", new char[0], null));
			assertTrue(none.getMessage().contains("org.qslmail.directory/url"), none.getMessage());
		} finally {
			service(tracker).store().delete(MailAndDirectory.CALLSIGN);
			if (high != null) {
				high.unregister();
			}
			if (low != null) {
				low.unregister();
			}
			storageRegistration.unregister();
			if (oldFolder == null) {
				InstanceScope.INSTANCE.getNode(AccountStore.NODE).remove(AccountStore.BACKUP_FOLDER);
			}
			tracker.close();
			presets.close();
		}
	}

	private static AccountService service(ServiceTracker<AccountService, AccountService> tracker) {
		return tracker.getService();
	}

	private static Dictionary<String, Object> ranking(int ranking) {
		Hashtable<String, Object> p = new Hashtable<>();
		p.put(Constants.SERVICE_RANKING, ranking);
		return p;
	}

	private static DirectoryLocation location(String uri, boolean sandbox) {
		return new DirectoryLocation() {
			@Override
			public Optional<java.net.URI> uri() {
				return Optional.of(java.net.URI.create(uri));
			}

			@Override
			public boolean sandbox() {
				return sandbox;
			}
		};
	}
}
