package org.qslmail.mail;

import java.util.List;

/**
 * The TLS side of a connection: negotiated protocol and cipher (null when the handshake failed), the
 * chain the server presented (leaf first), whether the leaf carries the host name typed, and whether
 * it was accepted through a user's pin.
 */
public record TlsInfo(String protocol, String cipher, List<CertificateInfo> chain, boolean hostnameMatches,
		boolean pinned) {

	public CertificateInfo certificate() {
		return chain.isEmpty() ? null : chain.get(0);
	}
}
