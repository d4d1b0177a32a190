package org.qslmail.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.prefs.Preferences;
import org.qslmail.account.AccountProperties.Parsed;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.Security;

/**
 * Persistence: settings in the instance preferences, passwords only in secure storage (opened here on a test
 * password, no prompt), backup files without secrets, import problems, deployment defaults.
 */
class AccountStoreTest {

	static final String MAIL_PASSWORD = "Mail-Secret-7319";
	static final String SMTP_PASSWORD = "Smtp-Secret-8842";
	static final String DIRECTORY_PASSWORD = "Directory-Secret-5521";

	@TempDir
	Path temp;

	private ISecurePreferences secure;
	private Preferences instance;
	private Preferences defaults;
	private AccountStore store;
	private String node;

	/** Secure storage in a test file, unlocked by a test password: no keyring, no dialog. */
	static ISecurePreferences openSecureStorage(Path file) throws Exception {
		Map<Object, Object> options = new HashMap<>();
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test-master-password".toCharArray()));
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		return SecurePreferencesFactory.open(file.toUri().toURL(), options);
	}

	@BeforeEach
	void open() throws Exception {
		secure = openSecureStorage(temp.resolve("secure_storage"));
		node = "org.qslmail.account.test" + System.nanoTime();
		instance = InstanceScope.INSTANCE.getNode(node);
		defaults = DefaultScope.INSTANCE.getNode(node);
		store = new AccountStore(instance, defaults, () -> secure);
		instance.put(AccountStore.BACKUP_FOLDER, temp.resolve("Documents").toString());
	}

	static AccountSettings settings() {
		return AccountValidatorTest.good().user("ja1uit").separateSendAccount(true).smtpUser("sender@example.jp")
				.smtpAuth(AuthMethod.CRAM_MD5).apop(true).receiveSecurity(Security.STARTTLS).receivePort(110)
				.deleteAfterReceive(true).pin("pop.example.jp", 110, "AB".repeat(32)).presetId("jp.example")
				.timeoutSeconds(120);
	}

	private static String read(Path file) throws Exception {
		return Files.readString(file, StandardCharsets.ISO_8859_1);
	}

	private static Path instanceFile(String name) throws Exception {
		Path area = Path.of(new URI(System.getProperty("osgi.instance.area").replace(" ", "%20")));
		try (Stream<Path> files = Files.walk(area)) {
			return files.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
		}
	}

	@Test
	void settingsGoToPreferencesAndPasswordsOnlyToSecureStorage() throws Exception {
		AccountSettings s = settings();
		store.save(s);
		store.saveSecrets(s.callsign(), Secrets.of(MAIL_PASSWORD, SMTP_PASSWORD, DIRECTORY_PASSWORD));

		assertEquals(List.of("JA1UIT"), store.callsigns());
		assertEquals(s, store.load("ja1uit").orElseThrow(), "loaded as saved");
		Secrets back = store.secrets("JA1UIT");
		assertEquals(MAIL_PASSWORD, new String(back.mailPassword()));
		assertEquals(SMTP_PASSWORD, new String(back.smtpPassword()));
		assertEquals(DIRECTORY_PASSWORD, new String(back.directoryPassword()));
		assertTrue(secure.node(AccountStore.NODE).node("JA1UIT").isEncrypted("mail-password"));

		// The files on disk: the preferences hold the settings and no password; the secure storage no plain text.
		String prefs = read(instanceFile(node + ".prefs"));
		assertTrue(prefs.contains("ja1uit@example.jp") && prefs.contains("smtp.example.jp"), prefs);
		for (String password : List.of(MAIL_PASSWORD, SMTP_PASSWORD, DIRECTORY_PASSWORD)) {
			assertFalse(prefs.contains(password), "password in the preferences file");
		}
		String secureFile = read(temp.resolve("secure_storage"));
		assertTrue(secureFile.contains("mail-password"), "the secure storage file was written");
		for (String password : List.of(MAIL_PASSWORD, SMTP_PASSWORD, DIRECTORY_PASSWORD)) {
			assertFalse(secureFile.contains(password), "plain password in the secure storage file");
		}

		// Reopened with the same test password (a new process would do the same).
		secure = openSecureStorage(temp.resolve("secure_storage"));
		assertEquals(MAIL_PASSWORD, new String(store.secrets("JA1UIT").mailPassword()));

		store.delete("JA1UIT");
		assertEquals(List.of(), store.callsigns());
		assertEquals(0, store.secrets("JA1UIT").mailPassword().length);
	}

	@Test
	void severalStationsEachWithItsOwnAccount() throws Exception {
		store.save(settings());
		store.save(settings().callsign("JA1UIT/1").address("portable@example.jp"));
		store.saveSecrets("JA1UIT/1", Secrets.of("portable-pw", null, null));
		store.saveSecrets("JA1UIT", Secrets.of("home-pw", null, null));
		assertEquals(List.of("JA1UIT", "JA1UIT/1"), store.callsigns());
		assertEquals("portable@example.jp", store.load("JA1UIT/1").orElseThrow().address());
		assertEquals("portable-pw", new String(store.secrets("JA1UIT/1").mailPassword()));
		assertEquals("home-pw", new String(store.secrets("JA1UIT").mailPassword()));
		assertEquals("JA1UIT/1", store.current().orElseThrow(), "the last saved is the current station");
	}

	@Test
	void backupHasNoSecretAndImportsBackToTheSameSettings() throws Exception {
		AccountSettings s = settings();
		store.saveSecrets(s.callsign(), Secrets.of(MAIL_PASSWORD, SMTP_PASSWORD, DIRECTORY_PASSWORD));
		Path backup = store.writeBackup(s);
		assertEquals(temp.resolve("Documents").resolve("qslmail-account-JA1UIT.properties"), backup);
		String text = read(backup);
		for (String password : List.of(MAIL_PASSWORD, SMTP_PASSWORD, DIRECTORY_PASSWORD)) {
			assertFalse(text.contains(password), "password in the backup");
		}
		assertFalse(text.toLowerCase().contains("password ="), text);
		assertTrue(text.contains("pop-security = starttls"), text);
		assertTrue(text.contains("pin.pop.example.jp\\:110 = " + "ab".repeat(32)), text);

		Parsed parsed = AccountFile.read(backup, new AccountSettings());
		assertEquals(List.of(), parsed.problems());
		assertEquals(s, parsed.settings());
	}

	@Test
	void importReportsEveryProblem() throws Exception {
		Path file = temp.resolve("broken.properties");
		Files.writeString(file, """
				station.callsign = JA1UIT
				address = ja1uit@example.jp
				password = hunter2
				smtp-port = five
				smtp-security = ssl3
				colour = blue
				apop = maybe
				pin.pop.example.jp = 1234
				pop-host = pop.example.jp
				imap-host = imap.example.jp
				""");
		Parsed parsed = AccountFile.read(file, new AccountSettings());
		List<String> problems = parsed.problems();
		assertEquals(7, problems.size(), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("\"password\"")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("smtp-port = five")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("ssl3") && p.contains("starttls")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("colour")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("apop = maybe")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("pin.pop.example.jp")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("pop-") && p.contains("imap-")), problems.toString());
	}

	@Test
	void newAccountsStartFromTheDeploymentDefaults() throws Exception {
		// What plugin_customization.ini lines such as "org.qslmail.account/smtp-host=mail.club.example" put there.
		defaults.put("smtp-host", "mail.club.example");
		defaults.put("smtp-port", "587");
		defaults.put("smtp-security", "starttls");
		defaults.put("imap-host", "mail.club.example");
		defaults.put("imap-security", "ssl");
		defaults.put("imap-port", "993");
		defaults.put("timeout", "120");
		defaults.put(AccountStore.BACKUP_FOLDER, "/club/backups");
		AccountSettings fresh = store.newAccount("jr1club");
		assertEquals("JR1CLUB", fresh.callsign());
		assertEquals("mail.club.example", fresh.smtpHost());
		assertEquals(587, fresh.smtpPort());
		assertEquals(Security.STARTTLS, fresh.smtpSecurity());
		assertEquals(Protocol.IMAP, fresh.receiveProtocol());
		assertEquals(993, fresh.receivePort());
		assertEquals(120, fresh.timeoutSeconds());
		assertEquals(List.of(), store.deploymentDefaults().problems());
		// A saved account is not changed by the defaults.
		store.save(settings());
		assertEquals("smtp.example.jp", store.loadOrNew("JA1UIT").smtpHost());
		// The instance value of the backup folder (set in open()) wins over the deployment default.
		assertEquals(temp.resolve("Documents"), store.backupFolder());
		instance.remove(AccountStore.BACKUP_FOLDER);
		assertEquals(Path.of("/club/backups"), store.backupFolder());
	}
}
