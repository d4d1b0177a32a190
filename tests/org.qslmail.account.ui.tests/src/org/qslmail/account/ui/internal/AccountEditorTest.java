package org.qslmail.account.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.qslmail.account.AccountService;
import org.qslmail.account.AccountStore;
import org.qslmail.account.SecureStorageSource;
import org.qslmail.directory.DirectoryLocation;
import org.qslmail.mail.internal.AngusContext;
import org.qslmail.tests.util.TestCertificates;
import org.qslmail.tests.util.ui.UiThread;
import org.qslmail.ui.internal.WidgetIds;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * The account editor end to end in the real workbench (Xvfb in the build), against GreenMail and an in-process
 * QSL directory: choose a preset, type the address twice (mismatch shown), run both checks, "register and save"
 * enabled only while both passed for the values shown, register (token mail through the mail server) and save.
 * Runs in English and, in a second execution, in Japanese (-nl ja); saves a screenshot of each.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountEditorTest {

	private static LoopbackServers servers;
	private static Path temp;
	private static ServiceRegistration<SecureStorageSource> storage;
	private static ServiceRegistration<DirectoryLocation> location;
	private static AccountEditor editor;

	@BeforeAll
	static void start() throws Exception {
		temp = Files.createTempDirectory("account-ui");
		servers = new LoopbackServers();
		BundleContext context = FrameworkUtil.getBundle(AccountEditor.class).getBundleContext();
		ISecurePreferences secure = LoopbackServers.secureStorage(temp.resolve("secure_storage"));
		storage = context.registerService(SecureStorageSource.class, () -> secure, null);
		Dictionary<String, Object> ranking = new Hashtable<>();
		ranking.put(Constants.SERVICE_RANKING, 100);
		location = context.registerService(DirectoryLocation.class, servers.location(), ranking);
		InstanceScope.INSTANCE.getNode(AccountStore.NODE).put(AccountStore.BACKUP_FOLDER, temp.resolve("Documents").toString());
		AccountService service = AccountAccess.service();
		service.store().delete(LoopbackServers.CALLSIGN);
	}

	@AfterAll
	static void stop() {
		UiThread.run(() -> window().getActivePage().closeAllEditors(false));
		location.unregister();
		storage.unregister();
		servers.close();
	}

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	private static Composite body() {
		return (Composite) editor.body();
	}

	private static <W extends org.eclipse.swt.widgets.Widget> W widget(String id) {
		W w = UiThread.find(body(), id);
		assertNotNull(w, id);
		return w;
	}

	private static void type(String id, String text) {
		UiThread.run(() -> AccountEditorTest.<Text>widget(id).setText(text));
	}

	private static void choose(String id, int index) {
		UiThread.run(() -> {
			Combo c = widget(id);
			c.select(index);
			c.notifyListeners(SWT.Selection, new Event());
		});
	}

	private static void click(String id) {
		UiThread.run(() -> AccountEditorTest.<Button>widget(id).notifyListeners(SWT.Selection, new Event()));
	}

	private static void tick(String id, boolean selected) {
		UiThread.run(() -> {
			Button b = widget(id);
			b.setSelection(selected);
			b.notifyListeners(SWT.Selection, new Event());
		});
	}

	private static boolean enabled(String id) {
		return UiThread.call(() -> AccountEditorTest.<Button>widget(id).isEnabled());
	}

	private static String text(String id) {
		return UiThread.call(() -> {
			org.eclipse.swt.widgets.Widget w = widget(id);
			return w instanceof Label l ? l.getText() : w instanceof Text t ? t.getText() : ((Combo) w).getText();
		});
	}

	private static void waitForText(String id, String expected) throws InterruptedException {
		UiThread.waitFor(id + " = " + expected + " (result: " + text(AccountEditor.RESULT) + ")",
				() -> expected.equals(text(id)) ? Boolean.TRUE : null);
	}

	/** Easy setup: the test provider's item of the menu. */
	private static void choosePreset() {
		String name = UiThread.call(() -> {
			MenuItem item = Arrays.stream(editor.easySetupMenu().getItems())
					.filter(i -> "preset:test.loopback".equals(i.getData(WidgetIds.KEY))).findFirst().orElse(null);
			if (item == null) {
				return null;
			}
			item.notifyListeners(SWT.Selection, new Event());
			return item.getText();
		});
		assertEquals("Loopback test provider", name, "the test provider is in the Easy setup menu");
	}

	@Test
	@Order(1)
	void perspectiveOpensTheEditorOfAStation() throws Exception {
		editor = UiThread.call(() -> {
			try {
				IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(AccountPerspective.ID, window());
				assertNotNull(page.findView(StationsView.ID));
				return StationsView.open(page, LoopbackServers.CALLSIGN.toLowerCase(Locale.ROOT));
			} catch (WorkbenchException e) {
				throw new AssertionError(e);
			}
		});
		assertEquals(LoopbackServers.CALLSIGN, text(AccountEditor.CALLSIGN));
		assertEquals(NLS.bind(Messages.AccountEditor_directoryAt, servers.uri), text(AccountEditor.DIRECTORY_LOCATION));
		assertFalse(enabled(AccountEditor.REGISTER));
		assertFalse(enabled(AccountEditor.RECEIVE_CHECK), "no send check yet");
	}

	@Test
	@Order(2)
	void presetAddressTwiceBothChecksThenRegisterAndSave() throws Exception {
		type(AccountEditor.DIRECTORY_PASSWORD, LoopbackServers.DIRECTORY_PASSWORD);
		type(AccountEditor.ADDRESS, LoopbackServers.ADDRESS);

		choosePreset();
		assertEquals("127.0.0.1", text(AccountEditor.SMTP_HOST));
		assertEquals("587", text(AccountEditor.SMTP_PORT), "the port follows the security (none: 587)");
		assertEquals("127.0.0.1", text(AccountEditor.RECEIVE_HOST));
		assertEquals("110", text(AccountEditor.RECEIVE_PORT));
		assertTrue(text(AccountEditor.RESULT).contains("Test note: enable POP"), text(AccountEditor.RESULT));

		// The address typed twice: a mismatch is shown and blocks the send check.
		type(AccountEditor.ADDRESS_AGAIN, "ja1uit@example.com");
		type(AccountEditor.PASSWORD, LoopbackServers.MAIL_PASSWORD);
		type(AccountEditor.SMTP_PORT, Integer.toString(servers.smtpPort()));
		type(AccountEditor.RECEIVE_PORT, Integer.toString(servers.pop3Port()));
		assertTrue(text(AccountEditor.MESSAGES_PREFIX + 2).contains(org.qslmail.account.internal.Messages.Validation_addressMismatch),
				text(AccountEditor.MESSAGES_PREFIX + 2));
		assertFalse(enabled(AccountEditor.SEND_CHECK), "the mismatch blocks the send check");
		type(AccountEditor.ADDRESS_AGAIN, LoopbackServers.ADDRESS);
		assertFalse(text(AccountEditor.MESSAGES_PREFIX + 2).contains(org.qslmail.account.internal.Messages.Validation_addressMismatch));
		assertTrue(enabled(AccountEditor.SEND_CHECK));
		assertFalse(enabled(AccountEditor.REGISTER));

		// Send check, then receive check, as Jobs.
		click(AccountEditor.SEND_CHECK);
		waitForText(AccountEditor.SEND_STATUS, Messages.AccountEditor_checkPassed);
		assertFalse(enabled(AccountEditor.REGISTER), "the receive check is still missing");
		assertTrue(text(AccountEditor.RESULT).startsWith(Messages.AccountEditor_sendCheck), text(AccountEditor.RESULT));
		UiThread.waitFor("the receive check to be enabled", () -> enabled(AccountEditor.RECEIVE_CHECK) ? Boolean.TRUE : null);
		click(AccountEditor.RECEIVE_CHECK);
		waitForText(AccountEditor.RECEIVE_STATUS, Messages.AccountEditor_checkPassed);
		UiThread.waitFor("register to be enabled", () -> enabled(AccountEditor.REGISTER) ? Boolean.TRUE : null);

		// A changed value voids the check that used it; the same value again counts as tested.
		type(AccountEditor.SMTP_PORT, "2525");
		assertFalse(enabled(AccountEditor.REGISTER), "a changed SMTP port disables register and save");
		assertEquals(Messages.AccountEditor_checkStale, text(AccountEditor.SEND_STATUS));
		assertEquals(Messages.AccountEditor_checkPassed, text(AccountEditor.RECEIVE_STATUS));
		type(AccountEditor.SMTP_PORT, Integer.toString(servers.smtpPort()));
		assertTrue(enabled(AccountEditor.REGISTER));
		tick(AccountEditor.APOP, true);
		assertFalse(enabled(AccountEditor.REGISTER), "APOP changes the receive settings");
		tick(AccountEditor.APOP, false);
		assertTrue(enabled(AccountEditor.REGISTER));

		screenshot();

		// Register and save: the directory mails a token, the receive check reads it, the address is registered.
		click(AccountEditor.REGISTER);
		String registered = NLS.bind(Messages.AccountEditor_statusRegistered, LoopbackServers.CALLSIGN, LoopbackServers.ADDRESS);
		UiThread.waitFor("the registered address in the status (" + text(AccountEditor.REGISTER_STATUS) + ")",
				() -> registered.equals(text(AccountEditor.DIRECTORY_STATUS)) ? Boolean.TRUE : null);
		assertTrue(text(AccountEditor.REGISTER_STATUS).contains(LoopbackServers.ADDRESS), text(AccountEditor.REGISTER_STATUS));
		var session = servers.client().login(LoopbackServers.CALLSIGN, LoopbackServers.DIRECTORY_PASSWORD.toCharArray());
		assertEquals(Optional.of(LoopbackServers.ADDRESS), servers.client().status(session).address());

		// Saved: the account, its passwords in the (test) secure storage, the backup file without secrets.
		AccountService service = AccountAccess.service();
		assertEquals(servers.smtpPort(), service.store().load(LoopbackServers.CALLSIGN).orElseThrow().smtpPort());
		assertEquals(LoopbackServers.MAIL_PASSWORD, new String(service.store().secrets(LoopbackServers.CALLSIGN).mailPassword()));
		Path backup = temp.resolve("Documents").resolve("qslmail-account-JA1UIT.properties");
		assertTrue(Files.exists(backup));
		assertFalse(Files.readString(backup).contains(LoopbackServers.MAIL_PASSWORD));
		assertFalse(Files.readString(backup).contains(LoopbackServers.DIRECTORY_PASSWORD));

		// Step 1's status button asks the directory again.
		UiThread.run(() -> AccountEditorTest.<Label>widget(AccountEditor.DIRECTORY_STATUS).setText(""));
		click(AccountEditor.STATUS_BUTTON);
		waitForText(AccountEditor.DIRECTORY_STATUS, registered);
	}

	@Test
	@Order(4)
	void portFollowsTheSecurityUntilTheUserChangesIt() {
		choosePreset();
		assertEquals("587", text(AccountEditor.SMTP_PORT));
		choose(AccountEditor.SMTP_SECURITY, 1); // SSL/TLS
		assertEquals("465", text(AccountEditor.SMTP_PORT));
		choose(AccountEditor.SMTP_SECURITY, 2); // STARTTLS
		assertEquals("587", text(AccountEditor.SMTP_PORT));
		type(AccountEditor.SMTP_PORT, "2525");
		choose(AccountEditor.SMTP_SECURITY, 1);
		assertEquals("2525", text(AccountEditor.SMTP_PORT), "a port the user typed stays");
		choose(AccountEditor.RECEIVE_SECURITY, 1);
		assertEquals("995", text(AccountEditor.RECEIVE_PORT));
		choose(AccountEditor.RECEIVE_PROTOCOL, 1); // IMAP
		assertEquals("993", text(AccountEditor.RECEIVE_PORT));
	}

	@Test
	@Order(3)
	void passwordShowToggleAndGenerator() {
		assertTrue(UiThread.call(() -> (AccountEditorTest.<Text>widget(AccountEditor.PASSWORD).getStyle() & SWT.PASSWORD) != 0));
		tick(AccountEditor.SHOW_PASSWORD, true);
		assertEquals(0, (int) UiThread.call(() -> AccountEditorTest.<Text>widget(AccountEditor.PASSWORD).getStyle() & SWT.PASSWORD));
		assertEquals(LoopbackServers.MAIL_PASSWORD, text(AccountEditor.PASSWORD), "the password survives the toggle");
		UiThread.run(() -> AccountEditorTest.<org.eclipse.swt.widgets.Spinner>widget(AccountEditor.GENERATE_LENGTH).setSelection(20));
		click(AccountEditor.GENERATE);
		String generated = text(AccountEditor.PASSWORD);
		assertEquals(20, generated.length());
		assertTrue(generated.chars().allMatch(Character::isLetterOrDigit), generated);
		assertEquals(Messages.AccountEditor_checkStale, text(AccountEditor.RECEIVE_STATUS), "a new password voids the checks");
		assertFalse(enabled(AccountEditor.REGISTER));
	}

	@Test
	@Order(5)
	void stationsViewImportsAnAccountFileOnlyWithoutProblems() throws Exception {
		StationsView view = UiThread.call(() -> (StationsView) window().getActivePage().findView(StationsView.ID));
		assertNotNull(view);
		Path bad = temp.resolve("bad.properties");
		Files.writeString(bad, "station.callsign = JA1IMP\naddress = nowhere\npassword = secret\nsmtp-host = smtp.example.jp\n");
		java.util.List<String> problems = UiThread.call(() -> view.importFile(bad));
		assertTrue(problems.size() >= 3, "the password, the address and the missing receive server: " + problems);
		assertTrue(AccountAccess.service().store().load("JA1IMP").isEmpty(), "nothing saved while there is a problem");

		Path good = temp.resolve("good.properties");
		Files.writeString(good, "station.callsign = JA1IMP\naddress = ja1imp@example.jp\nsmtp-host = smtp.example.jp\n"
				+ "pop-host = pop.example.jp\n");
		assertEquals(java.util.List.of(), UiThread.call(() -> view.importFile(good)));
		try {
			assertEquals("ja1imp@example.jp", AccountAccess.service().store().load("JA1IMP").orElseThrow().address());
			assertTrue(UiThread.call(() -> Arrays.stream(window().getActivePage().getEditorReferences())
					.anyMatch(r -> r.getName().equals("JA1IMP"))), "the imported station's editor is open");
			java.util.List<String> stations = UiThread.call(() -> Arrays.asList(
					UiThread.<org.eclipse.swt.widgets.List>find(window().getShell(), StationsView.LIST).getItems()));
			assertTrue(stations.contains("JA1IMP") && stations.contains(LoopbackServers.CALLSIGN), stations.toString());
		} finally {
			AccountAccess.service().store().delete("JA1IMP");
		}
	}

	@Test
	@Order(6)
	void certificateProblemOffersTrustAndThePinnedCertificatePasses() throws Exception {
		TestCertificates.SelfSigned certificate = TestCertificates.selfSigned(TestCertificates.tempDir(), "mail.example.test");
		System.setProperty("greenmail.tls.keystore.file", certificate.keyStore().toString());
		System.setProperty("greenmail.tls.keystore.password", "changeit");
		System.setProperty("greenmail.tls.key.password", "changeit");
		GreenMail smtps = AngusContext.call(() -> {
			GreenMail g = new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] { ServerSetupTest.SMTPS }));
			g.setUser(LoopbackServers.ADDRESS, LoopbackServers.ADDRESS, LoopbackServers.MAIL_PASSWORD);
			g.start();
			return g;
		});
		try {
			UiThread.run(() -> window().getActivePage().activate(editor));
			type(AccountEditor.PASSWORD, LoopbackServers.MAIL_PASSWORD);
			choose(AccountEditor.SMTP_SECURITY, 1); // SSL/TLS
			type(AccountEditor.SMTP_HOST, "127.0.0.1");
			type(AccountEditor.SMTP_PORT, Integer.toString(smtps.getSmtps().getPort()));
			UiThread.waitFor("the send check to be enabled", () -> enabled(AccountEditor.SEND_CHECK) ? Boolean.TRUE : null);
			assertFalse(enabled(AccountEditor.TRUST));
			click(AccountEditor.SEND_CHECK);
			UiThread.waitFor("the trust button after a certificate failure (" + text(AccountEditor.RESULT) + ")",
					() -> enabled(AccountEditor.TRUST) ? Boolean.TRUE : null);
			String hostPort = "127.0.0.1:" + smtps.getSmtps().getPort();
			assertEquals(NLS.bind(Messages.AccountEditor_trustFor, hostPort), UiThread.call(() -> AccountEditorTest.<Button>widget(AccountEditor.TRUST).getText()));
			assertTrue(text(AccountEditor.RESULT).contains(Messages.Category_certificate), text(AccountEditor.RESULT));
			click(AccountEditor.TRUST);
			String pin = UiThread.call(() -> editor.settings().pins().get(hostPort));
			assertNotNull(pin, "the certificate is pinned in the account's trust settings");
			click(AccountEditor.SEND_CHECK);
			waitForText(AccountEditor.SEND_STATUS, Messages.AccountEditor_checkPassed);
		} finally {
			smtps.stop();
		}
	}

	@Test
	@Order(7)
	void removeMyRegistrationAsksFirstThenRemovesTheAddressInAJob() throws Exception {
		UiThread.run(() -> window().getActivePage().activate(editor));
		var session = servers.client().login(LoopbackServers.CALLSIGN, LoopbackServers.DIRECTORY_PASSWORD.toCharArray());
		assertEquals(Optional.of(LoopbackServers.ADDRESS), servers.client().status(session).address(),
				"registered by the register-and-save test");
		UiThread.waitFor("remove my registration to be enabled", () -> enabled(AccountEditor.UNREGISTER) ? Boolean.TRUE : null);

		// Cancel in the confirmation: nothing is removed.
		String before = text(AccountEditor.DIRECTORY_STATUS);
		answerUnregisterDialog(AccountEditor.UNREGISTER_CANCEL);
		assertEquals(before, text(AccountEditor.DIRECTORY_STATUS));
		assertEquals(Optional.of(LoopbackServers.ADDRESS), servers.client().status(session).address(),
				"cancel removes nothing");

		// Confirm: the Job removes the address and step 1 shows the new status; the settings stay.
		answerUnregisterDialog(AccountEditor.UNREGISTER_CONFIRM);
		waitForText(AccountEditor.DIRECTORY_STATUS, NLS.bind(Messages.AccountEditor_statusNone, LoopbackServers.CALLSIGN));
		assertEquals(Optional.empty(), servers.client().status(session).address());
		assertTrue(AccountAccess.service().store().load(LoopbackServers.CALLSIGN).isPresent(), "the saved settings stay");
	}

	/** Clicks "Remove my registration" and answers the modal confirmation with the button tagged {@code answer}. */
	private static void answerUnregisterDialog(String answer) throws InterruptedException {
		// The dialog runs its own event loop: open it asynchronously, then press its button from here.
		UiThread.display().asyncExec(
				() -> AccountEditorTest.<Button>widget(AccountEditor.UNREGISTER).notifyListeners(SWT.Selection, new Event()));
		Shell dialog = UiThread.waitFor("the confirmation dialog", () -> UiThread.findShell(AccountEditor.UNREGISTER_DIALOG));
		assertTrue(UiThread.call(() -> dialog.getText()).equals(Messages.AccountEditor_unregisterTitle));
		UiThread.run(() -> {
			Button button = UiThread.find(dialog, answer);
			assertNotNull(button, answer);
			button.notifyListeners(SWT.Selection, new Event());
		});
		UiThread.waitFor("the confirmation dialog to close", () -> dialog.isDisposed() ? Boolean.TRUE : null);
	}

	/** The window with the editor, as a PNG under target/screenshots (English or Japanese by the locale). */
	private static void screenshot() throws Exception {
		Path dir = Path.of(System.getProperty("qslmail.screenshots", "target/screenshots"));
		Files.createDirectories(dir);
		Path file = dir.resolve("account-editor-" + Locale.getDefault().getLanguage() + ".png");
		// The editor alone (zoomed), so that all five steps and the result are in the picture.
		UiThread.run(() -> {
			IWorkbenchPage page = window().getActivePage();
			page.toggleZoom(page.getReference(editor));
			Shell shell = window().getShell();
			shell.setBounds(0, 0, 1280, 1000);
			shell.layout(true, true);
			Display display = shell.getDisplay();
			while (display.readAndDispatch()) {
				// let the window paint
			}
		});
		UiThread.run(() -> {
			Shell shell = window().getShell();
			Display display = shell.getDisplay();
			Rectangle bounds = shell.getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, bounds.x, bounds.y);
			} finally {
				gc.dispose();
			}
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
			image.dispose();
			IWorkbenchPage page = window().getActivePage();
			page.toggleZoom(page.getReference(editor));
		});
		assertTrue(Files.size(file) > 10_000, "a real picture: " + file);
	}
}
