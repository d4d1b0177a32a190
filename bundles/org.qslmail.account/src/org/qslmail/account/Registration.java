package org.qslmail.account;

import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.qslmail.account.internal.Messages;
import org.qslmail.directory.DirectoryClient;
import org.qslmail.directory.DirectoryException;
import org.qslmail.directory.DirectorySession;
import org.qslmail.directory.DirectoryStatus;
import org.qslmail.directory.RegistrationRequest;
import org.qslmail.mail.Category;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.MailResult;
import org.qslmail.mail.MailService;

/**
 * Step 5's proof that the station owns the address: the directory mails a one-time token to it, the receive
 * check finds that mail by its public check id and reads the token, and the token is sent back. While the
 * mail is not in the box yet, the receive check is repeated until a deadline.
 */
public final class Registration {

	/** The header of the directory's token mail that carries the secret token. */
	public static final String TOKEN_HEADER = "X-QSLMail-Directory-Token"; //$NON-NLS-1$

	/** Waits between two receive checks; returns early (throwing) when the monitor is cancelled. */
	@FunctionalInterface
	public interface Pause {
		void pause(Duration duration, IProgressMonitor monitor) throws InterruptedException;

		/**
		 * Waits in slices of at most 100 ms, so that cancel stops the wait at once. This waits for mail delivery
		 * by another server, of which there is no notification; the number of waits is bounded by the deadline.
		 */
		Pause DEFAULT = (duration, monitor) -> {
			long end = System.nanoTime() + duration.toNanos();
			Object lock = new Object();
			synchronized (lock) {
				for (long left = end - System.nanoTime(); left > 0; left = end - System.nanoTime()) {
					if (monitor != null && monitor.isCanceled()) {
						throw new OperationCanceledException();
					}
					lock.wait(Math.max(1, Math.min(100, left / 1_000_000)));
				}
			}
		};
	}

	private Registration() {
	}

	/**
	 * Registers {@code account.address()} for the logged-in station.
	 *
	 * @param wait     how long the token mail may take to arrive (e.g. the account's timeout)
	 * @param interval the pause between two receive checks
	 * @throws AccountException   when the token mail cannot be read (with the mail result) or does not arrive
	 * @throws DirectoryException when the directory refuses
	 */
	public static DirectoryStatus register(DirectoryClient client, DirectorySession session, MailService mail,
			MailAccount account, Duration wait, Duration interval, Pause pause, IProgressMonitor monitor)
			throws AccountException, DirectoryException {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Registration_task, 100);
		sub.subTask(Messages.Registration_request);
		RegistrationRequest request = client.startRegistration(session, account.address());
		sub.worked(10);
		long deadline = System.nanoTime() + wait.toNanos();
		MailResult result;
		int attempt = 0;
		while (true) {
			attempt++;
			sub.setWorkRemaining(90);
			sub.subTask(NLS.bind(Messages.Registration_lookForToken, attempt));
			result = mail.receiveCheck(account, request.checkId(), TOKEN_HEADER, sub.split(10));
			if (result.ok() || result.category() != Category.MAILBOX || System.nanoTime() >= deadline) {
				break;
			}
			try {
				pause.pause(interval, sub);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			}
		}
		if (!result.ok()) {
			String message = result.category() == Category.MAILBOX
					? NLS.bind(Messages.Registration_tokenNotArrived, account.address(), wait.toSeconds())
					: NLS.bind(Messages.Registration_tokenUnreadable, result.code(), result.hint());
			throw new AccountException(message, result, null);
		}
		sub.subTask(Messages.Registration_confirm);
		return client.confirmRegistration(session, result.token());
	}
}
