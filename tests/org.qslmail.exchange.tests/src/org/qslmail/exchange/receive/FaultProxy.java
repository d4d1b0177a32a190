package org.qslmail.exchange.receive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on loopback in front of a plain-text POP3 or IMAP port that cuts the connection at a chosen point:
 * at the {@code occurrence}-th command starting with {@code trigger} (after an IMAP tag) it either drops the
 * connection before the server sees the command ({@code responseBytes < 0}) or forwards it and cuts after that
 * many bytes of the server's answer. {@code refuseUidl} answers {@code UIDL} itself with {@code -ERR}. Every
 * socket has a read timeout, so no thread outlives a test by more than a few seconds.
 */
final class FaultProxy implements AutoCloseable {

	private final ServerSocket server;
	private final int target;
	private final String trigger;
	private final int occurrence;
	private final int responseBytes;
	private final boolean refuseUidl;
	private final AtomicInteger seen = new AtomicInteger();
	private final AtomicBoolean fired = new AtomicBoolean();
	private final List<Socket> sockets = new CopyOnWriteArrayList<>();
	private final Thread acceptor;

	FaultProxy(int target, String trigger, int occurrence, int responseBytes, boolean refuseUidl) throws IOException {
		this.target = target;
		this.trigger = trigger == null ? null : trigger.toUpperCase(Locale.ROOT);
		this.occurrence = occurrence;
		this.responseBytes = responseBytes;
		this.refuseUidl = refuseUidl;
		server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		acceptor = new Thread(this::accept, "fault-proxy");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return server.getLocalPort();
	}

	boolean fired() {
		return fired.get();
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				Socket upstream = new Socket();
				upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), target), 5000);
				client.setSoTimeout(30_000);
				upstream.setSoTimeout(30_000);
				sockets.add(client);
				sockets.add(upstream);
				Connection c = new Connection(client, upstream);
				start(c::clientToServer);
				start(c::serverToClient);
			} catch (IOException e) {
				return;
			}
		}
	}

	private static void start(Runnable r) {
		Thread t = new Thread(r, "fault-proxy-pipe");
		t.setDaemon(true);
		t.start();
	}

	private final class Connection {
		final Socket client;
		final Socket upstream;
		volatile int allowance = -1; // bytes still allowed server -> client after firing; -1 = unlimited
		final Object writeToClient = new Object();

		Connection(Socket client, Socket upstream) {
			this.client = client;
			this.upstream = upstream;
		}

		void cut() {
			try {
				client.close();
			} catch (IOException e) {
				// closing
			}
			try {
				upstream.close();
			} catch (IOException e) {
				// closing
			}
		}

		void clientToServer() {
			try (InputStream in = client.getInputStream(); OutputStream out = upstream.getOutputStream()) {
				ByteArrayOutputStream line = new ByteArrayOutputStream();
				int b;
				while ((b = in.read()) >= 0) {
					line.write(b);
					if (b != '\n') {
						continue;
					}
					byte[] bytes = line.toByteArray();
					line.reset();
					String text = new String(bytes, StandardCharsets.UTF_8).strip().toUpperCase(Locale.ROOT);
					String command = text.matches("^[A-Z]?\\d+ .*") || text.matches("^Q\\d+ .*") ? text.substring(text.indexOf(' ') + 1) : text;
					if (refuseUidl && command.equals("UIDL")) {
						synchronized (writeToClient) {
							client.getOutputStream().write("-ERR Unknown command: UIDL\r\n".getBytes(StandardCharsets.US_ASCII));
							client.getOutputStream().flush();
						}
						continue;
					}
					if (trigger != null && !fired.get() && command.startsWith(trigger) && seen.incrementAndGet() == occurrence) {
						fired.set(true);
						if (responseBytes < 0) {
							cut();
							return;
						}
						// 0: the server acts on the command and the cut comes with the first byte of its answer
						allowance = responseBytes;
					}
					out.write(bytes);
					out.flush();
				}
			} catch (IOException e) {
				// cut or closed
			} finally {
				cut();
			}
		}

		void serverToClient() {
			try (InputStream in = upstream.getInputStream(); OutputStream out = client.getOutputStream()) {
				byte[] buffer = new byte[8192];
				int n;
				while ((n = in.read(buffer)) >= 0) {
					int allowed = allowance;
					if (allowed >= 0) {
						int send = Math.min(n, allowed);
						if (send > 0) {
							synchronized (writeToClient) {
								out.write(buffer, 0, send);
								out.flush();
							}
						}
						allowance = allowed - send;
						if (allowance == 0) {
							cut();
							return;
						}
						continue;
					}
					synchronized (writeToClient) {
						out.write(buffer, 0, n);
						out.flush();
					}
				}
			} catch (IOException e) {
				// cut or closed
			} finally {
				cut();
			}
		}
	}

	@Override
	public void close() throws Exception {
		server.close();
		for (Socket s : sockets) {
			s.close();
		}
		acceptor.join(5000);
	}
}
