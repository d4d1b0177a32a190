package org.qslmail.exchange.receive;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.qslmail.exchange.internal.Messages;
import org.qslmail.exchange.message.ReceivedQslCard;
import org.qslmail.exchange.message.QslHeaders;
import org.qslmail.exchange.message.QslMessageException;
import org.qslmail.exchange.message.QslMessageParser;
import org.qslmail.exchange.message.QuarantineReason;
import org.qslmail.exchange.store.ReceivedCardStore;
import org.qslmail.exchange.store.StoreOutcome;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.MailService;
import org.qslmail.mail.Mailbox;
import org.qslmail.mail.MailboxEntry;
import org.qslmail.mail.MailboxException;

/**
 * Receives QSL cards from the account's POP3 or IMAP mailbox into a {@link ReceivedCardStore}:
 * <ol>
 * <li>a message whose identity (mailbox + UIDL or UIDVALIDITY/UID) is in the store is not fetched again;</li>
 * <li>the header is read first (POP3 {@code TOP n 0}, IMAP header fetch): mail without {@code X-QSLMail-QSL}
 * is left alone unless "all mail" is asked; QSL mail whose QSO is before the cut-off is deleted unread; a card
 * (X-QSLMail-Card) or Message-ID already stored is not fetched;</li>
 * <li>the message is fetched (at most 4 MiB; larger ones are quarantined from their header, left on the
 * server), parsed and stored on a pool of threads while the next message is fetched;</li>
 * <li>with "delete after receive" a card is deleted on the server only after the store has reported it stored
 * and synced; POP3 deletions take effect with the final {@code QUIT}.</li>
 * </ol>
 * A crash at any point leaves every card either stored (and known by its identity, so neither fetched nor
 * stored again, and deleted by the next run) or on the server. Cancel closes the connection at once; cards
 * already being stored are finished, nothing more is deleted, and the method throws
 * {@link OperationCanceledException}.
 */
public final class QslReceiver {

	/**
	 * Cards parsed and stored at once. Threads waiting in fsync cost no CPU, and the file system commits
	 * concurrent fsyncs together, so many threads make durable storing cheap.
	 */
	private static final int STORE_THREADS = 32;
	private static final int MAX_IN_FLIGHT = 64;
	/** Headers read with one round trip (POP3 pipelined TOP, one IMAP UID FETCH). */
	private static final int HEADER_BATCH = 50;

	private final MailService mail;
	private final ReceivedCardStore store;

	public QslReceiver(MailService mail, ReceivedCardStore store) {
		this.mail = mail;
		this.store = store;
	}

	private record Pending(int index, MailboxEntry entry, Future<MessageResult> future) {
	}

	/** Runs one receive; see the class comment. Never throws for mail or store failures: they are in the result. */
	public ReceiveResult receive(MailAccount account, ReceiveOptions options, IProgressMonitor monitor) {
		long start = System.nanoTime();
		IProgressMonitor root = monitor == null ? new NullProgressMonitor() : monitor;
		SubMonitor sub = SubMonitor.convert(root, Messages.Receive_task, 100);
		ExecutorService pool = Executors.newFixedThreadPool(STORE_THREADS, r -> {
			Thread t = new Thread(r, "qslmail-receive-store"); //$NON-NLS-1$
			t.setDaemon(true);
			return t;
		});
		Deque<Pending> pending = new ArrayDeque<>();
		MessageResult[] slots = new MessageResult[0];
		List<MailboxEntry> entries = List.of();
		long[] bytes = { 0 };
		Mailbox box = null;
		org.qslmail.mail.MailResult failure = null;
		try {
			box = mail.openMailbox(account, root);
			sub.worked(5);
			String mailbox = box.identity();
			entries = box.list();
			if (options.newest() > 0 && entries.size() > options.newest()) {
				entries = entries.subList(entries.size() - options.newest(), entries.size());
			}
			slots = new MessageResult[entries.size()];
			SubMonitor loop = sub.split(90).setWorkRemaining(entries.size());
			byte[][] headers = new byte[entries.size()][];
			int prefetched = 0;
			for (int i = 0; i < entries.size(); i++) {
				if (i >= prefetched) {
					prefetched = prefetch(box, mailbox, entries, i, headers);
				}
				loop.split(1);
				loop.subTask(NLS.bind(Messages.Receive_message, i + 1, entries.size()));
				finishCompleted(box, pending, slots, options);
				while (pending.size() >= MAX_IN_FLIGHT) {
					finishOldest(box, pending, slots, options);
				}
				MessageResult immediate = handle(box, mailbox, entries.get(i), i, options, pool, pending, bytes, headers[i]);
				headers[i] = null;
				if (immediate != null) {
					slots[i] = immediate;
				}
			}
			while (!pending.isEmpty()) {
				finishOldest(box, pending, slots, options);
			}
			box.commit();
		} catch (MailboxException e) {
			failure = e.result();
		} catch (OperationCanceledException e) {
			awaitAll(pending, slots);
			if (box != null) {
				box.close();
			}
			pool.shutdown();
			throw e;
		} finally {
			awaitAll(pending, slots);
			pool.shutdown();
			if (box != null) {
				box.close();
			}
		}
		List<MessageResult> results = new ArrayList<>(slots.length);
		for (int i = 0; i < slots.length; i++) {
			MessageResult r = slots[i];
			if (r == null) {
				MailboxEntry e = entries.get(i);
				r = new MessageResult(e.id(), e.size(), MessageOutcome.FAILED, false, null, null, null,
						failure == null ? null : failure.serverReply());
			}
			results.add(r);
		}
		sub.done();
		return new ReceiveResult(failure == null, failure, results, bytes[0], (System.nanoTime() - start) / 1_000_000);
	}

	/** Reads the headers of the next messages not yet known to the store in one go; returns the index after them. */
	private int prefetch(Mailbox box, String mailbox, List<MailboxEntry> entries, int from, byte[][] headers) throws MailboxException {
		int to = Math.min(entries.size(), from + HEADER_BATCH);
		List<MailboxEntry> wanted = new ArrayList<>();
		List<Integer> where = new ArrayList<>();
		for (int i = from; i < to; i++) {
			if (store.keyOf(mailbox, entries.get(i).id()) == null) {
				wanted.add(entries.get(i));
				where.add(i);
			}
		}
		if (!wanted.isEmpty()) {
			List<byte[]> read = box.headers(wanted);
			for (int k = 0; k < where.size(); k++) {
				headers[where.get(k)] = read.get(k);
			}
		}
		return to;
	}

	private MessageResult handle(Mailbox box, String mailbox, MailboxEntry e, int index, ReceiveOptions options,
			ExecutorService pool, Deque<Pending> pending, long[] bytes, byte[] prefetchedHeader) throws MailboxException {
		String known = store.keyOf(mailbox, e.id());
		if (known != null) {
			return already(box, e, known, options);
		}
		byte[] head = prefetchedHeader != null ? prefetchedHeader : box.headers(e);
		QslHeaders h = QslHeaders.parse(head);
		boolean qsl = h.isQslMail();
		if (!options.allMail() && !qsl) {
			return new MessageResult(e.id(), e.size(), MessageOutcome.NOT_QSL, false, null, null, null, null);
		}
		if (qsl && options.cutoff() != null) {
			LocalDateTime qso = h.qsoDateUtc();
			if (qso != null && qso.isBefore(options.cutoff().atDay(1).atStartOfDay())) {
				box.delete(e);
				return new MessageResult(e.id(), e.size(), MessageOutcome.DELETED_OLD, true, null, null, null, qso.toString());
			}
		}
		if (h.injection() == null) {
			String cardId = h.cardId();
			try {
				if (cardId != null && store.card(cardId) != null) {
					store.recordIdentity(mailbox, e.id(), h.messageId(), cardId);
					return already(box, e, cardId, options);
				}
				String byId = store.keyOfMessageId(h.messageId());
				if (byId != null && !byId.startsWith("Q:") && store.card(byId) != null) { //$NON-NLS-1$
					store.recordIdentity(mailbox, e.id(), h.messageId(), byId);
					return already(box, e, byId, options);
				}
			} catch (IOException x) {
				return new MessageResult(e.id(), e.size(), MessageOutcome.FAILED, false, null, null, null, x.toString());
			}
		}
		if (e.size() > QslMessageParser.MAX_MESSAGE + 64 * 1024) {
			// not fetched: the header is kept as evidence, the mail stays on the server
			return quarantineNow(mailbox, e, head, h.messageId(), QuarantineReason.MESSAGE_TOO_LARGE, e.size() + " bytes"); //$NON-NLS-1$
		}
		InputStream in = box.retrieve(e);
		if (in == null) {
			return new MessageResult(e.id(), e.size(), MessageOutcome.FAILED, false, null, null, null, Messages.Receive_gone);
		}
		byte[] raw;
		try {
			raw = readBounded(in, QslMessageParser.MAX_MESSAGE + 1, e.size());
		} catch (IOException x) {
			Throwable cause = x.getCause();
			if (cause instanceof MailboxException m) {
				throw m;
			}
			// the mailbox classifies every connection failure; anything else is a local problem
			throw new MailboxException(new org.qslmail.mail.MailResult(false, org.qslmail.mail.Category.CONNECT, "No-1", //$NON-NLS-1$
					String.valueOf(x.getMessage()), Messages.Receive_hintRetry, List.of(), null, null, 0, null), x);
		}
		bytes[0] += raw.length;
		if (raw.length > QslMessageParser.MAX_MESSAGE) {
			return quarantineNow(mailbox, e, head, h.messageId(), QuarantineReason.MESSAGE_TOO_LARGE, "over " + QslMessageParser.MAX_MESSAGE + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		byte[] message = raw;
		pending.add(new Pending(index, e, pool.submit(() -> parseAndStore(mailbox, e, message))));
		return null;
	}

	private MessageResult parseAndStore(String mailbox, MailboxEntry e, byte[] raw) {
		try {
			ReceivedQslCard card;
			try {
				card = QslMessageParser.parse(raw);
			} catch (QslMessageException q) {
				store.quarantine(mailbox, e.id(), raw, QslHeaders.parse(raw).messageId(), q.reason(), q.detail());
				return new MessageResult(e.id(), e.size(), MessageOutcome.QUARANTINED, false, null, null, q.reason(), q.detail());
			}
			StoreOutcome o = store.store(mailbox, e.id(), raw, card);
			return new MessageResult(e.id(), e.size(), o == StoreOutcome.STORED ? MessageOutcome.STORED : MessageOutcome.ALREADY_STORED,
					false, card.cardId(), card.sender().text(), null, null);
		} catch (IOException | RuntimeException x) {
			return new MessageResult(e.id(), e.size(), MessageOutcome.FAILED, false, null, null, null, x.toString());
		}
	}

	private MessageResult quarantineNow(String mailbox, MailboxEntry e, byte[] evidence, String messageId, QuarantineReason reason,
			String detail) {
		try {
			store.quarantine(mailbox, e.id(), evidence, messageId, reason, detail);
			return new MessageResult(e.id(), e.size(), MessageOutcome.QUARANTINED, false, null, null, reason, detail);
		} catch (IOException x) {
			return new MessageResult(e.id(), e.size(), MessageOutcome.FAILED, false, null, null, reason, x.toString());
		}
	}

	private static MessageResult already(Mailbox box, MailboxEntry e, String key, ReceiveOptions options) throws MailboxException {
		boolean card = !key.startsWith("Q:"); //$NON-NLS-1$
		boolean delete = card && options.deleteAfterReceive();
		if (delete) {
			box.delete(e);
		}
		return new MessageResult(e.id(), e.size(), card ? MessageOutcome.ALREADY_STORED : MessageOutcome.QUARANTINED, delete,
				card ? key : null, null, null, null);
	}

	private static byte[] readBounded(InputStream in, int max, long expected) throws IOException {
		byte[] buffer = new byte[(int) Math.min(max, Math.max(8192, expected + 1024))];
		int n = 0;
		try (in) {
			while (true) {
				if (n == buffer.length) {
					if (buffer.length >= max) {
						return buffer; // over the limit: the rest is drained by close
					}
					buffer = Arrays.copyOf(buffer, (int) Math.min(max, (long) buffer.length * 2));
				}
				int r = in.read(buffer, n, buffer.length - n);
				if (r < 0) {
					return n == buffer.length ? buffer : Arrays.copyOf(buffer, n);
				}
				n += r;
			}
		}
	}

	private static void finishCompleted(Mailbox box, Deque<Pending> pending, MessageResult[] slots, ReceiveOptions options)
			throws MailboxException {
		while (!pending.isEmpty() && pending.peekFirst().future().isDone()) {
			finishOldest(box, pending, slots, options);
		}
	}

	/** Waits for the oldest store and, when it is stored and the station asks for it, deletes it on the server. */
	private static void finishOldest(Mailbox box, Deque<Pending> pending, MessageResult[] slots, ReceiveOptions options)
			throws MailboxException {
		Pending p = pending.removeFirst();
		MessageResult r = result(p);
		boolean stored = r.outcome() == MessageOutcome.STORED || r.outcome() == MessageOutcome.ALREADY_STORED;
		if (stored && options.deleteAfterReceive()) {
			slots[p.index()] = r; // recorded before the delete: a failing DELE still shows the card as stored
			box.delete(p.entry());
			r = new MessageResult(r.id(), r.size(), r.outcome(), true, r.cardKey(), r.sender(), r.reason(), r.detail());
		}
		slots[p.index()] = r;
	}

	private static MessageResult result(Pending p) {
		boolean interrupted = false;
		try {
			while (true) {
				try {
					return p.future().get();
				} catch (InterruptedException e) {
					interrupted = true;
				} catch (ExecutionException e) {
					return new MessageResult(p.entry().id(), p.entry().size(), MessageOutcome.FAILED, false, null, null, null,
							String.valueOf(e.getCause()));
				}
			}
		} finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Lets every started store finish (they are local and bounded) so their results are recorded. */
	private static void awaitAll(Deque<Pending> pending, MessageResult[] slots) {
		while (!pending.isEmpty()) {
			Pending p = pending.removeFirst();
			slots[p.index()] = result(p);
		}
	}
}
