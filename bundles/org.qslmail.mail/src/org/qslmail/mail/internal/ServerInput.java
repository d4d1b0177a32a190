package org.qslmail.mail.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * The buffered input of a {@link Connection}: lines for commands and replies, and bulk reads for message
 * bodies (a POP3 dot-terminated response, an IMAP literal) without a lock or a copy per byte. Not thread-safe;
 * one connection is used by one thread at a time.
 */
final class ServerInput {

	private final InputStream source;
	private final byte[] buffer = new byte[64 * 1024];
	private int position;
	private int limit;

	ServerInput(InputStream source) {
		this.source = source;
	}

	/** @return false at the end of the stream */
	private boolean fill() throws IOException {
		if (position < limit) {
			return true;
		}
		int n = source.read(buffer, 0, buffer.length);
		if (n <= 0) {
			return false;
		}
		position = 0;
		limit = n;
		return true;
	}

	/** A line without CR LF; {@code null} at the end of the stream (see {@link #partial()}); at most {@code max} bytes. */
	byte[] readLine(int max) throws IOException, LineTooLongException {
		partial = null;
		byte[] line = null;
		int length = 0;
		while (fill()) {
			int start = position;
			int i = start;
			while (i < limit && buffer[i] != '\n') {
				i++;
			}
			int chunk = i - start;
			if (length + chunk > max) {
				throw new LineTooLongException();
			}
			if (line == null) {
				line = new byte[Math.max(chunk + 2, 128)];
			} else if (line.length < length + chunk) {
				line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, length + chunk));
			}
			System.arraycopy(buffer, start, line, length, chunk);
			length += chunk;
			if (i < limit) {
				position = i + 1;
				int n = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
				return java.util.Arrays.copyOf(line, n);
			}
			position = limit;
		}
		partial = line == null ? null : new String(line, 0, length, java.nio.charset.StandardCharsets.UTF_8);
		return null;
	}

	private String partial;

	/** The text of a line cut off by the end of the stream, if the last {@link #readLine(int)} saw one. */
	String partial() {
		return partial;
	}

	/** Bulk read of up to {@code length} bytes (an IMAP literal); -1 at the end of the stream. */
	int read(byte[] target, int offset, int length) throws IOException {
		if (!fill()) {
			return -1;
		}
		int n = Math.min(length, limit - position);
		System.arraycopy(buffer, position, target, offset, n);
		position += n;
		return n;
	}

	/**
	 * Reads the body of a POP3 multi-line response up to the terminating {@code .} line, undoing dot-stuffing;
	 * lines end with CR LF in the output as on the wire. {@code atLineStart} is the state between calls.
	 */
	final class DotReader {
		private boolean lineStart = true;
		private boolean done;
		private int dotState; // 0 none, 1 saw '.' at line start, 2 saw ".\r"

		boolean done() {
			return done;
		}

		/** @return bytes copied, or -1 when the terminating line has been read */
		int read(byte[] target, int offset, int length) throws IOException {
			if (done) {
				return -1;
			}
			int written = 0;
			while (written == 0) {
				if (!fill()) {
					throw new java.io.EOFException();
				}
				byte[] b = buffer;
				int p = position;
				int end = limit;
				int out = offset;
				int outEnd = offset + length;
				while (p < end && out < outEnd) {
					if (dotState == 0 && !lineStart) {
						// fast path: copy up to and including the next LF in one go
						int stop = Math.min(end, p + (outEnd - out));
						int i = p;
						while (i < stop && b[i] != '\n') {
							i++;
						}
						boolean newline = i < stop;
						int n = (newline ? i + 1 : i) - p;
						System.arraycopy(b, p, target, out, n);
						out += n;
						p += n;
						lineStart = newline;
						continue;
					}
					byte c = b[p];
					if (dotState == 1) {
						if (c == '\r') {
							dotState = 2;
							p++;
							continue;
						}
						if (c == '\n') { // ".\n": a bare LF terminator
							p++;
							done = true;
							break;
						}
						dotState = 0; // a stuffed dot: it was dropped, the line continues
						lineStart = false;
						continue;
					}
					if (dotState == 2) {
						if (c == '\n') {
							p++;
							done = true;
							break;
						}
						// ".\r" followed by something else: keep the CR as data
						dotState = 0;
						lineStart = false;
						target[out++] = '\r';
						continue;
					}
					if (c == '.') { // at a line start
						dotState = 1;
						p++;
						continue;
					}
					lineStart = false;
				}
				position = p;
				written = out - offset;
				if (done) {
					return written == 0 ? -1 : written;
				}
			}
			return written;
		}
	}

	/** Thrown when a line is longer than allowed. */
	static final class LineTooLongException extends Exception {
		private static final long serialVersionUID = 1L;
	}
}
