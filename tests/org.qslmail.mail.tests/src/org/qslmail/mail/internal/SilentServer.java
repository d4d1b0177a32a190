package org.qslmail.mail.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A TCP server on 127.0.0.1 that accepts connections and never says a word. */
final class SilentServer implements AutoCloseable {

	private final ServerSocket server;
	private final List<Socket> accepted = new CopyOnWriteArrayList<>();
	private final Thread acceptor;

	SilentServer() throws IOException {
		server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		acceptor = new Thread(() -> {
			while (!server.isClosed()) {
				try {
					accepted.add(server.accept());
				} catch (IOException e) {
					return;
				}
			}
		}, "silent-server");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return server.getLocalPort();
	}

	/** A port on loopback where nothing listens (bound, then closed). */
	static int refusedPort() throws IOException {
		try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return s.getLocalPort();
		}
	}

	@Override
	public void close() throws IOException {
		server.close();
		for (Socket s : accepted) {
			s.close();
		}
	}
}
