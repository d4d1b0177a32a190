package org.qslmail.mail.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.sasl.RealmCallback;
import javax.security.sasl.RealmChoiceCallback;
import javax.security.sasl.Sasl;
import javax.security.sasl.SaslClient;
import javax.security.sasl.SaslException;

/**
 * SASL clients for the four mechanisms of the manual: PLAIN and CRAM-MD5 from the JDK's SASL provider,
 * LOGIN (not a registered SASL mechanism) and DIGEST-MD5 (RFC 2831, qop=auth) written here. Used alike by SMTP AUTH, POP3 AUTH
 * and IMAP AUTHENTICATE, which is how CRAM-MD5 and DIGEST-MD5 work on POP3 although Angus lacks them.
 */
public final class SaslClients {

	/**
	 * @param service the GSSAPI-style service name of the digest-uri: {@code smtp}, {@code pop}, {@code imap}
	 */
	public static SaslClient create(String mechanism, String user, char[] password, String service, String host)
			throws SaslException {
		if ("LOGIN".equals(mechanism)) { //$NON-NLS-1$
			return new LoginClient(user, password);
		}
		if ("DIGEST-MD5".equals(mechanism)) { //$NON-NLS-1$
			// The JDK's client throws IllegalArgumentException when the server names no realm (dovecot's default).
			return new DigestMd5Client(user, password, service + '/' + host);
		}
		Map<String, Object> properties = new HashMap<>();
		properties.put(Sasl.QOP, "auth"); //$NON-NLS-1$
		SaslClient client = Sasl.createSaslClient(new String[] { mechanism }, null, service, host, properties,
				callbacks -> handle(callbacks, user, password));
		if (client == null) {
			throw new SaslException(mechanism);
		}
		return client;
	}

	/** Evaluates a challenge; a client's runtime failure on odd input becomes a SaslException. */
	public static byte[] evaluate(SaslClient client, byte[] challenge) throws SaslException {
		try {
			return client.evaluateChallenge(challenge);
		} catch (RuntimeException e) {
			throw new SaslException(client.getMechanismName() + ": " + e, e); //$NON-NLS-1$
		}
	}

	private static void handle(Callback[] callbacks, String user, char[] password) throws UnsupportedCallbackException {
		for (Callback callback : callbacks) {
			if (callback instanceof NameCallback n) {
				n.setName(user);
			} else if (callback instanceof PasswordCallback p) {
				p.setPassword(password);
			} else if (callback instanceof RealmChoiceCallback r) {
				r.setSelectedIndex(0);
			} else if (callback instanceof RealmCallback r) {
				r.setText(r.getDefaultText());
			} else {
				throw new UnsupportedCallbackException(callback);
			}
		}
	}

	/** The LOGIN mechanism: the user name, then the password, each as a reply to a server prompt. */
	private static final class LoginClient implements SaslClient {
		private final String user;
		private final char[] password;
		private int step;

		LoginClient(String user, char[] password) {
			this.user = user;
			this.password = password;
		}

		@Override
		public String getMechanismName() {
			return "LOGIN"; //$NON-NLS-1$
		}

		@Override
		public boolean hasInitialResponse() {
			return false;
		}

		@Override
		public byte[] evaluateChallenge(byte[] challenge) throws SaslException {
			step++;
			if (step == 1) {
				return user.getBytes(StandardCharsets.UTF_8);
			}
			if (step == 2) {
				return new String(password).getBytes(StandardCharsets.UTF_8);
			}
			throw new SaslException("LOGIN: unexpected challenge"); //$NON-NLS-1$
		}

		@Override
		public boolean isComplete() {
			return step >= 2;
		}

		@Override
		public byte[] unwrap(byte[] incoming, int offset, int len) {
			throw new IllegalStateException();
		}

		@Override
		public byte[] wrap(byte[] outgoing, int offset, int len) {
			throw new IllegalStateException();
		}

		@Override
		public Object getNegotiatedProperty(String propName) {
			return null;
		}

		@Override
		public void dispose() {
			// nothing held
		}
	}

	private SaslClients() {
	}
}
