package org.qslmail.exchange.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qslmail.account.AccountSettings;
import org.qslmail.account.Secrets;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.Security;
import org.qslmail.tests.util.ui.UiThread;

/** QSL > Send QSL Cards: the dialog takes a saved station account with its passwords, or the settings typed. */
class SendQslDialogTest {

	@TempDir
	Path folder;

	private static SendQslDialog open(DialogSettings settings) {
		return UiThread.call(() -> {
			SendQslDialog d = new SendQslDialog(PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell(), settings);
			d.setBlockOnOpen(false);
			d.open();
			return d;
		});
	}

	@SuppressWarnings("unchecked")
	private static <W extends Widget> W field(Shell shell, String key) {
		W w = (W) UiThread.find(shell, SendQslDialog.FIELD + key);
		if (w == null) {
			throw new AssertionError(key);
		}
		return w;
	}

	@Test
	void aSavedAccountGivesTheSendServerAndThePasswords() throws Exception {
		try (SavedAccounts saved = new SavedAccounts(folder.resolve("secure_storage"))) {
			AccountSettings account = saved.store().newAccount("JA1ABC").address("ja1abc@example.jp")
					.smtpHost("smtp.example.jp").smtpSecurity(Security.STARTTLS).smtpPort(587).receiveProtocol(Protocol.POP3)
					.receiveHost("pop.example.jp").receiveSecurity(Security.SSL_TLS).receivePort(995);
			saved.store().save(account);
			saved.store().saveSecrets("JA1ABC", Secrets.of("mail secret", null, "directory secret"));
			DialogSettings settings = new DialogSettings("test");
			settings.put("directory", "http://127.0.0.1:1/"); // typed earlier
			SendQslDialog dialog = open(settings);
			Shell shell = UiThread.waitFor("dialog", () -> UiThread.findShell(SendQslDialog.SHELL));
			try {
				UiThread.run(() -> {
					Combo choice = field(shell, "account");
					choice.select(Arrays.asList(choice.getItems()).indexOf("JA1ABC"));
					choice.notifyListeners(SWT.Selection, new Event());
				});
				assertEquals("smtp.example.jp", UiThread.call(() -> SendQslDialogTest.<Text>field(shell, "smtpHost").getText()));
				assertEquals("587", UiThread.call(() -> SendQslDialogTest.<Text>field(shell, "smtpPort").getText()));
				assertEquals(1, (int) UiThread.call(() -> SendQslDialogTest.<Combo>field(shell, "security").getSelectionIndex()));
				assertFalse(UiThread.call(() -> SendQslDialogTest.<Text>field(shell, "password").isEnabled()));
				UiThread.run(() -> SendQslDialogTest.<Text>field(shell, "since").setText("2026-01-01"));
				UiThread.run(dialog::okPressed);
				SendQslDialog.Input in = dialog.input();
				assertTrue(in.account() != null, "the saved account is used");
				assertEquals("mail secret", new String(in.account().password()));
				assertEquals("directory secret", new String(in.directoryPassword()));
				assertEquals("JA1ABC", in.call().text());
				assertEquals(Security.STARTTLS, in.account().smtp().security());
				assertEquals("2026-01-01", in.since().toString());
				assertEquals("JA1ABC", settings.get("account"));
			} finally {
				UiThread.run(dialog::close);
			}

			// Typing the settings again: the saved account is not used.
			SendQslDialog typed = open(settings);
			Shell shell2 = UiThread.waitFor("dialog", () -> UiThread.findShell(SendQslDialog.SHELL));
			try {
				UiThread.run(() -> {
					Combo choice = field(shell2, "account");
					choice.select(0);
					choice.notifyListeners(SWT.Selection, new Event());
					SendQslDialogTest.<Text>field(shell2, "password").setText("typed");
				});
				assertTrue(UiThread.call(() -> SendQslDialogTest.<Text>field(shell2, "smtpHost").isEnabled()));
				UiThread.run(typed::okPressed);
				SendQslDialog.Input in = typed.input();
				assertNull(in.account());
				assertEquals("typed", new String(in.password()));
				assertEquals("-", settings.get("account"));
			} finally {
				UiThread.run(typed::close);
			}

			// A saved account without its send server cannot be used; the dialog says what to do.
			saved.store().save(account.copy().smtpHost(""));
			settings.put("account", "JA1ABC");
			SendQslDialog broken = open(settings);
			Shell shell3 = UiThread.waitFor("dialog", () -> UiThread.findShell(SendQslDialog.SHELL));
			try {
				UiThread.run(broken::okPressed);
				assertNull(broken.input());
				String problem = UiThread.call(() -> ((Label) UiThread.find(shell3, SendQslDialog.PROBLEM)).getText());
				String expected = org.eclipse.osgi.util.NLS.bind(Messages.Dialog_accountIncomplete, "JA1ABC", "");
				assertTrue(problem.startsWith(expected.substring(0, expected.indexOf(':'))), problem);
			} finally {
				UiThread.run(broken::close);
			}
		}
	}
}
