package org.qslmail.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.qslmail.account.internal.Messages;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.Security;

/**
 * The one mapping between {@link AccountSettings} and {@code name = value} pairs. The names are those of the
 * mail command line's account file (docs/mail.md), plus {@code station.*} names for what only the account
 * setup knows; the same pairs are the preferences of an account, the backup file and the deployment defaults.
 * Never a secret: keys naming a password are refused when read.
 */
public final class AccountProperties {

	public static final String CALLSIGN = "station.callsign"; //$NON-NLS-1$
	public static final String PRESET = "station.preset"; //$NON-NLS-1$
	public static final String SEPARATE_SEND_ACCOUNT = "station.separate-send-account"; //$NON-NLS-1$
	public static final String ADDRESS = "address"; //$NON-NLS-1$
	public static final String USER = "user"; //$NON-NLS-1$
	public static final String TIMEOUT = "timeout"; //$NON-NLS-1$
	public static final String SMTP_HOST = "smtp-host"; //$NON-NLS-1$
	public static final String SMTP_PORT = "smtp-port"; //$NON-NLS-1$
	public static final String SMTP_SECURITY = "smtp-security"; //$NON-NLS-1$
	public static final String SMTP_AUTH = "smtp-auth"; //$NON-NLS-1$
	public static final String SMTP_USER = "smtp-user"; //$NON-NLS-1$
	public static final String APOP = "apop"; //$NON-NLS-1$
	public static final String DELETE_AFTER_RECEIVE = "delete-after-receive"; //$NON-NLS-1$
	public static final String TRUST_CA = "trust-ca"; //$NON-NLS-1$
	public static final String PIN_PREFIX = "pin."; //$NON-NLS-1$

	/** Names of the mail account file that the account setup accepts and does not use. */
	private static final List<String> IGNORED = List.of("password-env", "smtp-password-env", "pop-before-smtp"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** Settings read from pairs, and everything wrong with the pairs (in the user's language). */
	public record Parsed(AccountSettings settings, List<String> problems) {
		public Parsed {
			problems = List.copyOf(problems);
		}
	}

	private AccountProperties() {
	}

	/** The pairs of these settings, in a stable order; empty values are left out. */
	public static Map<String, String> toMap(AccountSettings s) {
		Map<String, String> m = new LinkedHashMap<>();
		put(m, CALLSIGN, s.callsign());
		put(m, PRESET, s.presetId());
		put(m, ADDRESS, s.address());
		put(m, USER, s.user());
		m.put(TIMEOUT, Integer.toString(s.timeoutSeconds()));
		put(m, SMTP_HOST, s.smtpHost());
		m.put(SMTP_PORT, Integer.toString(s.smtpPort()));
		m.put(SMTP_SECURITY, s.smtpSecurity().id());
		m.put(SMTP_AUTH, s.smtpAuth().id());
		if (s.separateSendAccount()) {
			m.put(SEPARATE_SEND_ACCOUNT, Boolean.TRUE.toString());
			put(m, SMTP_USER, s.smtpUser());
		}
		String p = prefix(s.receiveProtocol());
		put(m, p + "host", s.receiveHost()); //$NON-NLS-1$
		m.put(p + "port", Integer.toString(s.receivePort())); //$NON-NLS-1$
		m.put(p + "security", s.receiveSecurity().id()); //$NON-NLS-1$
		m.put(p + "auth", s.receiveAuth().id()); //$NON-NLS-1$
		if (s.apop() && s.receiveProtocol() == Protocol.POP3) {
			m.put(APOP, Boolean.TRUE.toString());
		}
		if (s.deleteAfterReceive()) {
			m.put(DELETE_AFTER_RECEIVE, Boolean.TRUE.toString());
		}
		put(m, TRUST_CA, s.trustCaFile());
		s.pins().forEach((hostPort, sha) -> m.put(PIN_PREFIX + hostPort, sha));
		return m;
	}

	/**
	 * Reads pairs over {@code base} (e.g. the deployment defaults); every unknown name, secret, bad number or
	 * bad choice is a problem, and the value is then left as it was.
	 */
	public static Parsed fromMap(Map<String, String> pairs, AccountSettings base) {
		AccountSettings s = base.copy();
		List<String> problems = new ArrayList<>();
		Map<String, String> sorted = new TreeMap<>();
		pairs.forEach((k, v) -> sorted.put(k.strip(), v == null ? "" : v.strip())); //$NON-NLS-1$
		boolean pop = sorted.keySet().stream().anyMatch(k -> k.startsWith("pop-")); //$NON-NLS-1$
		boolean imap = sorted.keySet().stream().anyMatch(k -> k.startsWith("imap-")); //$NON-NLS-1$
		if (pop && imap) {
			problems.add(Messages.AccountProperties_popAndImap);
		} else if (imap) {
			s.receiveProtocol(Protocol.IMAP);
		} else if (pop) {
			s.receiveProtocol(Protocol.POP3);
		}
		for (Map.Entry<String, String> e : sorted.entrySet()) {
			String key = e.getKey();
			String value = e.getValue();
			String lower = key.toLowerCase(Locale.ROOT);
			if (lower.contains("password") && !IGNORED.contains(lower)) { //$NON-NLS-1$
				problems.add(NLS.bind(Messages.AccountProperties_secret, key));
				continue;
			}
			if (IGNORED.contains(lower)) {
				continue;
			}
			if (key.startsWith(PIN_PREFIX)) {
				String hostPort = key.substring(PIN_PREFIX.length());
				int colon = hostPort.lastIndexOf(':');
				Integer port = colon > 0 ? number(key, hostPort.substring(colon + 1), problems) : null;
				if (colon <= 0 || port == null || !value.replace(":", "").matches("[0-9A-Fa-f]{64}")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					problems.add(NLS.bind(Messages.AccountProperties_badPin, key, value));
				} else {
					s.pin(hostPort.substring(0, colon), port, value);
				}
				continue;
			}
			String receiveField = key.startsWith("pop-") ? key.substring(4) //$NON-NLS-1$
					: key.startsWith("imap-") ? key.substring(5) : null; //$NON-NLS-1$
			if (receiveField != null) {
				switch (receiveField) {
				case "host" -> s.receiveHost(value); //$NON-NLS-1$
				case "port" -> apply(number(key, value, problems), s::receivePort); //$NON-NLS-1$
				case "security" -> apply(choice(key, value, Security::parse, Security.values(), problems), s::receiveSecurity); //$NON-NLS-1$
				case "auth" -> apply(choice(key, value, AuthMethod::parse, AuthMethod.values(), problems), s::receiveAuth); //$NON-NLS-1$
				default -> problems.add(NLS.bind(Messages.AccountProperties_unknownKey, key));
				}
				continue;
			}
			switch (key) {
			case CALLSIGN -> s.callsign(value);
			case PRESET -> s.presetId(value);
			case ADDRESS -> s.address(value);
			case USER -> s.user(value);
			case TIMEOUT -> apply(number(key, value, problems), s::timeoutSeconds);
			case SMTP_HOST -> s.smtpHost(value);
			case SMTP_PORT -> apply(number(key, value, problems), s::smtpPort);
			case SMTP_SECURITY -> apply(choice(key, value, Security::parse, Security.values(), problems), s::smtpSecurity);
			case SMTP_AUTH -> apply(choice(key, value, AuthMethod::parse, AuthMethod.values(), problems), s::smtpAuth);
			case SMTP_USER -> {
				s.smtpUser(value);
				s.separateSendAccount(s.separateSendAccount() || !value.isBlank());
			}
			case SEPARATE_SEND_ACCOUNT -> apply(bool(key, value, problems), s::separateSendAccount);
			case APOP -> apply(bool(key, value, problems), s::apop);
			case DELETE_AFTER_RECEIVE -> apply(bool(key, value, problems), s::deleteAfterReceive);
			case TRUST_CA -> s.trustCaFile(value);
			default -> problems.add(NLS.bind(Messages.AccountProperties_unknownKey, key));
			}
		}
		if (s.apop() && s.receiveProtocol() != Protocol.POP3) {
			problems.add(Messages.AccountProperties_apopNotImap);
			s.apop(false);
		}
		return new Parsed(s, problems);
	}

	private static String prefix(Protocol protocol) {
		return protocol == Protocol.IMAP ? "imap-" : "pop-"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void put(Map<String, String> m, String key, String value) {
		if (value != null && !value.isBlank()) {
			m.put(key, value.strip());
		}
	}

	private static <T> void apply(T value, java.util.function.Consumer<T> setter) {
		if (value != null) {
			setter.accept(value);
		}
	}

	private static Integer number(String key, String value, List<String> problems) {
		try {
			return Integer.valueOf(value);
		} catch (NumberFormatException e) {
			problems.add(NLS.bind(Messages.AccountProperties_badNumber, key, value));
			return null;
		}
	}

	private static Boolean bool(String key, String value, List<String> problems) {
		if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) { //$NON-NLS-1$ //$NON-NLS-2$
			return Boolean.valueOf(value);
		}
		problems.add(NLS.bind(Messages.AccountProperties_badChoice, new Object[] { key, value, "true, false" })); //$NON-NLS-1$
		return null;
	}

	private static <T> T choice(String key, String value, Function<String, T> parse, Object[] all,
			List<String> problems) {
		try {
			return parse.apply(value);
		} catch (IllegalArgumentException e) {
			String choices = String.join(", ", Arrays.stream(all).map(AccountProperties::id).toList()); //$NON-NLS-1$
			problems.add(NLS.bind(Messages.AccountProperties_badChoice, new Object[] { key, value, choices }));
			return null;
		}
	}

	private static String id(Object o) {
		return o instanceof Security sec ? sec.id() : o instanceof AuthMethod a ? a.id() : o.toString();
	}
}
