package org.qslmail.mail.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

import org.eclipse.osgi.util.NLS;
import org.qslmail.mail.TrustSettings;

/**
 * Verifies a server certificate for one host and port: a user's SHA-256 pin for exactly this host:port
 * accepts that one certificate; otherwise the leaf must be within its validity, chain to a CA of the
 * system or of the user's CA file, and carry the host name typed. Remembers the chain it saw so a refused
 * certificate can still be shown. Never trusts everything.
 */
public final class CheckingTrustManager extends X509ExtendedTrustManager {

	private final String host;
	private final String pin;
	private final List<X509TrustManager> delegates;
	private volatile X509Certificate[] seen;
	private volatile boolean pinned;
	private volatile boolean nameMatches;

	public CheckingTrustManager(String host, int port, TrustSettings trust) throws IOException, GeneralSecurityException {
		this.host = host;
		this.pin = trust.pinFor(host, port);
		this.delegates = new ArrayList<>();
		delegates.add(trustManager(null));
		if (trust.caFile() != null) {
			KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
			store.load(null, null);
			try (InputStream in = Files.newInputStream(trust.caFile())) {
				int i = 0;
				for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) { //$NON-NLS-1$
					store.setCertificateEntry("ca" + i++, c); //$NON-NLS-1$
				}
			}
			delegates.add(trustManager(store));
		}
	}

	private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init(store);
		for (TrustManager tm : factory.getTrustManagers()) {
			if (tm instanceof X509TrustManager x) {
				return x;
			}
		}
		throw new GeneralSecurityException("no X509TrustManager"); //$NON-NLS-1$
	}

	/** The chain the server presented, leaf first; empty before the handshake. */
	public List<X509Certificate> seenChain() {
		X509Certificate[] s = seen;
		return s == null ? List.of() : List.of(s);
	}

	public boolean pinned() {
		return pinned;
	}

	public boolean nameMatches() {
		return nameMatches;
	}

	private void check(X509Certificate[] chain, String authType) throws CertificateException {
		seen = chain.clone();
		X509Certificate leaf = chain[0];
		nameMatches = Certificates.matches(host, leaf);
		if (pin != null && pin.equals(Certificates.sha256(leaf))) {
			pinned = true;
			return;
		}
		try {
			leaf.checkValidity();
		} catch (CertificateExpiredException e) {
			throw new CertificateProblem(CertificateProblem.Kind.EXPIRED,
					NLS.bind(Messages.Tls_expired, leaf.getNotAfter().toInstant()), null, e);
		} catch (CertificateNotYetValidException e) {
			throw new CertificateProblem(CertificateProblem.Kind.NOT_YET_VALID,
					NLS.bind(Messages.Tls_notYetValid, leaf.getNotBefore().toInstant()), null, e);
		}
		CertificateException last = null;
		boolean trusted = false;
		for (X509TrustManager delegate : delegates) {
			try {
				delegate.checkServerTrusted(chain, authType);
				trusted = true;
				break;
			} catch (CertificateException e) {
				last = e;
			}
		}
		if (!trusted) {
			throw new CertificateProblem(CertificateProblem.Kind.UNTRUSTED,
					NLS.bind(Messages.Tls_untrusted, leaf.getIssuerX500Principal().getName()), null, last);
		}
		if (!nameMatches) {
			List<String> names = Certificates.names(leaf);
			throw new CertificateProblem(CertificateProblem.Kind.NAME_MISMATCH,
					NLS.bind(Messages.Tls_nameMismatch, host, String.join(", ", names)), names, null); //$NON-NLS-1$
		}
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
		check(chain, authType);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
		check(chain, authType);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		check(chain, authType);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
		throw new CertificateException("client side only"); //$NON-NLS-1$
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
		throw new CertificateException("client side only"); //$NON-NLS-1$
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		throw new CertificateException("client side only"); //$NON-NLS-1$
	}

	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return new X509Certificate[0];
	}
}
