package org.qslmail.mail.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.DetectOptions;
import org.qslmail.mail.DetectedSetting;
import org.qslmail.mail.Endpoint;
import org.qslmail.mail.PresetProvider;
import org.qslmail.mail.ProbeResult;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.Security;

/**
 * Detection for an address: the presets of the first {@link PresetProvider} that knows the domain, and the
 * Thunderbird-style guesses ({@code smtp./mail./<domain>} × 465 SSL, 587 STARTTLS, 25 STARTTLS, 587/25
 * plain; {@code pop./pop3./mail./<domain>} × 995 SSL, 110 STARTTLS/plain; {@code imap./mail./<domain>} ×
 * 993 SSL, 143 STARTTLS/plain), all probed in parallel. Whatever has not answered when the timeout has
 * passed once is cancelled (its socket closed), so the whole detection takes about one timeout.
 */
final class Detector {

	private static final long GRACE_MS = 2_000;

	private final MailServiceImpl service;
	private final List<PresetProvider> providers;

	Detector(MailServiceImpl service, List<PresetProvider> providers) {
		this.service = service;
		this.providers = providers;
	}

	/** The guessed candidates for a domain, in Thunderbird's preference order per protocol. */
	static List<Endpoint> guesses(String domain) {
		List<Endpoint> list = new ArrayList<>();
		for (String host : List.of("smtp." + domain, "mail." + domain, domain)) { //$NON-NLS-1$ //$NON-NLS-2$
			list.add(new Endpoint(Protocol.SMTP, host, 465, Security.SSL_TLS));
			list.add(new Endpoint(Protocol.SMTP, host, 587, Security.STARTTLS));
			list.add(new Endpoint(Protocol.SMTP, host, 25, Security.STARTTLS));
			list.add(new Endpoint(Protocol.SMTP, host, 587, Security.NONE));
			list.add(new Endpoint(Protocol.SMTP, host, 25, Security.NONE));
		}
		for (String host : List.of("pop." + domain, "pop3." + domain, "mail." + domain, domain)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			list.add(new Endpoint(Protocol.POP3, host, 995, Security.SSL_TLS));
			list.add(new Endpoint(Protocol.POP3, host, 110, Security.STARTTLS));
			list.add(new Endpoint(Protocol.POP3, host, 110, Security.NONE));
		}
		for (String host : List.of("imap." + domain, "mail." + domain, domain)) { //$NON-NLS-1$ //$NON-NLS-2$
			list.add(new Endpoint(Protocol.IMAP, host, 993, Security.SSL_TLS));
			list.add(new Endpoint(Protocol.IMAP, host, 143, Security.STARTTLS));
			list.add(new Endpoint(Protocol.IMAP, host, 143, Security.NONE));
		}
		return list;
	}

	private static final class TryMonitor extends NullProgressMonitor {
		private final IProgressMonitor parent;
		private volatile boolean canceled;

		TryMonitor(IProgressMonitor parent) {
			this.parent = parent;
		}

		@Override
		public boolean isCanceled() {
			return canceled || parent.isCanceled();
		}

		@Override
		public void setCanceled(boolean value) {
			canceled = value;
		}
	}

	private record Try(Endpoint endpoint, boolean preset, int order) {
	}

	List<DetectedSetting> detect(String address, DetectOptions options, IProgressMonitor monitor) {
		IProgressMonitor parent = monitor == null ? new NullProgressMonitor() : monitor;
		int at = address.lastIndexOf('@');
		String domain = (at >= 0 ? address.substring(at + 1) : address).trim().toLowerCase(Locale.ROOT);
		if (domain.isEmpty()) {
			throw new IllegalArgumentException(address);
		}
		Set<Endpoint> seen = new LinkedHashSet<>();
		List<Try> tries = new ArrayList<>();
		for (PresetProvider provider : providers) {
			List<Endpoint> presets = provider.presetsFor(domain);
			if (presets != null && !presets.isEmpty()) {
				for (Endpoint e : presets) {
					if (seen.add(e)) {
						tries.add(new Try(e, true, tries.size()));
					}
				}
				break;
			}
		}
		for (Endpoint e : guesses(domain)) {
			if (seen.add(e)) {
				tries.add(new Try(e, false, tries.size()));
			}
		}
		parent.beginTask(Messages.Task_detect, tries.size());
		long timeoutMs = options.timeout().toMillis();
		List<TryMonitor> monitors = new ArrayList<>();
		List<CompletableFuture<ProbeResult>> futures = new ArrayList<>();
		// Not try-with-resources: close() would wait for a try stuck in name resolution.
		ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
		try {
			for (Try t : tries) {
				TryMonitor m = new TryMonitor(parent);
				monitors.add(m);
				futures.add(CompletableFuture.supplyAsync(() -> {
					try {
						return service.probe(t.endpoint(), options.trust(), options.timeout(), options.resolver(), m);
					} catch (OperationCanceledException e) {
						return null;
					}
				}, executor));
			}
			long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
			try {
				CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(timeoutMs, TimeUnit.MILLISECONDS);
			} catch (TimeoutException | ExecutionException e) {
				// stragglers are cancelled below
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			if (System.nanoTime() >= deadline || !CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).isDone()) {
				monitors.forEach(m -> m.setCanceled(true));
			}
			try {
				// The watchdog closes cancelled sockets within milliseconds; bounded wait for the threads to end.
				CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(GRACE_MS, TimeUnit.MILLISECONDS);
			} catch (TimeoutException | ExecutionException e) {
				// leave them: they end at their own timeout
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			if (parent.isCanceled()) {
				throw new OperationCanceledException();
			}
			List<DetectedSetting> found = new ArrayList<>();
			for (int i = 0; i < tries.size(); i++) {
				ProbeResult r = futures.get(i).getNow(null);
				if (r != null && r.result().ok()) {
					found.add(new DetectedSetting(tries.get(i).endpoint(), r, tries.get(i).preset(), bestAuth(r.authOffered())));
				}
			}
			found.sort(ranking(tries));
			parent.done();
			return found;
		} finally {
			executor.shutdown();
		}
	}

	static String bestAuth(List<String> offered) {
		for (AuthMethod m : AuthMethod.STRONGEST_FIRST) {
			if (offered.contains(m.mechanism())) {
				return m.mechanism();
			}
		}
		return null;
	}

	private static int authRank(String mechanism) {
		for (int i = 0; i < AuthMethod.STRONGEST_FIRST.size(); i++) {
			if (AuthMethod.STRONGEST_FIRST.get(i).mechanism().equals(mechanism)) {
				return i;
			}
		}
		return AuthMethod.STRONGEST_FIRST.size();
	}

	private static Comparator<DetectedSetting> ranking(List<Try> tries) {
		return Comparator.<DetectedSetting>comparingInt(d -> d.endpoint().protocol().ordinal())
				.thenComparing(d -> !d.fromPreset())
				.thenComparing(d -> d.probe().tls() == null)
				.thenComparing(d -> d.endpoint().security() != Security.SSL_TLS)
				.thenComparingInt(d -> authRank(d.bestAuth()))
				.thenComparingInt(d -> tries.stream().filter(t -> t.endpoint().equals(d.endpoint())).findFirst()
						.map(Try::order).orElse(Integer.MAX_VALUE));
	}
}
