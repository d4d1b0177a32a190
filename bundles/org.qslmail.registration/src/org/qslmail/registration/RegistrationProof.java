package org.qslmail.registration;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.qslmail.directory.DirectoryClient;
import org.qslmail.directory.DirectoryException;
import org.qslmail.directory.DirectorySession;
import org.qslmail.directory.DirectoryStatus;
import org.qslmail.directory.RegistrationRequest;
import org.qslmail.directory.server.TokenMailer;
import org.qslmail.mail.Category;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.MailResult;
import org.qslmail.mail.MailService;
import org.qslmail.registration.internal.Messages;

/**
 * Registers a station's mail address in the QSL directory by proving the station can read that mailbox
 * (step 5 of the setup, "register and save"): asks the directory to mail a one-time token to the address,
 * picks the token mail up with the receive check ({@link MailService#receiveCheck(MailAccount, String, String,
 * IProgressMonitor)}, which also removes it), and confirms the token. Mail delivery takes time, so the receive
 * check is repeated while the answer is "not in the mailbox yet", with growing pauses, until a deadline; any
 * other receive failure (wrong password, server unreachable) ends the attempt at once. Cancelling the monitor
 * stops within a fraction of a second.
 * <p>
 * Headless and stateless: the command line ({@code qslmail directory register}), the sandbox and the account
 * setup ({@code AccountService.registerAndSave}) call it the same way; it is the only implementation of the
 * proof in QSL Mail.
 */
public final class RegistrationProof {

	private static final long FIRST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
	private static final long LONGEST_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(2);
	private static final long CANCEL_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

	/**
	 * The wait between two receive checks. Tests pass one that, for example, delivers a held token mail instead
	 * of waiting, so that no test sleeps.
	 */
	@FunctionalInterface
	public interface Pause {
		/**
		 * Waits {@code duration}; throws {@link OperationCanceledException} when the monitor is cancelled.
		 *
		 * @param monitor may be null
		 */
		void pause(Duration duration, IProgressMonitor monitor);

		/**
		 * Waits in slices of at most 100 ms and looks at the monitor (and the thread's interrupt) after each, so
		 * that cancel ends the wait at once. Mail delivery by another server sends no notification, so this is a
		 * bounded wait, not polling of our own state: the number of waits is bounded by the deadline.
		 */
		Pause DEFAULT = RegistrationProof::pause;
	}

	private final MailService mail;
	private final Pause pause;

	public RegistrationProof(MailService mail) {
		this(mail, Pause.DEFAULT);
	}

	/** @param pause the wait between two receive checks (tests) */
	public RegistrationProof(MailService mail, Pause pause) {
		this.mail = Objects.requireNonNull(mail);
		this.pause = Objects.requireNonNull(pause);
	}

	/** {@link #register(DirectoryClient, DirectorySession, MailAccount, Duration, IProgressMonitor)} waiting at most the account's timeout for the token mail. */
	public ProofResult register(DirectoryClient client, DirectorySession session, MailAccount account,
			IProgressMonitor monitor) throws DirectoryException {
		return register(client, session, account, account.timeout(), monitor);
	}

	/**
	 * Runs the proof for {@code account.address()}.
	 *
	 * @param deliveryWait how long to wait for the token mail to arrive (the directory's token lives 30 minutes)
	 * @return registered, or not with the reason; never registers an address whose mailbox was not read
	 * @throws DirectoryException when the directory refuses or cannot be reached
	 * @throws OperationCanceledException when the monitor is cancelled
	 */
	public ProofResult register(DirectoryClient client, DirectorySession session, MailAccount account,
			Duration deliveryWait, IProgressMonitor monitor) throws DirectoryException {
		SubMonitor sub = SubMonitor.convert(monitor, NLS.bind(Messages.Proof_task, account.address()), 10);
		if (account.receive() == null) {
			throw new IllegalArgumentException("the proof needs receive settings"); //$NON-NLS-1$
		}
		sub.subTask(Messages.Proof_request);
		RegistrationRequest request = client.startRegistration(session, account.address());
		sub.worked(2);
		checkCanceled(sub);
		long deadline = System.nanoTime() + Math.max(0, deliveryWait.toNanos());
		long next = FIRST_PAUSE_NANOS;
		int attempts = 0;
		MailResult receive;
		while (true) {
			sub.setWorkRemaining(8);
			sub.subTask(NLS.bind(Messages.Proof_lookForToken, attempts + 1));
			receive = mail.receiveCheck(account, request.checkId(), TokenMailer.TOKEN_HEADER, sub.split(1));
			attempts++;
			if (receive.ok()) {
				break;
			}
			if (receive.category() != Category.MAILBOX) {
				return failed(request.status(), receive, attempts,
						NLS.bind(Messages.Proof_receiveFailed, receive.code(), receive.hint()));
			}
			long remaining = deadline - System.nanoTime();
			if (remaining <= 0) {
				return failed(request.status(), receive, attempts,
						NLS.bind(Messages.Proof_notArrived, account.address(), deliveryWait.toSeconds()));
			}
			pause.pause(Duration.ofNanos(Math.min(next, remaining)), sub);
			checkCanceled(sub);
			next = Math.min(next * 2, LONGEST_PAUSE_NANOS);
		}
		sub.setWorkRemaining(1);
		checkCanceled(sub);
		String token = receive.token();
		if (token == null || token.isBlank()) {
			return failed(request.status(), receive, attempts, Messages.Proof_noToken);
		}
		sub.subTask(Messages.Proof_confirm);
		DirectoryStatus status = client.confirmRegistration(session, token.strip());
		sub.worked(1);
		return new ProofResult(status.isRegistered(), status, Optional.of(receive), attempts, Optional.empty());
	}

	private static ProofResult failed(DirectoryStatus status, MailResult receive, int attempts, String message) {
		return new ProofResult(false, status, Optional.ofNullable(receive), attempts, Optional.of(message));
	}

	/** Waits until the deadline of this pause, looking at the monitor every 100 ms so cancel is prompt. */
	private static void pause(Duration duration, IProgressMonitor monitor) {
		long end = System.nanoTime() + duration.toNanos();
		long left;
		while ((left = end - System.nanoTime()) > 0) {
			checkCanceled(monitor);
			LockSupport.parkNanos(Math.min(left, CANCEL_SLICE_NANOS));
			if (Thread.currentThread().isInterrupted()) {
				throw new OperationCanceledException();
			}
		}
		checkCanceled(monitor);
	}

	private static void checkCanceled(IProgressMonitor monitor) {
		if (monitor != null && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
