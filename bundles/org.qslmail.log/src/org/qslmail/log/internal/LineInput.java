package org.qslmail.log.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads a byte stream line by line, knowing each line's byte offset and number; lines are capped in length. */
final class LineInput implements AutoCloseable {

	private final InputStream in;
	private final int maxLine;
	private final byte[] buf = new byte[1 << 16];
	private int pos;
	private int limit;
	private long base;
	private byte[] line = new byte[256];
	private int lineLength;
	private long lineOffset;
	private long lineNumber;
	private boolean tooLong;

	LineInput(InputStream in, int maxLine) {
		this.in = in;
		this.maxLine = maxLine;
	}

	/** Reads the next line (without CR/LF); false at the end. */
	boolean next() throws IOException {
		lineLength = 0;
		tooLong = false;
		lineOffset = base + pos;
		boolean any = false;
		while (true) {
			if (pos == limit) {
				base += limit;
				pos = 0;
				limit = 0;
				int r = in.read(buf, 0, buf.length);
				if (r <= 0) {
					if (any) {
						lineNumber++;
					}
					return any;
				}
				limit = r;
			}
			any = true;
			byte b = buf[pos++];
			if (b == '\n') {
				lineNumber++;
				if (lineLength > 0 && line[lineLength - 1] == '\r') {
					lineLength--;
				}
				return true;
			}
			if (lineLength < maxLine) {
				if (lineLength == line.length) {
					line = Arrays.copyOf(line, Math.min(maxLine, line.length * 2));
				}
				line[lineLength++] = b;
			} else {
				tooLong = true;
			}
		}
	}

	byte[] bytes() {
		return line;
	}

	int length() {
		return lineLength;
	}

	boolean tooLong() {
		return tooLong;
	}

	long offset() {
		return lineOffset;
	}

	long number() {
		return lineNumber;
	}

	long position() {
		return base + pos;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
