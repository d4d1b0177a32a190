package org.qslmail.mail.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.qslmail.mail.AuthInfo;
import org.qslmail.mail.DetectOptions;
import org.qslmail.mail.DetectedSetting;
import org.qslmail.mail.Endpoint;
import org.qslmail.mail.HostResolver;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.Mailbox;
import org.qslmail.mail.MailboxException;
import org.qslmail.mail.MailResult;
import org.qslmail.mail.MailService;
import org.qslmail.mail.PresetProvider;
import org.qslmail.mail.ProbeResult;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.ReceiveSettings;
import org.qslmail.mail.SmtpSession;
import org.qslmail.mail.TlsInfo;
import org.qslmail.mail.TrustSettings;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** The mail transport service. */
@Component(service = MailService.class)
public final class MailServiceImpl implements MailService {

	/** The header that carries the token of a send check. */
	public static final String CHECK_HEADER = "X-QSLMail-Check"; //$NON-NLS-1$

	private static final SecureRandom RANDOM = new SecureRandom();

	private final List<PresetProvider> presetProviders = new CopyOnWriteArrayList<>();
	private final HostResolver resolver;

	public MailServiceImpl() {
		this(HostResolver.DNS);
	}

	/** For tests and detection: dial through this resolver. */
	public MailServiceImpl(HostResolver resolver) {
		this.resolver = resolver;
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addPresetProvider(PresetProvider provider) {
		presetProviders.add(provider);
	}

	void removePresetProvider(PresetProvider provider) {
		presetProviders.remove(provider);
	}

	@Override
	public MailResult send(MailAccount account, List<MimeMessage> messages, IProgressMonitor monitor) {
		return send(account, messages, null, monitor);
	}

	private MailResult send(MailAccount account, List<MimeMessage> messages, String token, IProgressMonitor monitor) {
		long start = System.nanoTime();
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Task_send, messages.size() + 2);
		List<String> warnings = new ArrayList<>();
		SmtpClient client = null;
		int sent = 0;
		try {
			if (account.smtp() == null) {
				throw new IllegalArgumentException("no SMTP settings"); //$NON-NLS-1$
			}
			if (account.popBeforeSmtp()) {
				popBeforeSmtp(account, warnings, sub.split(1));
			} else {
				sub.split(1);
			}
			client = SmtpClient.connect(account.smtp().endpoint(), resolver, account.trust(), account.timeoutMillis(), sub);
			boolean separate = account.smtp().sendUser() != null && !account.smtp().sendUser().isBlank();
			client.authenticate(account.smtp().auth(), account.smtpUser(), account.smtpPassword(),
					separate ? Messages.Field_smtpUser : Messages.Field_user);
			sub.split(1);
			for (MimeMessage message : messages) {
				List<String> recipients = recipients(message);
				client.transaction(account.address(), recipients, out -> AngusContext.<Void, java.io.IOException>call(() -> {
					try {
						message.writeTo(out);
					} catch (MessagingException e) {
						throw new java.io.IOException(e);
					}
					return null;
				}));
				sent++;
				sub.split(1);
			}
			client.quit();
			warnings.addAll(client.warnings());
			return new MailResult(true, null, null, client.greeting(), null, warnings, client.connection().tlsInfo(),
					client.authInfo(), elapsed(start), token);
		} catch (MailException e) {
			if (client != null) {
				warnings.addAll(client.warnings());
				client.close();
			}
			if (sent > 0) {
				warnings.add(NLS.bind(Messages.Warning_sentBeforeFailure, sent, messages.size()));
			}
			return failure(e, warnings, client == null ? null : client.connection().tlsInfo(),
					client == null ? null : client.authInfo(), start, token);
		} finally {
			if (client != null) {
				client.close();
			}
		}
	}

	@Override
	public SmtpSession openSmtp(MailAccount account, IProgressMonitor monitor) {
		long start = System.nanoTime();
		List<String> warnings = new ArrayList<>();
		SmtpClient client = null;
		try {
			if (account.smtp() == null) {
				throw new IllegalArgumentException("no SMTP settings"); //$NON-NLS-1$
			}
			if (account.popBeforeSmtp()) {
				popBeforeSmtp(account, warnings, monitor);
			}
			client = SmtpClient.connect(account.smtp().endpoint(), resolver, account.trust(), account.timeoutMillis(), monitor);
			boolean separate = account.smtp().sendUser() != null && !account.smtp().sendUser().isBlank();
			client.authenticate(account.smtp().auth(), account.smtpUser(), account.smtpPassword(),
					separate ? Messages.Field_smtpUser : Messages.Field_user);
			warnings.addAll(client.warnings());
			return new SmtpSessionImpl(account, client, new MailResult(true, null, null, client.greeting(), null, warnings,
					client.connection().tlsInfo(), client.authInfo(), elapsed(start), null));
		} catch (MailException e) {
			if (client != null) {
				warnings.addAll(client.warnings());
				client.close();
			}
			return new SmtpSessionImpl(account, null, failure(e, warnings, client == null ? null : client.connection().tlsInfo(),
					client == null ? null : client.authInfo(), start, null));
		} catch (RuntimeException e) {
			if (client != null) {
				client.close();
			}
			throw e;
		}
	}

	static List<String> recipientsOf(MimeMessage message) throws MailException {
		return recipients(message);
	}

	private static List<String> recipients(MimeMessage message) throws MailException {
		try {
			Address[] all = AngusContext.call(message::getAllRecipients);
			List<String> list = new ArrayList<>();
			if (all != null) {
				for (Address a : all) {
					if (a instanceof InternetAddress ia) {
						list.add(ia.getAddress());
					}
				}
			}
			if (list.isEmpty()) {
				throw new MailException(org.qslmail.mail.Category.RECIPIENT, Codes.CONNECT, Messages.Reply_noRecipients,
						Messages.Hint_message);
			}
			return list;
		} catch (MessagingException e) {
			throw new MailException(org.qslmail.mail.Category.RECIPIENT, Codes.CONNECT, String.valueOf(e.getMessage()),
					Messages.Hint_message, e);
		}
	}

	private void popBeforeSmtp(MailAccount account, List<String> warnings, IProgressMonitor monitor) throws MailException {
		ReceiveSettings receive = account.receive();
		if (receive == null) {
			throw new IllegalArgumentException("POP before SMTP needs receive settings"); //$NON-NLS-1$
		}
		if (receive.protocol() == Protocol.POP3) {
			try (Pop3Client pop = Pop3Client.connect(receive.endpoint(), resolver, account.trust(), account.timeoutMillis(), monitor)) {
				pop.authenticate(receive.apop(), receive.auth(), account.loginUser(), account.password());
				warnings.addAll(pop.warnings());
				pop.quit();
			}
		} else {
			try (ImapClient imap = ImapClient.connect(receive.endpoint(), resolver, account.trust(), account.timeoutMillis(), monitor)) {
				imap.authenticate(receive.auth(), account.loginUser(), account.password());
				warnings.addAll(imap.warnings());
				imap.quit();
			}
		}
	}

	@Override
	public MailResult sendCheck(MailAccount account, IProgressMonitor monitor) {
		String token = newToken();
		MimeMessage message;
		try {
			message = AngusContext.call(() -> checkMessage(account.address(), token));
		} catch (MessagingException e) {
			return new MailResult(false, org.qslmail.mail.Category.SENDER, Codes.CONNECT, String.valueOf(e.getMessage()),
					NLS.bind(Messages.Hint_sender, Messages.Field_address, Messages.Field_smtpUser), List.of(), null, null, 0,
					token);
		}
		return send(account, List.of(message), token, monitor);
	}

	/** A new send-check token: 20 random hex digits after {@code QSL-}. */
	public static String newToken() {
		byte[] bytes = new byte[10];
		RANDOM.nextBytes(bytes);
		return "QSL-" + HexFormat.of().formatHex(bytes).toUpperCase(Locale.ROOT); //$NON-NLS-1$
	}

	static MimeMessage checkMessage(String address, String token) throws MessagingException {
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
		InternetAddress self = new InternetAddress(address);
		message.setFrom(self);
		message.setRecipient(Message.RecipientType.TO, self);
		message.setSubject(NLS.bind(Messages.Check_subject, token), "UTF-8"); //$NON-NLS-1$
		message.setHeader(CHECK_HEADER, token);
		message.setText(NLS.bind(Messages.Check_body, token), "UTF-8"); //$NON-NLS-1$
		message.setSentDate(new java.util.Date());
		message.saveChanges();
		return message;
	}

	@Override
	public MailResult receiveCheck(MailAccount account, String token, IProgressMonitor monitor) {
		return receiveCheck(account, token, null, monitor);
	}

	@Override
	public MailResult receiveCheck(MailAccount account, String token, String valueHeader, IProgressMonitor monitor) {
		long start = System.nanoTime();
		ReceiveSettings receive = account.receive();
		if (receive == null) {
			throw new IllegalArgumentException("no receive settings"); //$NON-NLS-1$
		}
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Task_receive, 3);
		List<String> warnings = new ArrayList<>();
		if (receive.protocol() == Protocol.POP3) {
			Pop3Client pop = null;
			try {
				pop = Pop3Client.connect(receive.endpoint(), resolver, account.trust(), account.timeoutMillis(), sub);
				pop.authenticate(receive.apop(), receive.auth(), account.loginUser(), account.password());
				warnings.addAll(pop.warnings());
				sub.split(1);
				List<Integer> numbers = pop.list();
				int found = -1;
				String value = token;
				int scanned = 0;
				for (int i = numbers.size() - 1; i >= 0 && scanned < 1000 && found < 0; i--, scanned++) {
					List<String> headers = pop.headers(numbers.get(i));
					if (hasToken(headers, token)) {
						found = numbers.get(i);
						value = valueHeader == null ? token : headerValue(headers, valueHeader);
					}
				}
				sub.split(1);
				if (found < 0 || value == null) {
					pop.quit();
					throw notFound(token);
				}
				pop.delete(found);
				pop.quitCommitting();
				return new MailResult(true, null, null, pop.greeting(), null, warnings, pop.connection().tlsInfo(),
						pop.authInfo(), elapsed(start), value);
			} catch (MailException e) {
				return failure(e, warnings, pop == null ? null : pop.connection().tlsInfo(), pop == null ? null : pop.authInfo(),
						start, token);
			} finally {
				if (pop != null) {
					pop.close();
				}
			}
		}
		ImapClient imap = null;
		try {
			imap = ImapClient.connect(receive.endpoint(), resolver, account.trust(), account.timeoutMillis(), sub);
			imap.authenticate(receive.auth(), account.loginUser(), account.password());
			warnings.addAll(imap.warnings());
			sub.split(1);
			List<Long> uids = imap.search(CHECK_HEADER, token);
			sub.split(1);
			String value = token;
			if (!uids.isEmpty() && valueHeader != null) {
				uids = List.of(uids.get(uids.size() - 1));
				value = headerValue(imap.headerLines(uids.get(0), valueHeader), valueHeader);
			}
			if (uids.isEmpty() || value == null) {
				imap.quit();
				throw notFound(token);
			}
			imap.delete(uids);
			imap.quit();
			return new MailResult(true, null, null, imap.greeting(), null, warnings, imap.connection().tlsInfo(),
					imap.authInfo(), elapsed(start), value);
		} catch (MailException e) {
			return failure(e, warnings, imap == null ? null : imap.connection().tlsInfo(), imap == null ? null : imap.authInfo(),
					start, token);
		} finally {
			if (imap != null) {
				imap.close();
			}
		}
	}

	@Override
	public Mailbox openMailbox(MailAccount account, IProgressMonitor monitor) throws MailboxException {
		long start = System.nanoTime();
		ReceiveSettings receive = account.receive();
		if (receive == null) {
			throw new IllegalArgumentException("no receive settings"); //$NON-NLS-1$
		}
		String identity = receive.protocol().name().toLowerCase(Locale.ROOT) + "://" + account.loginUser() + '@' //$NON-NLS-1$
				+ receive.host().toLowerCase(Locale.ROOT) + ':' + receive.port();
		if (receive.protocol() == Protocol.POP3) {
			Pop3Client pop = null;
			try {
				pop = Pop3Client.connect(receive.endpoint(), resolver, account.trust(), account.timeoutMillis(), monitor);
				pop.authenticate(receive.apop(), receive.auth(), account.loginUser(), account.password());
				return new ReceiveMailbox.Pop3(pop, identity);
			} catch (MailException e) {
				if (pop != null) {
					pop.close();
				}
				throw new MailboxException(failure(e, pop == null ? List.of() : pop.warnings(), pop == null ? null : pop.connection().tlsInfo(),
						pop == null ? null : pop.authInfo(), start, null), e);
			}
		}
		ImapClient imap = null;
		try {
			imap = ImapClient.connect(receive.endpoint(), resolver, account.trust(), account.timeoutMillis(), monitor);
			imap.authenticate(receive.auth(), account.loginUser(), account.password());
			long[] selected = imap.selectInbox();
			return new ReceiveMailbox.Imap(imap, identity, selected[0], selected[1]);
		} catch (MailException e) {
			if (imap != null) {
				imap.close();
			}
			throw new MailboxException(failure(e, imap == null ? List.of() : imap.warnings(), imap == null ? null : imap.connection().tlsInfo(),
					imap == null ? null : imap.authInfo(), start, null), e);
		}
	}

	private static MailException notFound(String token) {
		return new MailException(org.qslmail.mail.Category.MAILBOX, Codes.CONNECT, NLS.bind(Messages.Reply_checkMailNotFound, token),
				Messages.Hint_checkMailNotFound);
	}

	/** Whether unfolded header lines carry {@code X-QSLMail-Check: token}. */
	static boolean hasToken(List<String> headerLines, String token) {
		return token.equals(headerValue(headerLines, CHECK_HEADER));
	}

	/** The value of the first header with this name (case ignored) in raw header lines, unfolded; null when absent. */
	static String headerValue(List<String> headerLines, String name) {
		String prefix = name.toLowerCase(Locale.ROOT) + ':';
		StringBuilder current = null;
		List<String> unfolded = new ArrayList<>();
		for (String line : headerLines) {
			if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && current != null) {
				current.append(' ').append(line.trim());
			} else {
				if (current != null) {
					unfolded.add(current.toString());
				}
				current = new StringBuilder(line);
			}
		}
		if (current != null) {
			unfolded.add(current.toString());
		}
		for (String header : unfolded) {
			if (header.toLowerCase(Locale.ROOT).startsWith(prefix)) {
				return header.substring(prefix.length()).trim();
			}
		}
		return null;
	}

	@Override
	public ProbeResult probe(Endpoint endpoint, TrustSettings trust, Duration timeout, IProgressMonitor monitor) {
		return probe(endpoint, trust, timeout, resolver, monitor);
	}

	ProbeResult probe(Endpoint endpoint, TrustSettings trust, Duration timeout, HostResolver via, IProgressMonitor monitor) {
		long start = System.nanoTime();
		int ms = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (timeout == null ? MailAccount.DEFAULT_TIMEOUT : timeout).toMillis()));
		TrustSettings t = trust == null ? TrustSettings.SYSTEM : trust;
		try {
			switch (endpoint.protocol()) {
			case SMTP -> {
				try (SmtpClient c = SmtpClient.connect(endpoint, via, t, ms, monitor)) {
					boolean startTls = c.hasExtension("STARTTLS") || endpoint.security() == org.qslmail.mail.Security.STARTTLS; //$NON-NLS-1$
					ProbeResult r = probeResult(endpoint, c.greeting(), c.ehloLines(), c.authOffered(), startTls, null,
							c.connection().tlsInfo(), c.warnings(), start);
					c.quit();
					return r;
				}
			}
			case POP3 -> {
				try (Pop3Client c = Pop3Client.connect(endpoint, via, t, ms, monitor)) {
					ProbeResult r = probeResult(endpoint, c.greeting(), c.capabilities(), c.authOffered(), c.startTlsOffered(),
							c.timestamp(), c.connection().tlsInfo(), c.warnings(), start);
					c.quit();
					return r;
				}
			}
			default -> {
				try (ImapClient c = ImapClient.connect(endpoint, via, t, ms, monitor)) {
					ProbeResult r = probeResult(endpoint, c.greeting(), c.capabilities(), c.mechanisms(), c.startTlsOffered(),
							null, c.connection().tlsInfo(), c.warnings(), start);
					c.quit();
					return r;
				}
			}
			}
		} catch (MailException e) {
			MailResult result = failure(e, List.of(), e.tls(), null, start, null);
			return new ProbeResult(endpoint, null, List.of(), List.of(), false, null, e.tls(), result);
		}
	}

	private static ProbeResult probeResult(Endpoint endpoint, String greeting, List<String> capabilities, List<String> auth,
			boolean startTls, String timestamp, TlsInfo tls, List<String> warnings, long start) {
		List<String> w = new ArrayList<>(warnings);
		if (tls == null) {
			w.add(Messages.Warning_unencrypted);
		}
		MailResult ok = new MailResult(true, null, null, greeting, null, w, tls, new AuthInfo(auth, null), elapsed(start), null);
		return new ProbeResult(endpoint, greeting, List.copyOf(capabilities), List.copyOf(auth), startTls, timestamp, tls, ok);
	}

	@Override
	public List<DetectedSetting> detect(String address, DetectOptions options, IProgressMonitor monitor) {
		return new Detector(this, List.copyOf(presetProviders)).detect(address, options, monitor);
	}

	static MailResult failure(MailException e, List<String> warnings, TlsInfo tls, AuthInfo auth, long start, String token) {
		TlsInfo info = e.tls() != null ? e.tls() : tls;
		return new MailResult(false, e.category(), e.code(), e.serverReply(), e.hint(), warnings, info, auth, elapsed(start), token);
	}

	private static long elapsed(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}
}
