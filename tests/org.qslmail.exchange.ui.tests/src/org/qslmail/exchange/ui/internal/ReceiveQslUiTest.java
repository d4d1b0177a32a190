package org.qslmail.exchange.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.LogZone;
import org.qslmail.directory.server.PasswordHashing;
import org.qslmail.exchange.card.CardData;
import org.qslmail.exchange.card.CardRenderer;
import org.qslmail.exchange.card.CardTemplates;
import org.qslmail.exchange.message.QslCard;
import org.qslmail.exchange.message.QslMail;
import org.qslmail.exchange.message.QslMailComposer;
import org.qslmail.exchange.receive.ReceiveOptions;
import org.qslmail.exchange.store.ReceivedCardStore;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.MailResult;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.Security;
import org.qslmail.mail.SmtpSession;
import org.qslmail.mail.SmtpSettings;
import org.qslmail.mail.internal.MailServiceImpl;
import org.qslmail.sandbox.internal.LocalSandbox;
import org.qslmail.tests.util.ui.UiThread;

/**
 * QSL > Receive QSL Cards in the real workbench: the receive Job runs against the sandbox's mail server, stores
 * a card, quarantines a card whose identity was altered, deletes on the server what it stored, and shows a
 * result per message and the summary; a second run stores nothing.
 */
class ReceiveQslUiTest {

	private static final String TO = "ja2xyz@sandbox.invalid";
	private static final String FROM = "ja1abc@sandbox.invalid";

	@TempDir
	Path folder;
	private final MailServiceImpl mail = new MailServiceImpl();
	private LocalSandbox sandbox;

	@BeforeEach
	void start() throws Exception {
		sandbox = LocalSandbox.start(folder.resolve("sandbox"), mail, false, new PasswordHashing(1000));
	}

	@AfterEach
	void stop() {
		if (sandbox != null) {
			sandbox.close();
		}
	}

	private static ReceiveResultsView show() {
		return UiThread.call(() -> {
			try {
				IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
				return (ReceiveResultsView) page.showView(ReceiveResultsView.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	private QslMail card(Instant time) throws Exception {
		QslCard card = new QslCard(Callsign.parse("JA1ABC"), Callsign.parse("JA2XYZ"), time, Band.B20M, Optional.of("14.080"),
				"MFSK", Optional.of("FT4"), "-10", LogZone.JST);
		CardRenderer renderer = new CardRenderer(CardTemplates.defaultTemplate());
		byte[] jpeg = renderer.renderJpeg(new CardData(card.sender(), card.recipient(), card.time(), Optional.of(card.band()),
				card.frequencyMhz(), card.displayMode(), card.rstSent(), "TNX QSO 73", false, card.adifRecord()));
		return new QslMailComposer("1.0.0").compose(card, jpeg, FROM, TO);
	}

	private void deliver(QslMail... messages) throws Exception {
		MailAccount sender = new MailAccount(FROM, FROM, "x".toCharArray(),
				new SmtpSettings(sandbox.host(), sandbox.smtpPort(), Security.NONE, AuthMethod.AUTOMATIC), null, false,
				Duration.ofSeconds(20), null);
		try (SmtpSession session = mail.openSmtp(sender, new NullProgressMonitor())) {
			assertTrue(session.opened().ok(), session.opened()::hint);
			for (QslMail m : messages) {
				MailResult r = session.send(m.toMimeMessage(), () -> {
				});
				assertTrue(r.ok(), r::hint);
			}
		}
	}

	private static ReceiveQslDialog.Input input(LocalSandbox sandbox) {
		return new ReceiveQslDialog.Input(TO, TO, "any password".toCharArray(), Protocol.POP3, sandbox.host(),
				sandbox.pop3Port(), Security.NONE, new ReceiveOptions(false, 0, null, true), null);
	}

	private static IStatus run(ReceiveQslDialog.Input input, Path store, ReceiveResultsView view) throws Exception {
		Job job = UiThread.call(() -> ReceiveQslHandler.schedule(input, store, view));
		assertTrue(job.join(60_000, null), "the receive job ended");
		// the view is filled by an asyncExec after the job's result
		UiThread.waitFor("results shown", () -> view.summaryText().equals(Messages.ReceiveResults_running) ? null : Boolean.TRUE);
		return job.getResult();
	}

	@Test
	void receivesIntoTheStoreAndShowsAResultPerMessage() throws Exception {
		QslMail good = card(Instant.parse("2026-11-01T01:30:00Z"));
		QslMail altered = card(Instant.parse("2026-11-01T02:30:00Z"));
		String raw = new String(altered.raw(), StandardCharsets.ISO_8859_1).replace(altered.cardId(), "0".repeat(32));
		QslMail tampered = new QslMail(altered.messageId(), altered.cardId(), altered.cardName(), FROM, TO,
				raw.getBytes(StandardCharsets.ISO_8859_1));
		deliver(good, tampered);

		Path store = folder.resolve("received-cards");
		ReceiveResultsView view = show();
		IStatus status = run(input(sandbox), store, view);
		assertTrue(status.isOK(), status::getMessage);
		assertEquals(2, (int) UiThread.call(view::rows));
		String summary = UiThread.call(view::summaryText);
		assertEquals(NLS.bind(Messages.ReceiveResults_summary, new Object[] { 1L, 0L, 1L, 0L, 0L, 0L, 1L, store }), summary);
		try (ReceivedCardStore cards = ReceivedCardStore.open(store)) {
			assertEquals(1, cards.list().size());
			assertEquals(good.cardId(), cards.list().get(0).key());
			assertEquals(1, cards.quarantined().size());
		}

		// the stored card was deleted on the server, the quarantined mail left there and not fetched again
		IStatus again = run(input(sandbox), store, view);
		assertTrue(again.isOK(), again::getMessage);
		try (ReceivedCardStore cards = ReceivedCardStore.open(store)) {
			assertEquals(1, cards.list().size());
		}
		assertEquals(1, (int) UiThread.call(view::rows), "only the quarantined mail is still in the mailbox");
	}

	@Test
	void aReceiveCancelledWhileWaitingForAnotherOneSaysSo() throws Exception {
		ReceiveResultsView view = show();
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch started = new CountDownLatch(1);
		Job other = Job.create("another receive", m -> {
			started.countDown();
			try {
				release.await(30, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		other.setRule(ReceiveQslHandler.ONE_AT_A_TIME);
		other.schedule();
		try {
			assertTrue(started.await(30, TimeUnit.SECONDS), "the other receive holds the rule");
			Job job = UiThread.call(() -> ReceiveQslHandler.schedule(input(sandbox), folder.resolve("store"), view));
			job.cancel();
			assertTrue(job.join(30_000, null));
			UiThread.waitFor("cancel shown", () -> view.summaryText().equals(Messages.ReceiveResults_canceled) ? Boolean.TRUE : null);
			assertEquals(0, (int) UiThread.call(view::rows));
		} finally {
			release.countDown();
			other.join(30_000, null);
		}
	}

	@Test
	void theDialogReadsTheMailboxAndTheOptions() throws Exception {
		DialogSettings settings = new DialogSettings("test");
		ReceiveQslDialog dialog = openDialog(settings);
		try {
			Shell shell = UiThread.waitFor("dialog", () -> UiThread.findShell(ReceiveQslDialog.SHELL));
			UiThread.run(() -> {
				this.<Text>field(shell, "address").setText(" ja2xyz@sandbox.invalid ");
				this.<Text>field(shell, "password").setText("pw");
				this.<Combo>field(shell, "protocol").select(1);
				this.<Text>field(shell, "host").setText("127.0.0.1");
				this.<Combo>field(shell, "security").select(2);
				this.<Text>field(shell, "newest").setText("x");
			});
			UiThread.run(dialog::okPressed);
			assertEquals(NLS.bind(Messages.Send_badValue, "For input string: \"x\""),
					UiThread.call(() -> ((Label) UiThread.find(shell, ReceiveQslDialog.PROBLEM)).getText()));
			assertEquals(null, dialog.input(), "not taken with a bad value");
			UiThread.run(() -> {
				this.<Text>field(shell, "newest").setText("5");
				this.<Text>field(shell, "cutoff").setText("2501");
				this.<Button>field(shell, "delete").setSelection(true);
			});
			UiThread.run(dialog::okPressed);
			ReceiveQslDialog.Input in = dialog.input();
			assertEquals("ja2xyz@sandbox.invalid", in.address());
			assertEquals("ja2xyz@sandbox.invalid", in.user(), "empty user name: the address");
			assertEquals(Protocol.IMAP, in.protocol());
			assertEquals(Security.NONE, in.security());
			assertEquals(143, in.port(), "IMAP's plain default port");
			assertEquals(new ReceiveOptions(false, 5, YearMonth.of(2025, 1), true), in.options());
			assertEquals("127.0.0.1", settings.get("host"));
			assertEquals(null, settings.get("password"), "the password is never remembered");
		} finally {
			UiThread.run(dialog::close);
		}
	}

	private static ReceiveQslDialog openDialog(DialogSettings settings) {
		return UiThread.call(() -> {
			ReceiveQslDialog d = new ReceiveQslDialog(PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell(), settings);
			d.setBlockOnOpen(false);
			d.open();
			return d;
		});
	}

	@SuppressWarnings("unchecked")
	private <W extends Widget> W field(Shell shell, String key) {
		W w = (W) UiThread.find(shell, ReceiveQslDialog.FIELD + key);
		if (w == null) {
			throw new AssertionError(key);
		}
		return w;
	}

	@Test
	void theQslMenuHasReceive() {
		var commands = UiThread.call(() -> PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class));
		var command = UiThread.call(() -> commands.getCommand("org.qslmail.exchange.ui.receiveQsl"));
		assertTrue(UiThread.call(command::isDefined));
		assertTrue(UiThread.call(command::isHandled));
	}

	@Test
	void theStoreIsUnderTheInstanceArea() throws Exception {
		Path instance = Path.of(org.eclipse.core.runtime.URIUtil.toURI(org.eclipse.core.runtime.Platform.getInstanceLocation().getURL()));
		assertEquals(instance.resolve(ReceivedCardStore.DEFAULT_FOLDER), ReceiveQslHandler.storeFolder());
	}

	@Test
	void aSavedStationAccountIsUsedWithItsPasswordFromTheSecureStorage() throws Exception {
		SavedAccounts savedAccounts = new SavedAccounts(folder.resolve("secure_storage"));
		org.qslmail.account.AccountStore accounts = savedAccounts.store();
		try {
			org.qslmail.account.AccountSettings saved = accounts.newAccount("JA2XYZ").address(TO).user(TO)
					.smtpHost(sandbox.host()).smtpSecurity(Security.NONE).smtpPort(sandbox.smtpPort())
					.receiveProtocol(Protocol.POP3).receiveHost(sandbox.host()).receiveSecurity(Security.NONE)
					.receivePort(sandbox.pop3Port()).deleteAfterReceive(true);
			accounts.save(saved);
			accounts.saveSecrets("JA2XYZ", org.qslmail.account.Secrets.of("saved mail password", null, "dir"));
			deliver(card(Instant.parse("2026-11-02T01:30:00Z")));

			DialogSettings settings = new DialogSettings("test");
			ReceiveQslDialog dialog = openDialog(settings);
			Shell shell = UiThread.waitFor("dialog", () -> UiThread.findShell(ReceiveQslDialog.SHELL));
			try {
				Combo account = UiThread.call(() -> this.<Combo>field(shell, "account"));
				UiThread.run(() -> {
					account.select(java.util.Arrays.asList(account.getItems()).indexOf("JA2XYZ"));
					account.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
				});
				assertEquals(sandbox.host(), UiThread.call(() -> this.<Text>field(shell, "host").getText()));
				assertEquals(Integer.toString(sandbox.pop3Port()), UiThread.call(() -> this.<Text>field(shell, "port").getText()));
				assertTrue(!UiThread.call(() -> this.<Text>field(shell, "host").isEnabled()), "the saved settings are shown, not edited");
				assertTrue(UiThread.call(() -> this.<Button>field(shell, "delete").getSelection()), "the account's delete choice");
				UiThread.run(dialog::okPressed);
				ReceiveQslDialog.Input in = dialog.input();
				assertTrue(in.account() != null, "the saved account is used");
				assertEquals("saved mail password", new String(in.account().password()), "the password from the secure storage");
				assertEquals(sandbox.pop3Port(), in.account().receive().port());
				assertEquals("JA2XYZ", settings.get("account"));
				assertEquals(null, settings.get("password"));

				Path store = folder.resolve("saved-account-cards");
				IStatus status = run(in, store, show());
				assertTrue(status.isOK(), status::getMessage);
				try (ReceivedCardStore cards = ReceivedCardStore.open(store)) {
					assertEquals(1, cards.list().size());
				}
			} finally {
				UiThread.run(dialog::close);
			}

			// An account that cannot be used says what to do and keeps the dialog open.
			accounts.save(saved.copy().receiveHost(""));
			ReceiveQslDialog second = openDialog(settings);
			try {
				Shell shell2 = UiThread.waitFor("dialog", () -> UiThread.findShell(ReceiveQslDialog.SHELL));
				assertEquals("JA2XYZ", UiThread.call(() -> this.<Combo>field(shell2, "account").getText()), "the last choice");
				UiThread.run(second::okPressed);
				assertEquals(null, second.input());
				String problem = UiThread.call(() -> ((Label) UiThread.find(shell2, ReceiveQslDialog.PROBLEM)).getText());
				assertTrue(problem.startsWith(NLS.bind(Messages.Dialog_accountIncomplete, "JA2XYZ", "").substring(0, 20)), problem);
			} finally {
				UiThread.run(second::close);
			}
		} finally {
			savedAccounts.close();
		}
	}
}
