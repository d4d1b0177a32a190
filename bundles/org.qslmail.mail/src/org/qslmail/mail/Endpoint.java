package org.qslmail.mail;

/** One server endpoint: protocol, host as typed, port and security. */
public record Endpoint(Protocol protocol, String host, int port, Security security) {

	/** {@code host:port}, the key of certificate pins. */
	public String hostPort() {
		return host + ':' + port;
	}
}
