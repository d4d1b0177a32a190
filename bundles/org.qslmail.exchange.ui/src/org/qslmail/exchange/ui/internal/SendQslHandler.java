package org.qslmail.exchange.ui.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.FrameworkUtil;
import org.qslmail.directory.DirectoryClient;
import org.qslmail.directory.DirectoryException;
import org.qslmail.directory.DirectorySession;
import org.qslmail.exchange.card.CardRenderer;
import org.qslmail.exchange.card.CardTemplate;
import org.qslmail.exchange.card.CardTemplates;
import org.qslmail.exchange.message.QslMailComposer;
import org.qslmail.exchange.send.Pacer;
import org.qslmail.exchange.send.PartnerDirectory;
import org.qslmail.exchange.send.QslSender;
import org.qslmail.exchange.send.SendOptions;
import org.qslmail.exchange.send.SendSummary;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.SmtpSettings;

/** QSL > Send QSL Cards: asks what to send and runs the send operation as a Job with progress and cancel. */
public final class SendQslHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IDialogSettings settings = DialogSettings.getOrCreateSection(
				PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(SendQslHandler.class)).getDialogSettings(),
				"sendQsl"); //$NON-NLS-1$
		SendQslDialog dialog = new SendQslDialog(HandlerUtil.getActiveShellChecked(event), settings);
		if (dialog.open() != Window.OK) {
			return null;
		}
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		SendResultsView view;
		try {
			view = (SendResultsView) page.showView(SendResultsView.ID);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		schedule(dialog.input(), view);
		return null;
	}

	/** Runs the send operation; results appear in the view as they come. */
	static Job schedule(SendQslDialog.Input input, SendResultsView view) {
		Display display = view.getSite().getShell().getDisplay();
		view.clear();
		Job job = new Job(Messages.Send_jobName) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				SendSummary summary;
				try {
					CardTemplate template = input.template().isEmpty() ? CardTemplates.defaultTemplate()
							: CardTemplates.read(Path.of(input.template()));
					MailAccount account = input.account() != null ? input.account()
							: new MailAccount(input.address(), null, input.password(),
							new SmtpSettings(input.smtpHost(), input.smtpPort(), input.security(), SendQslDialog.auth()), null,
							false, null, null);
					DirectoryClient client = new DirectoryClient(URI.create(input.directory()), Duration.ofSeconds(30));
					DirectorySession session = client.login(input.call().text(), input.directoryPassword());
					QslSender sender = new QslSender(ExchangeAccess.store(), ExchangeAccess.mail(), account,
							PartnerDirectory.of(client, session), new CardRenderer(template),
							new QslMailComposer(FrameworkUtil.getBundle(SendQslHandler.class).getVersion().toString()), Pacer.SYSTEM);
					SendOptions options = SendOptions.defaults(ExchangeAccess.journal()).withOwnCall(input.call())
							.withSince(input.since()).withForce(input.force()).withRate(input.rate());
					summary = sender.run(options, monitor, r -> display.asyncExec(() -> {
						if (!view.getSite().getShell().isDisposed()) {
							view.add(r);
						}
					}));
				} catch (DirectoryException | org.qslmail.exchange.card.TemplateException | org.qslmail.log.LogException
						| java.io.IOException e) {
					String message = e.getMessage();
					display.asyncExec(() -> view.done(new SendSummary(java.util.List.of(), false, message)));
					return new Status(IStatus.ERROR, FrameworkUtil.getBundle(SendQslHandler.class).getSymbolicName(), message, e);
				}
				SendSummary done = summary;
				display.asyncExec(() -> view.done(done));
				return done.canceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ExchangeAccess.JOB_FAMILY;
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}
}
