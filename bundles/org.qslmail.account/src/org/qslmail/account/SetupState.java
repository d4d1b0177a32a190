package org.qslmail.account;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.qslmail.mail.MailResult;

/**
 * Where the setup of one account stands: the last send check and receive check, each bound to a fingerprint
 * of the exact values it tested (passwords included, as a hash that is never stored). "Register and save" is
 * allowed only while both checks passed for the current values: changing any value a check used makes that
 * check count as not done. Thread-safe.
 */
public final class SetupState {

	/** The two checks of the setup. */
	public enum Check {
		SEND, RECEIVE
	}

	/** A check's result and the fingerprint of the values it tested. */
	public record Outcome(MailResult result, String fingerprint) {
	}

	private Outcome send;
	private Outcome receive;

	/** Records a send check run on {@code settings}/{@code secrets}; a new send check voids the receive check. */
	public synchronized void recordSend(AccountSettings settings, Secrets secrets, MailResult result) {
		send = new Outcome(result, fingerprint(Check.SEND, settings, secrets));
		receive = null;
	}

	public synchronized void recordReceive(AccountSettings settings, Secrets secrets, MailResult result) {
		receive = new Outcome(result, fingerprint(Check.RECEIVE, settings, secrets));
	}

	public synchronized Optional<Outcome> outcome(Check check) {
		return Optional.ofNullable(check == Check.SEND ? send : receive);
	}

	/** The token of the last successful send check, which the receive check looks for. */
	public synchronized Optional<String> sendToken() {
		return send != null && send.result().ok() ? Optional.ofNullable(send.result().token()) : Optional.empty();
	}

	/** Whether {@code check} passed for exactly these values. */
	public synchronized boolean passed(Check check, AccountSettings settings, Secrets secrets) {
		Outcome o = check == Check.SEND ? send : receive;
		return o != null && o.result().ok() && o.fingerprint().equals(fingerprint(check, settings, secrets));
	}

	/** Whether "register and save" is allowed: both checks passed for these values. */
	public synchronized boolean canRegister(AccountSettings settings, Secrets secrets) {
		return passed(Check.SEND, settings, secrets) && passed(Check.RECEIVE, settings, secrets);
	}

	public synchronized void reset() {
		send = null;
		receive = null;
	}

	/**
	 * The fingerprint of the values a check depends on: the address, login, passwords, timeout and trust for
	 * both; the SMTP fields for the send check; the receive fields (not delete-after-receive, which the check
	 * never applies) for the receive check.
	 */
	public static String fingerprint(Check check, AccountSettings s, Secrets secrets) {
		Map<String, String> all = AccountProperties.toMap(s);
		StringBuilder text = new StringBuilder(check.name()).append('\n');
		all.forEach((key, value) -> {
			boolean common = key.equals(AccountProperties.ADDRESS) || key.equals(AccountProperties.USER)
					|| key.equals(AccountProperties.TIMEOUT) || key.equals(AccountProperties.TRUST_CA)
					|| key.startsWith(AccountProperties.PIN_PREFIX);
			boolean smtp = key.startsWith("smtp-") || key.equals(AccountProperties.SEPARATE_SEND_ACCOUNT); //$NON-NLS-1$
			boolean receive = key.startsWith("pop-") || key.startsWith("imap-") || key.equals(AccountProperties.APOP); //$NON-NLS-1$ //$NON-NLS-2$
			if (common || (check == Check.SEND ? smtp : receive)) {
				text.append(key).append('=').append(value).append('\n');
			}
		});
		if (check == Check.RECEIVE) {
			text.append("receive=").append(s.receiveProtocol().id()).append('\n'); //$NON-NLS-1$
		}
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
			digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
			digest.update(hash(secrets.mailPassword()));
			if (check == Check.SEND && s.separateSendAccount()) {
				digest.update(hash(secrets.smtpPassword()));
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] hash(char[] password) throws NoSuchAlgorithmException {
		ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
		byte[] array = new byte[bytes.remaining()];
		bytes.get(array);
		byte[] h = MessageDigest.getInstance("SHA-256").digest(array); //$NON-NLS-1$
		java.util.Arrays.fill(array, (byte) 0);
		java.util.Arrays.fill(password, '\0');
		return h;
	}
}
