package org.qslmail.sandbox.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.qslmail.core.Callsign;
import org.qslmail.directory.DirectoryClient;
import org.qslmail.directory.DirectoryException;
import org.qslmail.directory.DirectoryLocation;
import org.qslmail.directory.DirectorySession;
import org.qslmail.directory.server.PasswordHashing;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.Category;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.MailResult;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.ReceiveSettings;
import org.qslmail.mail.Security;
import org.qslmail.mail.SmtpSettings;
import org.qslmail.mail.internal.MailServiceImpl;
import org.qslmail.presets.PresetRegistry;
import org.qslmail.presets.ProviderPreset;
import org.qslmail.registration.ProofResult;
import org.qslmail.registration.RegistrationProof;
import org.qslmail.sandbox.Sandbox;

/**
 * The sandbox on loopback: two stations set up from the sandbox preset alone, each registering only after its
 * send and receive checks passed, find each other; a real address can never be registered in the sandbox.
 */
class SandboxTest {

	private static final char[] DIRECTORY_PASSWORD = "sandbox station 73".toCharArray();

	@TempDir
	Path folder;
	private final MailServiceImpl mail = new MailServiceImpl();
	private LocalSandbox sandbox;

	@BeforeEach
	void start() throws Exception {
		sandbox = LocalSandbox.start(folder, mail, false, new PasswordHashing(1000));
	}

	@AfterEach
	void stop() {
		if (sandbox != null) {
			sandbox.close();
		}
	}

	/** The account as the setup fills it from the preset: only the address and a password are typed. */
	private static MailAccount fromPreset(ProviderPreset preset, String address, String password) {
		var smtp = preset.smtp().orElseThrow();
		var pop3 = preset.pop3().orElseThrow();
		assertEquals(Optional.of(org.qslmail.presets.Security.NONE), smtp.security());
		return new MailAccount(address, preset.userNameForm().orElseThrow().userName(address), password.toCharArray(),
				new SmtpSettings(smtp.host(address).orElseThrow(), smtp.port().getAsInt(), Security.NONE, AuthMethod.AUTOMATIC),
				new ReceiveSettings(Protocol.POP3, pop3.host(address).orElseThrow(), pop3.port().getAsInt(), Security.NONE,
						AuthMethod.AUTOMATIC, false, true),
				false, Duration.ofSeconds(10), null);
	}

	/** Send check, then the receive check until the mail is there (bounded). */
	private MailResult checks(MailAccount account) throws Exception {
		MailResult send = mail.sendCheck(account, new NullProgressMonitor());
		assertTrue(send.ok(), send::hint);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		MailResult receive;
		do {
			receive = mail.receiveCheck(account, send.token(), new NullProgressMonitor());
			if (receive.ok() || receive.category() != Category.MAILBOX) {
				break;
			}
			TimeUnit.MILLISECONDS.sleep(100);
		} while (System.nanoTime() < deadline);
		return receive;
	}

	private DirectorySession register(DirectoryClient client, MailAccount account, String callsign) throws Exception {
		client.createStation(callsign, DIRECTORY_PASSWORD);
		DirectorySession session = client.login(callsign, DIRECTORY_PASSWORD);
		assertFalse(client.status(session).isRegistered());
		MailResult checked = checks(account);
		assertTrue(checked.ok(), checked::hint);
		ProofResult proof = new RegistrationProof(mail).register(client, session, account, Duration.ofSeconds(20),
				new NullProgressMonitor());
		assertTrue(proof.registered(), () -> proof.message().orElse(""));
		return session;
	}

	@Test
	void twoStationsRegisterAfterTheirChecksAndFindEachOther() throws Exception {
		ProviderPreset preset = SandboxPreset.of(sandbox);
		assertTrue(preset.serves("sandbox.invalid") && preset.serves("club.sandbox.invalid"));
		assertFalse(preset.serves("example.jp"));
		DirectoryClient client = new DirectoryClient(sandbox.directory(), Duration.ofSeconds(10));

		DirectorySession ja1 = register(client, fromPreset(preset, "ja1abc@sandbox.invalid", "any password"), "JA1ABC");
		DirectorySession ja2 = register(client, fromPreset(preset, "ja2xyz@sandbox.invalid", "another one"), "JA2XYZ");

		assertEquals(Optional.of("ja2xyz@sandbox.invalid"), client.lookup(ja1, Callsign.parse("JA2XYZ")));
		assertEquals(Optional.of("ja1abc@sandbox.invalid"), client.lookup(ja2, Callsign.parse("JA1ABC/2")));
	}

	@Test
	void aRealAddressIsNeverRegisteredInTheSandbox() throws Exception {
		DirectoryClient client = new DirectoryClient(sandbox.directory(), Duration.ofSeconds(10));
		client.createStation("JA1ABC", DIRECTORY_PASSWORD);
		DirectorySession session = client.login("JA1ABC", DIRECTORY_PASSWORD);
		MailAccount real = fromPreset(SandboxPreset.of(sandbox), "ja1abc@example.jp", "x");
		DirectoryException e = assertThrows(DirectoryException.class, () -> new RegistrationProof(mail).register(client,
				session, real, Duration.ofSeconds(5), new NullProgressMonitor()));
		assertEquals(DirectoryException.Problem.TOKEN_MAIL_FAILED, e.problem());
		assertFalse(client.status(session).isRegistered());
	}

	@Test
	void everyServerListensOnLoopbackAndStopsWithTheSandbox() throws Exception {
		assertEquals("127.0.0.1", sandbox.host());
		List<Integer> ports = List.of(sandbox.smtpPort(), sandbox.pop3Port(), sandbox.imapPort(), sandbox.directory().getPort());
		for (int port : ports) {
			try (Socket s = new Socket()) {
				s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
			}
		}
		sandbox.close();
		sandbox = null;
		for (int port : ports) {
			try (Socket s = new Socket()) {
				assertThrows(java.io.IOException.class, () -> s.connect(new InetSocketAddress("127.0.0.1", port), 2000),
						"port " + port + " is closed");
			}
		}
	}

	@Test
	void whileRunningItsPresetAndDirectoryLocationArePublished() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(SandboxRunner.class);
		BundleContext context = bundle.getBundleContext() != null ? bundle.getBundleContext() : startAndGet(bundle);
		Bundle presets = FrameworkUtil.getBundle(PresetRegistry.class);
		if (presets.getState() != Bundle.ACTIVE) {
			presets.start(Bundle.START_TRANSIENT);
		}
		ServiceTracker<PresetRegistry, PresetRegistry> registryTracker = new ServiceTracker<>(context, PresetRegistry.class, null);
		ServiceTracker<DirectoryLocation, DirectoryLocation> locations = new ServiceTracker<>(context, DirectoryLocation.class, null);
		registryTracker.open();
		locations.open();
		SandboxRunner runner = new SandboxRunner();
		try {
			PresetRegistry registry = registryTracker.waitForService(30_000);
			assertNotNull(registry);
			runner.publish(context, sandbox);
			DirectoryLocation best = locations.getService();
			assertTrue(best.sandbox());
			assertEquals(Optional.of(sandbox.directory()), best.uri());
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (registry.preset(Sandbox.PRESET_ID).isEmpty() && System.nanoTime() < deadline) {
				TimeUnit.MILLISECONDS.sleep(20);
			}
			ProviderPreset listed = registry.forAddress("ja1abc@sandbox.invalid").orElseThrow();
			assertEquals(Sandbox.PRESET_ID, listed.id());
			assertEquals(sandbox.pop3Port(), listed.pop3().orElseThrow().port().getAsInt());
		} finally {
			runner.deactivate();
			sandbox = null;
			registryTracker.close();
			locations.close();
		}
	}

	private static BundleContext startAndGet(Bundle bundle) throws Exception {
		bundle.start(Bundle.START_TRANSIENT);
		return bundle.getBundleContext();
	}

	@Test
	void thePortsInUseAreWrittenForScripts() throws Exception {
		Path file = folder.resolve(SandboxRunner.SERVERS_FILE);
		SandboxRunner.writeServers(file, sandbox);
		java.util.Properties p = new java.util.Properties();
		try (var r = java.nio.file.Files.newBufferedReader(file)) {
			p.load(r);
		}
		assertEquals(Integer.toString(sandbox.pop3Port()), p.getProperty("pop3"));
		assertEquals(sandbox.directory().toString(), p.getProperty("directory"));
	}

	@Test
	void thePropertyDecidesThenTheArgumentThenThePreference() {
		assertTrue(SandboxRunner.requested(Map.of("qslmail.sandbox", "true")::get, new String[0], null));
		assertFalse(SandboxRunner.requested(Map.of("qslmail.sandbox", "false")::get, new String[] { "-sandbox" }, "true"));
		assertTrue(SandboxRunner.requested(Map.<String, String>of()::get, new String[] { "-sandbox" }, null));
		assertTrue(SandboxRunner.requested(Map.<String, String>of()::get, new String[0], "true"));
		assertFalse(SandboxRunner.requested(Map.<String, String>of()::get, new String[0], null));
		assertTrue(Sandbox.isSandboxAddress("JA1ABC@Sandbox.Invalid"));
		assertFalse(Sandbox.isSandboxAddress("ja1abc@sandbox.invalid.example.jp"));
	}
}
