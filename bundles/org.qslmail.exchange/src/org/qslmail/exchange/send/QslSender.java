package org.qslmail.exchange.send;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.QslColumn;
import org.qslmail.directory.DirectoryException;
import org.qslmail.exchange.card.CardData;
import org.qslmail.exchange.card.CardRenderer;
import org.qslmail.exchange.internal.Messages;
import org.qslmail.exchange.internal.SendJournal;
import org.qslmail.exchange.message.QslCard;
import org.qslmail.exchange.message.QslMail;
import org.qslmail.exchange.message.QslMailComposer;
import org.qslmail.exchange.send.SendResult.Status;
import org.qslmail.log.LogException;
import org.qslmail.log.Qso;
import org.qslmail.log.QsoFilter;
import org.qslmail.log.QsoStore;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.MailResult;
import org.qslmail.mail.MailService;
import org.qslmail.mail.SmtpSession;

/**
 * The send operation (docs/exchange-send.md): chooses QSOs, looks the partners up in the directory in bulk,
 * renders the cards in a small pool of threads, and sends them over one SMTP connection within the rate
 * limit. The sent mark, QSL_SENT=Y and QSLSDATE are written only for cards the server accepted, after the
 * acceptance is in the journal; a cancelled or crashed run is resumed by running again.
 */
public final class QslSender {

	private static final DateTimeFormatter ADIF_DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC); //$NON-NLS-1$
	private static final int PAGE = 1000;

	private final QsoStore store;
	private final MailService mail;
	private final MailAccount account;
	private final PartnerDirectory directory;
	private final CardRenderer renderer;
	private final QslMailComposer composer;
	private final Pacer pacer;
	private final int renderThreads;

	public QslSender(QsoStore store, MailService mail, MailAccount account, PartnerDirectory directory,
			CardRenderer renderer, QslMailComposer composer, Pacer pacer) {
		this.store = store;
		this.mail = mail;
		this.account = account;
		this.directory = directory;
		this.renderer = renderer;
		this.composer = composer;
		this.pacer = pacer;
		this.renderThreads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
	}

	/** One QSO chosen for sending, with its card. */
	private record Item(Qso qso, QslCard card, CardData data) {
	}

	/** An accepted card whose mark is still to be written. */
	private record Accepted(long qsoId, String cardId, Instant at, String cardName, String address) {
	}

	/**
	 * Runs: recovers what the journal holds, chooses, looks up, renders and sends.
	 *
	 * @param listener gets each result as it is known (from the running thread), or null
	 */
	public SendSummary run(SendOptions options, IProgressMonitor monitor, Consumer<SendResult> listener) {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Send_task, 100);
		List<SendResult> results = new ArrayList<>();
		Consumer<SendResult> report = r -> {
			results.add(r);
			if (listener != null) {
				listener.accept(r);
			}
		};
		String problem = null;
		boolean canceled = false;
		try (SendJournal journal = SendJournal.open(options.journal())) {
			// 1. What an earlier run left: accepted but not marked, or uncertain.
			sub.subTask(Messages.Send_recovering);
			Set<String> recoveredIds = new HashSet<>();
			List<Accepted> recovered = new ArrayList<>();
			for (SendJournal.Entry e : journal.unresolved()) {
				if (e.accepted()) {
					recoveredIds.add(e.cardId());
					recovered.add(new Accepted(e.qsoId(), e.cardId(), e.acceptedAt(), e.cardName(), null));
				}
			}
			problem = mark(recovered, options, journal, Status.RECOVERED, report);
			sub.worked(2);

			// 2. Choose.
			sub.subTask(Messages.Send_choosing);
			List<Item> items = new ArrayList<>();
			for (Qso q : choose(options)) {
				checkCanceled(sub);
				try {
					QslCard card = card(q, options);
					if (recoveredIds.contains(card.cardId())) {
						continue; // accepted in an earlier run, marked just now: even a forced run does not resend it
					}
					SendJournal.Entry earlier = journal.get(card.cardId());
					if (earlier != null && (earlier.accepted() || !options.force())) {
						if (!earlier.accepted()) {
							report.accept(result(q, Status.UNCERTAIN, null, card.cardName().fileName(), Messages.Send_uncertain));
						}
						continue;
					}
					items.add(new Item(q, card, data(q, card, options)));
				} catch (IllegalArgumentException e) {
					report.accept(result(q, Status.INVALID, null, null, e.getMessage()));
				}
			}
			sub.worked(3);
			if (items.isEmpty()) {
				return new SendSummary(results, false, problem);
			}

			// 3. Look the partners up in bulk.
			sub.subTask(NLS.bind(Messages.Send_lookingUp, items.size()));
			Set<Callsign> calls = new LinkedHashSet<>();
			for (Item item : items) {
				calls.add(item.card().recipient());
				if (item.card().recipient().isPortable()) {
					calls.add(Callsign.parse(item.card().recipient().base()));
				}
			}
			Map<Callsign, Optional<String>> addresses;
			try {
				addresses = directory.lookup(calls);
			} catch (DirectoryException e) {
				String reason = e.getMessage();
				items.forEach(i -> report.accept(result(i.qso(), Status.FAILED, null, null, reason)));
				return new SendSummary(results, false, reason);
			}
			List<Item> sendable = new ArrayList<>();
			Map<Item, String> to = new LinkedHashMap<>();
			for (Item item : items) {
				Callsign partner = item.card().recipient();
				Optional<String> address = addresses.getOrDefault(partner, Optional.empty());
				if (address.isEmpty() && partner.isPortable()) {
					address = addresses.getOrDefault(Callsign.parse(partner.base()), Optional.empty());
				}
				if (address.isEmpty()) {
					report.accept(result(item.qso(), Status.NOT_REGISTERED, null, null, null));
				} else {
					sendable.add(item);
					to.put(item, address.get());
				}
			}
			sub.worked(5);
			checkCanceled(sub);
			if (sendable.isEmpty()) {
				return new SendSummary(results, false, problem);
			}

			// 4. Render ahead in a bounded pool, send one by one over one connection.
			sendable.sort(Comparator.comparing((Item i) -> i.qso().instant()).thenComparingLong(i -> i.qso().id()));
			String sendProblem = send(sendable, to, options, journal, sub.split(90), report);
			problem = problem == null ? sendProblem : problem;
		} catch (OperationCanceledException e) {
			canceled = true;
		} catch (IOException e) {
			problem = NLS.bind(Messages.Send_journalFailed, options.journal(), e.getMessage());
		} catch (LogException e) {
			problem = e.getMessage();
		}
		canceled |= sub.isCanceled();
		return new SendSummary(results, canceled, problem);
	}

	private static void checkCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/** The QSOs of the selection, oldest first. */
	private List<Qso> choose(SendOptions options) throws LogException {
		QsoFilter filter = QsoFilter.ALL.withQsl(options.force() ? QsoFilter.QslState.ANY : QsoFilter.QslState.NOT_SENT)
				.withRange(options.since().map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()).orElse(null), null);
		List<Qso> chosen = new ArrayList<>();
		for (long offset = 0;; offset += PAGE) {
			List<Qso> page = store.page(filter, offset, PAGE);
			for (Qso q : page) {
				if (options.force() || q.qslColumn().sent() == QslColumn.BLANK) {
					chosen.add(q);
				}
			}
			if (page.size() < PAGE) {
				break;
			}
		}
		chosen.sort(Comparator.comparing(Qso::instant).thenComparingLong(Qso::id));
		return chosen;
	}

	/** The card of a QSO; IllegalArgumentException with a message for the user when it cannot have one. */
	QslCard card(Qso q, SendOptions options) {
		Callsign sender;
		if (q.stationCallsign() != null && !q.stationCallsign().isBlank()) {
			sender = Callsign.parse(q.stationCallsign());
		} else {
			sender = options.ownCall().orElseThrow(() -> new IllegalArgumentException(Messages.Send_noOwnCall));
		}
		Callsign partner = Callsign.parse(q.call() == null ? "" : q.call()); //$NON-NLS-1$
		Band band = q.band();
		if (band == null && q.frequency() != null) {
			try {
				band = Band.ofMhz(new BigDecimal(q.frequency().strip())).orElse(null);
			} catch (NumberFormatException e) {
				band = null;
			}
		}
		if (band == null) {
			throw new IllegalArgumentException(Messages.Send_noBand);
		}
		if (q.mode() == null || q.mode().isBlank()) {
			throw new IllegalArgumentException(Messages.Send_noMode);
		}
		if (q.instant() == null) {
			throw new IllegalArgumentException(Messages.Send_noTime);
		}
		return new QslCard(sender, partner, q.instant(), band, Optional.ofNullable(q.frequency()).filter(f -> !f.isBlank()),
				q.mode(), Optional.ofNullable(q.submode()), q.rstSent() == null ? "" : q.rstSent(), //$NON-NLS-1$
				renderer.template().timeZone());
	}

	private CardData data(Qso q, QslCard card, SendOptions options) {
		return new CardData(card.sender(), card.recipient(), card.time(), Optional.of(card.band()), card.frequencyMhz(),
				card.displayMode(), card.rstSent(), options.remarks(), q.isQslReceived(), card.adifRecord());
	}

	private static SendResult result(Qso q, Status status, String address, String cardName, String detail) {
		return new SendResult(q.id(), q.call(), q.instant(), status, address, cardName, detail);
	}

	private String send(List<Item> items, Map<Item, String> to, SendOptions options, SendJournal journal,
			SubMonitor monitor, Consumer<SendResult> report) throws LogException, IOException {
		monitor.setWorkRemaining(items.size() + 1);
		monitor.subTask(Messages.Send_connecting);
		ExecutorService pool = Executors.newFixedThreadPool(renderThreads, r -> {
			Thread t = new Thread(r, "qslmail-card-renderer"); //$NON-NLS-1$
			t.setDaemon(true);
			return t;
		});
		Deque<Future<QslMail>> ahead = new ArrayDeque<>();
		int window = renderThreads * 2;
		int next = 0;
		List<Accepted> accepted = new ArrayList<>();
		Deque<Instant> starts = new ArrayDeque<>();
		String problem = null;
		int index = 0;
		SmtpSession session = mail.openSmtp(account, monitor);
		try {
			MailResult opened = session.opened();
			if (!opened.ok()) {
				problem = reply(opened);
				for (Item item : items) {
					report.accept(result(item.qso(), Status.FAILED, to.get(item), null, problem));
				}
				index = items.size();
				return problem;
			}
			monitor.worked(1);
			for (index = 0; index < items.size(); index++) {
				while (next < items.size() && ahead.size() < window) {
					Item item = items.get(next++);
					String address = to.get(item);
					ahead.add(pool.submit(() -> composer.compose(item.card(), renderer.renderJpeg(item.data()), account.address(), address)));
				}
				Item item = items.get(index);
				String address = to.get(item);
				QslMail message;
				try {
					message = ahead.poll().get();
				} catch (ExecutionException e) {
					report.accept(result(item.qso(), Status.FAILED, address, null,
							NLS.bind(Messages.Send_renderFailed, String.valueOf(e.getCause().getMessage()))));
					continue;
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new OperationCanceledException();
				}
				checkCanceled(monitor);
				pace(options.rate(), starts, monitor);
				monitor.subTask(NLS.bind(Messages.Send_sending, new Object[] { index + 1, items.size(), item.card().recipient().text() }));
				AtomicBoolean inData = new AtomicBoolean();
				MailResult sent;
				try {
					sent = session.send(message.toMimeMessage(), () -> {
						journal.pending(message.cardId(), item.qso().id());
						inData.set(true);
					});
				} catch (jakarta.mail.MessagingException e) {
					report.accept(result(item.qso(), Status.FAILED, address, message.cardName(), e.getMessage()));
					continue;
				} catch (OperationCanceledException e) {
					report.accept(result(item.qso(), inData.get() ? Status.UNCERTAIN : Status.NOT_SENT, address,
							message.cardName(), inData.get() ? Messages.Send_uncertain : null));
					index++;
					throw e;
				}
				if (sent.ok()) {
					Instant at = pacer.now();
					journal.accepted(message.cardId(), item.qso().id(), at, message.cardName());
					accepted.add(new Accepted(item.qso().id(), message.cardId(), at, message.cardName(), address));
					if (accepted.size() >= options.markBatch()) {
						flush(accepted, options, journal, report);
					}
				} else if (session.isOpen()) {
					// The server answered: the card was refused, nothing delivered.
					if (inData.get()) {
						journal.refused(message.cardId());
					}
					report.accept(result(item.qso(), Status.REJECTED, address, message.cardName(), reply(sent)));
				} else {
					problem = reply(sent);
					report.accept(result(item.qso(), inData.get() ? Status.UNCERTAIN : Status.FAILED, address,
							message.cardName(), inData.get() ? Messages.Send_uncertain + ' ' + problem : problem));
					index++;
					break;
				}
				monitor.worked(1);
			}
		} finally {
			pool.shutdownNow();
			try {
				flush(accepted, options, journal, report);
			} finally {
				session.close();
				for (int i = index; i < items.size(); i++) {
					Item item = items.get(i);
					report.accept(result(item.qso(), Status.NOT_SENT, to.get(item), null, problem));
				}
			}
		}
		return problem;
	}

	/** Waits until one more message is within the rate limit. */
	private void pace(RateLimit rate, Deque<Instant> starts, IProgressMonitor monitor) {
		if (rate.perMinute() == 0 && rate.perHour() == 0) {
			return;
		}
		Instant now = pacer.now();
		Instant earliest = now;
		int keep = Math.max(rate.perMinute(), rate.perHour());
		while (starts.size() > keep) {
			starts.removeFirst();
		}
		earliest = limit(earliest, starts, rate.perMinute(), 60);
		earliest = limit(earliest, starts, rate.perHour(), 3600);
		if (earliest.isAfter(now)) {
			monitor.subTask(NLS.bind(Messages.Send_waiting, rate, earliest.atZone(ZoneOffset.UTC).toLocalTime().withNano(0)));
			try {
				if (!pacer.waitUntil(earliest, monitor::isCanceled)) {
					throw new OperationCanceledException();
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			}
		}
		starts.addLast(pacer.now());
	}

	/** The earliest start that keeps at most {@code max} starts within any {@code seconds}. */
	private static Instant limit(Instant earliest, Deque<Instant> starts, int max, long seconds) {
		if (max <= 0 || starts.size() < max) {
			return earliest;
		}
		// the max-th most recent start must be at least the window before the new one
		Instant nth = new ArrayList<>(starts).get(starts.size() - max);
		Instant allowed = nth.plusSeconds(seconds);
		return allowed.isAfter(earliest) ? allowed : earliest;
	}

	private void flush(List<Accepted> accepted, SendOptions options, SendJournal journal, Consumer<SendResult> report)
			throws LogException, IOException {
		if (accepted.isEmpty()) {
			return;
		}
		String problem = mark(accepted, options, journal, Status.SENT, report);
		accepted.clear();
		if (problem != null) {
			throw new LogException(problem);
		}
	}

	/**
	 * Writes the sent mark, QSL_SENT=Y, QSLSDATE, QSL_SENT_VIA=E and the card's name into the log for accepted
	 * cards (one transaction), then notes in the journal that they are marked.
	 *
	 * @return a problem, or null
	 */
	private String mark(List<Accepted> accepted, SendOptions options, SendJournal journal, Status status,
			Consumer<SendResult> report) throws IOException {
		if (accepted.isEmpty()) {
			return null;
		}
		List<Qso> changed = new ArrayList<>();
		List<Accepted> marked = new ArrayList<>();
		List<String> done = new ArrayList<>();
		List<Accepted> gone = new ArrayList<>();
		try {
			for (Accepted a : accepted) {
				Optional<Qso> stored = store.get(a.qsoId());
				if (stored.isEmpty()) {
					gone.add(a);
					continue;
				}
				Qso q = stored.get();
				q.setQslColumn(options.sentMark().applySent(q.qslColumn()));
				q.setQslSent("Y"); //$NON-NLS-1$
				q.setQslSentDate(ADIF_DATE.format(a.at()));
				q.setQslSentVia("E"); //$NON-NLS-1$
				q.setSentCard(a.cardName());
				changed.add(q);
				marked.add(a);
				done.add(a.cardId());
			}
			store.updateAll(changed);
		} catch (LogException e) {
			return NLS.bind(Messages.Send_markFailed, e.getMessage());
		}
		for (Accepted a : gone) {
			done.add(a.cardId());
		}
		journal.marked(done);
		for (int i = 0; i < changed.size(); i++) {
			Qso q = changed.get(i);
			report.accept(new SendResult(q.id(), q.call(), q.instant(), status, marked.get(i).address(), q.sentCard(), null));
		}
		for (Accepted a : gone) {
			report.accept(new SendResult(a.qsoId(), null, null, status, null, a.cardName(), Messages.Send_qsoGone));
		}
		return null;
	}

	private static String reply(MailResult r) {
		return (r.code() == null ? "" : r.code() + ' ') + r.serverReply(); //$NON-NLS-1$
	}
}
