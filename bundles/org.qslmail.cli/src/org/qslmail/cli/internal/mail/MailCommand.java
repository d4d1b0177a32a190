package org.qslmail.cli.internal.mail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.qslmail.cli.CliCommand;
import org.qslmail.cli.ExitCode;
import org.qslmail.cli.UsageException;
import org.qslmail.cli.internal.Messages;
import org.qslmail.mail.AuthInfo;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.CertificateInfo;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.MailResult;
import org.qslmail.mail.MailService;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.ReceiveSettings;
import org.qslmail.mail.Security;
import org.qslmail.mail.SmtpSettings;
import org.qslmail.mail.TlsInfo;
import org.qslmail.mail.TrustSettings;

/**
 * Shared parts of the mail commands: options named after the settings fields, the account file (same
 * names, no secrets), the state file with the last send-check token, and the {@code --json} object.
 */
public abstract class MailCommand implements CliCommand {

	/** Options that take a value; the same names are the keys of an account file. */
	static final Set<String> VALUE_OPTIONS = Set.of("account", "state", "address", "user", "password-env", "smtp-host", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"smtp-port", "smtp-security", "smtp-auth", "smtp-user", "smtp-password-env", "pop-host", "pop-port", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"pop-security", "pop-auth", "imap-host", "imap-port", "imap-security", "imap-auth", "timeout", "trust-ca", "pin", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"host", "port", "protocol", "security"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** Options without a value (in an account file: {@code name = true}). */
	static final Set<String> FLAGS = Set.of("json", "apop", "delete-after-receive", "pop-before-smtp"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private volatile MailService service;
	private final Function<String, String> environment;

	MailCommand() {
		this(System::getenv);
	}

	MailCommand(Function<String, String> environment) {
		this.environment = environment;
	}

	public void setMailService(MailService mailService) {
		this.service = mailService;
	}

	public void unsetMailService(MailService mailService) {
		if (this.service == mailService) {
			this.service = null;
		}
	}

	MailService service() {
		MailService s = service;
		if (s == null) {
			throw new IllegalStateException("no mail service"); //$NON-NLS-1$
		}
		return s;
	}

	/** Parsed options; {@code pins} collects repeated {@code --pin host:port=sha256}. */
	static final class Options {
		final Map<String, String> values = new LinkedHashMap<>();
		final List<String> pins = new ArrayList<>();

		String get(String name) {
			return values.get(name);
		}

		boolean flag(String name) {
			return "true".equalsIgnoreCase(values.get(name)); //$NON-NLS-1$
		}
	}

	Options parse(List<String> arguments, Set<String> allowed) {
		Options o = new Options();
		for (int i = 0; i < arguments.size(); i++) {
			String a = arguments.get(i);
			if (!a.startsWith("--")) { //$NON-NLS-1$
				throw new UsageException(NLS.bind(Messages.Mail_unexpectedArgument, a));
			}
			String name = a.substring(2);
			String value = null;
			int eq = name.indexOf('=');
			if (eq > 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			if (name.equals("password") || name.equals("smtp-password")) { //$NON-NLS-1$ //$NON-NLS-2$
				throw new UsageException(Messages.Mail_noPasswordOption);
			}
			if (!allowed.contains(name)) {
				throw new UsageException(NLS.bind(Messages.Mail_unknownOption, a));
			}
			if (FLAGS.contains(name)) {
				o.values.put(name, value == null ? "true" : value); //$NON-NLS-1$
				continue;
			}
			if (value == null) {
				if (i + 1 >= arguments.size()) {
					throw new UsageException(NLS.bind(Messages.Mail_missingValue, a));
				}
				value = arguments.get(++i);
			}
			if (name.equals("pin")) { //$NON-NLS-1$
				o.pins.add(value);
			} else {
				o.values.put(name, value);
			}
		}
		return o;
	}

	/** Merges the account file (when {@code --account} is given) under the command-line options. */
	Options withAccountFile(Options options) {
		String file = options.get("account"); //$NON-NLS-1$
		if (file == null) {
			return options;
		}
		Properties p = new Properties();
		try (Reader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
			p.load(r);
		} catch (IOException e) {
			throw new UsageException(NLS.bind(Messages.Mail_accountUnreadable, file, e.getMessage()));
		}
		Options merged = new Options();
		for (String key : p.stringPropertyNames()) {
			String k = key.trim();
			if (k.contains("password") && !k.endsWith("password-env")) { //$NON-NLS-1$ //$NON-NLS-2$
				throw new UsageException(NLS.bind(Messages.Mail_secretInAccount, file, k));
			}
			if (k.startsWith("pin.")) { //$NON-NLS-1$
				merged.pins.add(k.substring(4) + '=' + p.getProperty(key).trim());
			} else if (k.startsWith("station.")) { //$NON-NLS-1$
				// what only the account setup knows (callsign, preset), in account backups: docs/account.md
			} else if (VALUE_OPTIONS.contains(k) || FLAGS.contains(k)) {
				merged.values.put(k, p.getProperty(key).trim());
			} else {
				throw new UsageException(NLS.bind(Messages.Mail_unknownAccountKey, file, k));
			}
		}
		merged.values.putAll(options.values);
		merged.pins.addAll(options.pins);
		return merged;
	}

	String required(Options o, String name) {
		String v = o.get(name);
		if (v == null || v.isBlank()) {
			throw new UsageException(NLS.bind(Messages.Mail_missingOption, "--" + name)); //$NON-NLS-1$
		}
		return v;
	}

	static int port(String text) {
		try {
			int p = Integer.parseInt(text.trim());
			if (p > 0 && p <= 65535) {
				return p;
			}
		} catch (NumberFormatException e) {
			// below
		}
		throw new UsageException(NLS.bind(Messages.Mail_badValue, "port", text)); //$NON-NLS-1$
	}

	static Security security(String text, Security fallback) {
		if (text == null) {
			return fallback;
		}
		try {
			return Security.parse(text);
		} catch (IllegalArgumentException e) {
			throw new UsageException(NLS.bind(Messages.Mail_badValue, "security", text)); //$NON-NLS-1$
		}
	}

	static AuthMethod auth(String text) {
		if (text == null) {
			return AuthMethod.AUTOMATIC;
		}
		try {
			return AuthMethod.parse(text);
		} catch (IllegalArgumentException e) {
			throw new UsageException(NLS.bind(Messages.Mail_badValue, "auth", text)); //$NON-NLS-1$
		}
	}

	Duration timeout(Options o) {
		String t = o.get("timeout"); //$NON-NLS-1$
		if (t == null) {
			return MailAccount.DEFAULT_TIMEOUT;
		}
		try {
			double seconds = Double.parseDouble(t);
			if (seconds > 0) {
				return Duration.ofMillis((long) (seconds * 1000));
			}
		} catch (NumberFormatException e) {
			// below
		}
		throw new UsageException(NLS.bind(Messages.Mail_badValue, "timeout", t)); //$NON-NLS-1$
	}

	TrustSettings trust(Options o) {
		TrustSettings t = TrustSettings.SYSTEM;
		String ca = o.get("trust-ca"); //$NON-NLS-1$
		if (ca != null) {
			if (!Files.isReadable(Path.of(ca))) {
				throw new UsageException(NLS.bind(Messages.Mail_accountUnreadable, ca, "")); //$NON-NLS-1$
			}
			t = t.withCaFile(Path.of(ca));
		}
		for (String pin : o.pins) {
			int eq = pin.indexOf('=');
			int colon = eq > 0 ? pin.lastIndexOf(':', eq) : -1;
			if (eq < 0 || colon < 0) {
				throw new UsageException(NLS.bind(Messages.Mail_badValue, "pin", pin)); //$NON-NLS-1$
			}
			t = t.withPin(pin.substring(0, colon), port(pin.substring(colon + 1, eq)), pin.substring(eq + 1));
		}
		return t;
	}

	char[] password(Options o, String option) {
		String name = o.get(option);
		if (name == null) {
			return null;
		}
		String value = environment.apply(name);
		if (value == null) {
			throw new UsageException(NLS.bind(Messages.Mail_passwordEnvUnset, name));
		}
		return value.toCharArray();
	}

	/** Builds the account from options; SMTP and/or receive settings as far as given. */
	MailAccount account(Options o, boolean needSmtp, boolean needReceive) {
		String address = required(o, "address"); //$NON-NLS-1$
		if (address.indexOf('@') < 1) {
			throw new UsageException(NLS.bind(Messages.Mail_badValue, "address", address)); //$NON-NLS-1$
		}
		SmtpSettings smtp = null;
		if (needSmtp || o.get("smtp-host") != null) { //$NON-NLS-1$
			Security s = security(o.get("smtp-security"), Security.SSL_TLS); //$NON-NLS-1$
			String port = o.get("smtp-port"); //$NON-NLS-1$
			smtp = new SmtpSettings(required(o, "smtp-host"), port == null ? Protocol.SMTP.defaultPort(s) : port(port), s, //$NON-NLS-1$
					auth(o.get("smtp-auth")), o.get("smtp-user"), password(o, "smtp-password-env")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		ReceiveSettings receive = null;
		boolean imap = o.get("imap-host") != null; //$NON-NLS-1$
		if (imap && o.get("pop-host") != null) { //$NON-NLS-1$
			throw new UsageException(Messages.Mail_popOrImap);
		}
		if (needReceive || imap || o.get("pop-host") != null) { //$NON-NLS-1$
			String prefix = imap ? "imap-" : "pop-"; //$NON-NLS-1$ //$NON-NLS-2$
			Protocol protocol = imap ? Protocol.IMAP : Protocol.POP3;
			Security s = security(o.get(prefix + "security"), Security.SSL_TLS); //$NON-NLS-1$
			String port = o.get(prefix + "port"); //$NON-NLS-1$
			if (imap && o.flag("apop")) { //$NON-NLS-1$
				throw new UsageException(Messages.Mail_apopIsPop);
			}
			receive = new ReceiveSettings(protocol, required(o, prefix + "host"), //$NON-NLS-1$
					port == null ? protocol.defaultPort(s) : port(port), s, auth(o.get(prefix + "auth")), o.flag("apop"), //$NON-NLS-1$ //$NON-NLS-2$
					o.flag("delete-after-receive")); //$NON-NLS-1$
		}
		char[] password = password(o, "password-env"); //$NON-NLS-1$
		return new MailAccount(address, o.get("user"), password, smtp, receive, o.flag("pop-before-smtp"), timeout(o), //$NON-NLS-1$ //$NON-NLS-2$
				trust(o));
	}

	/** The state file: {@code --state}, else beside the account file, else under ~/.qslmail/mail-state. */
	static Path stateFile(Options o, String address) {
		if (o.get("state") != null) { //$NON-NLS-1$
			return Path.of(o.get("state")); //$NON-NLS-1$
		}
		if (o.get("account") != null) { //$NON-NLS-1$
			return Path.of(o.get("account") + ".state"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return Path.of(System.getProperty("user.home"), ".qslmail", "mail-state", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				address.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9@._-]", "_") + ".state"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	static void saveToken(Path state, String token) throws IOException {
		Properties p = new Properties();
		p.setProperty("last-send-check-token", token); //$NON-NLS-1$
		p.setProperty("last-send-check-time", Instant.now().toString()); //$NON-NLS-1$
		if (state.getParent() != null) {
			Files.createDirectories(state.getParent());
		}
		try (Writer w = Files.newBufferedWriter(state, StandardCharsets.UTF_8)) {
			p.store(w, "QSL Mail account state (no secrets)"); //$NON-NLS-1$
		}
	}

	static String loadToken(Path state) {
		if (!Files.isReadable(state)) {
			return null;
		}
		Properties p = new Properties();
		try (Reader r = Files.newBufferedReader(state, StandardCharsets.UTF_8)) {
			p.load(r);
		} catch (IOException e) {
			return null;
		}
		return p.getProperty("last-send-check-token"); //$NON-NLS-1$
	}

	/** The {@code --json} object of one result. */
	static Map<String, Object> json(MailResult r) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("ok", r.ok()); //$NON-NLS-1$
		m.put("category", r.category() == null ? null : r.category().id()); //$NON-NLS-1$
		m.put("code", r.code()); //$NON-NLS-1$
		m.put("serverReply", r.serverReply()); //$NON-NLS-1$
		m.put("hint", r.hint()); //$NON-NLS-1$
		m.put("warnings", r.warnings()); //$NON-NLS-1$
		m.put("tls", tlsJson(r.tls())); //$NON-NLS-1$
		AuthInfo a = r.auth();
		Map<String, Object> auth = new LinkedHashMap<>();
		auth.put("offered", a == null ? List.of() : a.offered()); //$NON-NLS-1$
		auth.put("used", a == null ? null : a.used()); //$NON-NLS-1$
		m.put("auth", auth); //$NON-NLS-1$
		m.put("elapsedMs", r.elapsedMs()); //$NON-NLS-1$
		if (r.token() != null) {
			m.put("token", r.token()); //$NON-NLS-1$
		}
		return m;
	}

	static Map<String, Object> tlsJson(TlsInfo tls) {
		if (tls == null) {
			return null;
		}
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("protocol", tls.protocol()); //$NON-NLS-1$
		m.put("cipher", tls.cipher()); //$NON-NLS-1$
		CertificateInfo c = tls.certificate();
		if (c != null) {
			Map<String, Object> cert = new LinkedHashMap<>();
			cert.put("subject", c.subject()); //$NON-NLS-1$
			cert.put("sans", c.sans()); //$NON-NLS-1$
			cert.put("issuer", c.issuer()); //$NON-NLS-1$
			cert.put("sha256", c.sha256()); //$NON-NLS-1$
			cert.put("notAfter", c.notAfter().toString()); //$NON-NLS-1$
			m.put("certificate", cert); //$NON-NLS-1$
		} else {
			m.put("certificate", null); //$NON-NLS-1$
		}
		m.put("hostnameMatches", tls.hostnameMatches()); //$NON-NLS-1$
		return m;
	}

	/** Human-readable lines of one result. */
	static void print(PrintWriter out, String label, MailResult r) {
		if (r.ok()) {
			out.println(NLS.bind(Messages.Mail_ok, label, r.elapsedMs()));
		} else {
			out.println(NLS.bind(Messages.Mail_failed, new Object[] { label, r.code(), r.category().id() }));
			out.println(NLS.bind(Messages.Mail_serverReply, r.serverReply()));
			out.println(NLS.bind(Messages.Mail_hint, r.hint()));
		}
		if (r.auth() != null) {
			out.println(NLS.bind(Messages.Mail_auth, String.join(" ", r.auth().offered()), r.auth().used())); //$NON-NLS-1$
		}
		TlsInfo tls = r.tls();
		if (tls != null) {
			if (tls.protocol() != null) {
				out.println(NLS.bind(Messages.Mail_tls, tls.protocol(), tls.cipher()));
			}
			CertificateInfo c = tls.certificate();
			if (c != null) {
				out.println(NLS.bind(Messages.Mail_certificate, new Object[] { c.subject(), String.join(", ", c.sans()), //$NON-NLS-1$
						c.issuer(), c.notAfter(), c.sha256(), tls.hostnameMatches() }));
			}
		}
		for (String w : r.warnings()) {
			out.println(NLS.bind(Messages.Mail_warning, w));
		}
	}

	static int exit(boolean ok) {
		return ok ? ExitCode.OK : ExitCode.FAILED;
	}
}
