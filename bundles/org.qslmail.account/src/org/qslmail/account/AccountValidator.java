package org.qslmail.account;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.qslmail.account.Issue.Field;
import org.qslmail.account.Issue.Severity;
import org.qslmail.account.internal.Messages;
import org.qslmail.core.Callsign;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.Security;

/**
 * What is wrong with settings before any server is asked: errors (the address typed twice differs, a host
 * that is not a host name, a port out of range) and warnings for choices that rarely work (465 with STARTTLS,
 * 587 with SSL/TLS, port 25, passwords without encryption).
 */
public final class AccountValidator {

	/** Local part and domain as the QSL directory accepts them. */
	private static final Pattern ADDRESS = Pattern
			.compile("[^@\\s\"<>()\\[\\],;:\\\\]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,63}"); //$NON-NLS-1$
	private static final Pattern HOST_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"); //$NON-NLS-1$
	private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})"); //$NON-NLS-1$
	private static final Pattern IPV6 = Pattern.compile("\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*\\]?"); //$NON-NLS-1$

	public static final int MIN_TIMEOUT = 5;
	public static final int MAX_TIMEOUT = 600;

	private AccountValidator() {
	}

	/**
	 * @param addressAgain the address as typed the second time
	 * @param secrets      the passwords, or {@code null} to leave them out of the check
	 */
	public static List<Issue> validate(AccountSettings s, String addressAgain, Secrets secrets) {
		List<Issue> issues = new ArrayList<>();
		if (s.callsign().isBlank()) {
			issues.add(error(Field.CALLSIGN, Messages.Validation_callsignMissing));
		} else {
			try {
				Callsign.parse(s.callsign());
			} catch (IllegalArgumentException e) {
				issues.add(error(Field.CALLSIGN, NLS.bind(Messages.Validation_callsignInvalid, s.callsign())));
			}
		}
		String address = s.address().strip();
		if (address.isEmpty()) {
			issues.add(error(Field.ADDRESS, Messages.Validation_addressMissing));
		} else if (!ADDRESS.matcher(address).matches()) {
			issues.add(error(Field.ADDRESS, NLS.bind(Messages.Validation_addressInvalid, address)));
		}
		if (addressAgain != null && !address.isEmpty() && !address.equalsIgnoreCase(addressAgain.strip())) {
			issues.add(error(Field.ADDRESS_AGAIN, Messages.Validation_addressMismatch));
		}
		if (secrets != null && secrets.mailPassword().length == 0) {
			issues.add(error(Field.PASSWORD, Messages.Validation_passwordMissing));
		}
		if (s.timeoutSeconds() < MIN_TIMEOUT || s.timeoutSeconds() > MAX_TIMEOUT) {
			issues.add(error(Field.TIMEOUT, NLS.bind(Messages.Validation_timeoutRange,
					new Object[] { s.timeoutSeconds(), MIN_TIMEOUT, MAX_TIMEOUT })));
		}
		host(issues, Field.SMTP_HOST, s.smtpHost());
		port(issues, Field.SMTP_PORT, s.smtpPort());
		host(issues, Field.RECEIVE_HOST, s.receiveHost());
		port(issues, Field.RECEIVE_PORT, s.receivePort());
		if (s.separateSendAccount() && s.smtpUser().isBlank()) {
			issues.add(error(Field.SMTP_USER, Messages.Validation_sendUserMissing));
		}
		if (s.apop() && s.receiveProtocol() != Protocol.POP3) {
			issues.add(error(Field.APOP, Messages.Validation_apopImap));
		}
		portWarnings(issues, Protocol.SMTP, Field.SMTP_PORT, s.smtpPort(), s.smtpSecurity());
		portWarnings(issues, s.receiveProtocol(), Field.RECEIVE_PORT, s.receivePort(), s.receiveSecurity());
		if (s.smtpSecurity() == Security.NONE && s.smtpAuth() != AuthMethod.NONE) {
			issues.add(warning(Field.SMTP_SECURITY, Messages.Validation_noEncryptionSmtp));
		}
		if (s.receiveSecurity() == Security.NONE && !s.apop()) {
			issues.add(warning(Field.RECEIVE_SECURITY, Messages.Validation_noEncryptionReceive));
		}
		return issues;
	}

	/** Whether any issue is an error. */
	public static boolean hasErrors(List<Issue> issues) {
		return issues.stream().anyMatch(Issue::isError);
	}

	/** Whether {@code host} is a host name, an IPv4 address or an IPv6 literal. */
	public static boolean isHost(String host) {
		String h = host.strip();
		if (h.isEmpty() || h.length() > 253) {
			return false;
		}
		var v4 = IPV4.matcher(h);
		if (v4.matches()) {
			for (int i = 1; i <= 4; i++) {
				if (Integer.parseInt(v4.group(i)) > 255) {
					return false;
				}
			}
			return true;
		}
		if (h.indexOf(':') >= 0) {
			return IPV6.matcher(h).matches();
		}
		String name = h.endsWith(".") ? h.substring(0, h.length() - 1) : h; //$NON-NLS-1$
		for (String label : name.split("\\.", -1)) { //$NON-NLS-1$
			if (!HOST_LABEL.matcher(label).matches()) {
				return false;
			}
		}
		return true;
	}

	private static void host(List<Issue> issues, Field field, String host) {
		if (host.isBlank()) {
			issues.add(error(field, Messages.Validation_hostMissing));
		} else if (!isHost(host)) {
			issues.add(error(field, NLS.bind(Messages.Validation_hostInvalid, host.strip())));
		}
	}

	private static void port(List<Issue> issues, Field field, int port) {
		if (port < 1 || port > 65535) {
			issues.add(error(field, NLS.bind(Messages.Validation_portRange, Integer.toString(port))));
		}
	}

	private static void portWarnings(List<Issue> issues, Protocol protocol, Field field, int port, Security security) {
		int tlsPort = protocol.defaultPort(Security.SSL_TLS);
		int plainPort = protocol.defaultPort(Security.NONE);
		if (port == tlsPort && !security.implicitTls()) {
			issues.add(warning(field, NLS.bind(Messages.Validation_tlsPortWithoutTls, Integer.toString(port))));
		} else if ((port == plainPort || (protocol == Protocol.SMTP && port == 25)) && security.implicitTls()) {
			issues.add(warning(field, NLS.bind(Messages.Validation_plainPortWithTls, Integer.toString(port))));
		}
		if (protocol == Protocol.SMTP && port == 25) {
			issues.add(warning(field, Messages.Validation_port25));
		}
	}

	private static Issue error(Field field, String message) {
		return new Issue(field, Severity.ERROR, message);
	}

	private static Issue warning(Field field, String message) {
		return new Issue(field, Severity.WARNING, message);
	}
}
