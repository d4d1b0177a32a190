package org.qslmail.mail.internal;

import java.security.cert.CertificateException;
import java.util.List;

/** Why a server certificate was refused; thrown by {@link CheckingTrustManager} inside the handshake. */
public final class CertificateProblem extends CertificateException {

	private static final long serialVersionUID = 1L;

	public enum Kind {
		EXPIRED, NOT_YET_VALID, UNTRUSTED, NAME_MISMATCH
	}

	private final Kind kind;
	private final transient List<String> names;

	public CertificateProblem(Kind kind, String message, List<String> names, Throwable cause) {
		super(message, cause);
		this.kind = kind;
		this.names = names == null ? List.of() : List.copyOf(names);
	}

	public Kind kind() {
		return kind;
	}

	/** The names the certificate carries (for a name mismatch). */
	public List<String> names() {
		return names;
	}
}
