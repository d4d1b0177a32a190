package org.qslmail.mail;

import java.net.InetSocketAddress;

/**
 * Maps a host name and port to the socket address to dial. The default resolves through DNS; detection
 * tests map candidate names to loopback ports. TLS names are always checked against the host typed.
 */
@FunctionalInterface
public interface HostResolver {

	HostResolver DNS = InetSocketAddress::new;

	InetSocketAddress resolve(String host, int port);
}
