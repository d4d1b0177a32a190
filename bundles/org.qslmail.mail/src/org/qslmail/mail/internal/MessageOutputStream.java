package org.qslmail.mail.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a message body for SMTP DATA: line ends become CR LF, lines starting with a dot get a second
 * one, and {@link #finish()} ends with {@code CRLF . CRLF}. Buffers and writes through the connection,
 * so write timeouts and cancel apply.
 */
final class MessageOutputStream extends OutputStream {

	/** Carries a {@link MailException} through APIs that only know IOException. */
	static final class Failure extends IOException {
		private static final long serialVersionUID = 1L;
		final transient MailException failure;

		Failure(MailException failure) {
			super(failure);
			this.failure = failure;
		}
	}

	/** Where the stuffed bytes go: the connection, or a buffer in tests. */
	interface Sink {
		void write(byte[] bytes, int offset, int length) throws MailException;

		void flush() throws MailException;
	}

	private final Sink connection;
	private final byte[] buffer = new byte[16 * 1024];
	private int count;
	private boolean lineStart = true;
	private int previous = -1;

	MessageOutputStream(Sink connection) {
		this.connection = connection;
	}

	@Override
	public void write(int b) throws IOException {
		if (b == '\n' && previous != '\r') {
			put('\r');
		}
		if (previous == '\r' && b != '\n') {
			put('\n');
			lineStart = true;
		}
		if (lineStart && b == '.') {
			put('.');
		}
		put(b);
		lineStart = b == '\n';
		previous = b;
	}

	private void put(int b) throws IOException {
		if (count == buffer.length) {
			drain();
		}
		buffer[count++] = (byte) b;
	}

	private void drain() throws IOException {
		try {
			connection.write(buffer, 0, count);
		} catch (MailException e) {
			throw new Failure(e);
		}
		count = 0;
	}

	void finish() throws IOException {
		if (previous == '\r') {
			put('\n');
		} else if (!lineStart) {
			put('\r');
			put('\n');
		}
		put('.');
		put('\r');
		put('\n');
		drain();
		try {
			connection.flush();
		} catch (MailException e) {
			throw new Failure(e);
		}
	}
}
