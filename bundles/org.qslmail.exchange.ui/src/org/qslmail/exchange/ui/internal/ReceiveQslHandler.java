package org.qslmail.exchange.ui.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.FrameworkUtil;
import org.qslmail.exchange.receive.QslReceiver;
import org.qslmail.exchange.receive.ReceiveResult;
import org.qslmail.exchange.store.ReceivedCardStore;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.ReceiveSettings;

/**
 * QSL > Receive QSL Cards: asks for the mailbox as Send QSL Cards asks for the send server, and runs the receive
 * operation as a Job with progress and cancel into the received-card store under the instance area.
 */
public final class ReceiveQslHandler extends AbstractHandler {

	/** One receive at a time: two runs would fetch the same messages into the same store. */
	static final ISchedulingRule ONE_AT_A_TIME = new ISchedulingRule() {
		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}
	};

	/** What a run ended with, for the view. */
	private record Outcome(ReceiveResult result, boolean canceled, String problem) {
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IDialogSettings settings = DialogSettings.getOrCreateSection(
				PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ReceiveQslHandler.class)).getDialogSettings(),
				"receiveQsl"); //$NON-NLS-1$
		ReceiveQslDialog dialog = new ReceiveQslDialog(HandlerUtil.getActiveShellChecked(event), settings);
		if (dialog.open() != Window.OK) {
			return null;
		}
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		ReceiveResultsView view;
		try {
			view = (ReceiveResultsView) page.showView(ReceiveResultsView.ID);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		schedule(dialog.input(), storeFolder(), view);
		return null;
	}

	/** {@code received-cards} under the instance area (the data folder), as the command line's default. */
	static Path storeFolder() {
		Location instance = Platform.getInstanceLocation();
		URL url = instance == null ? null : instance.getURL();
		if (url != null) {
			try {
				return Path.of(URIUtil.toURI(url)).resolve(ReceivedCardStore.DEFAULT_FOLDER);
			} catch (URISyntaxException | IllegalArgumentException e) {
				// fall back below
			}
		}
		return ReceivedCardStore.defaultFolder();
	}

	/** Runs the receive operation into the store in {@code folder}; the results appear in the view when it ends. */
	static Job schedule(ReceiveQslDialog.Input input, Path folder, ReceiveResultsView view) {
		Display display = view.getSite().getShell().getDisplay();
		view.clear();
		AtomicReference<Outcome> outcome = new AtomicReference<>();
		Job job = new Job(Messages.Receive_jobName) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				MailAccount account = input.account() != null ? input.account()
						: new MailAccount(input.address(), input.user(), input.password(), null,
						new ReceiveSettings(input.protocol(), input.host(), input.port(), input.security(), SendQslDialog.auth(),
								false, input.options().deleteAfterReceive()),
						false, null, null);
				ReceiveResult result = null;
				boolean canceled = false;
				String problem = null;
				try (ReceivedCardStore store = ReceivedCardStore.open(folder)) {
					result = new QslReceiver(ExchangeAccess.mail(), store).receive(account, input.options(), monitor);
				} catch (OperationCanceledException e) {
					canceled = true;
				} catch (IOException e) {
					problem = NLS.bind(Messages.ReceiveResults_storeFailed, folder, e.getMessage());
				}
				canceled |= monitor.isCanceled();
				outcome.set(new Outcome(result, canceled, problem));
				if (problem != null) {
					return new Status(IStatus.ERROR, FrameworkUtil.getBundle(ReceiveQslHandler.class).getSymbolicName(), problem);
				}
				return canceled ? Status.CANCEL_STATUS : Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ExchangeAccess.JOB_FAMILY;
			}
		};
		// also when the job is cancelled before it ran (waiting for another receive): the view never stays "running"
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				Outcome o = outcome.get() != null ? outcome.get() : new Outcome(null, true, null);
				if (display.isDisposed()) {
					return;
				}
				display.asyncExec(() -> {
					if (!view.getSite().getShell().isDisposed()) {
						view.done(o.result(), o.canceled(), o.problem(), folder);
					}
				});
			}
		});
		job.setRule(ONE_AT_A_TIME);
		job.setUser(true);
		job.schedule();
		return job;
	}
}
