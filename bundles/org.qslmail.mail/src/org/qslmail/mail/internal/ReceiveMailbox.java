package org.qslmail.mail.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.qslmail.mail.AuthInfo;
import org.qslmail.mail.Mailbox;
import org.qslmail.mail.MailboxEntry;
import org.qslmail.mail.MailboxException;
import org.qslmail.mail.MailResult;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.TlsInfo;

/** The {@link Mailbox} implementations over {@link Pop3Client} and {@link ImapClient}. */
abstract sealed class ReceiveMailbox implements Mailbox permits ReceiveMailbox.Pop3, ReceiveMailbox.Imap {

	/** The largest header we read (TOP n 0 / BODY[HEADER]); QSL headers are a few hundred bytes. */
	static final int MAX_HEADER = 256 * 1024;

	private final String identity;
	private final List<String> warnings;
	private final long start = System.nanoTime();

	ReceiveMailbox(String identity, List<String> warnings) {
		this.identity = identity;
		this.warnings = List.copyOf(warnings);
	}

	@Override
	public String identity() {
		return identity;
	}

	@Override
	public List<String> warnings() {
		return warnings;
	}

	abstract Connection connection();

	abstract AuthInfo authInfo();

	MailboxException failure(MailException e) {
		connection().close();
		TlsInfo tls = e.tls() != null ? e.tls() : connection().tlsInfo();
		return new MailboxException(new MailResult(false, e.category(), e.code(), e.serverReply(), e.hint(), warnings, tls,
				authInfo(), (System.nanoTime() - start) / 1_000_000, null), e);
	}

	MailboxException failure(IOException e) {
		if (e instanceof Connection.MailIOException m) {
			return failure(m.failure());
		}
		return failure(connection().io(e));
	}

	static byte[] readAll(InputStream in, int max) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
		byte[] buffer = new byte[8192];
		int n;
		try (in) {
			while ((n = in.read(buffer)) >= 0) {
				if (out.size() + n > max) {
					break; // the rest is drained by close
				}
				out.write(buffer, 0, n);
			}
		}
		return out.toByteArray();
	}

	/** POP3: UIDL required; DELE applied by QUIT. */
	static final class Pop3 extends ReceiveMailbox {
		private final Pop3Client client;

		Pop3(Pop3Client client, String identity) {
			super(identity, client.warnings());
			this.client = client;
		}

		@Override
		public Protocol protocol() {
			return Protocol.POP3;
		}

		@Override
		Connection connection() {
			return client.connection();
		}

		@Override
		AuthInfo authInfo() {
			return client.authInfo();
		}

		@Override
		public List<MailboxEntry> list() throws MailboxException {
			try {
				List<long[]> sizes = client.listSizes();
				Map<Long, String> ids = client.uidl();
				List<MailboxEntry> entries = new ArrayList<>(sizes.size());
				for (long[] s : sizes) {
					String id = ids.get(s[0]);
					if (id != null) {
						entries.add(new MailboxEntry(id, s[0], s[1]));
					}
				}
				return entries;
			} catch (MailException e) {
				throw failure(e);
			}
		}

		@Override
		public byte[] headers(MailboxEntry entry) throws MailboxException {
			try {
				InputStream top = client.top(entry.number());
				if (top == null) {
					top = client.retrieve(entry.number());
				}
				byte[] all = readAll(top, MAX_HEADER);
				return headerPart(all);
			} catch (MailException e) {
				throw failure(e);
			} catch (IOException e) {
				throw failure(e);
			}
		}

		@Override
		public List<byte[]> headers(List<MailboxEntry> entries) throws MailboxException {
			if (!client.pipelining()) {
				return super_headers(entries);
			}
			try {
				List<Long> numbers = entries.stream().map(MailboxEntry::number).toList();
				List<byte[]> tops = client.topAll(numbers, MAX_HEADER);
				List<byte[]> headers = new ArrayList<>(tops.size());
				for (int i = 0; i < tops.size(); i++) {
					headers.add(tops.get(i) == null ? headers(entries.get(i)) : headerPart(tops.get(i)));
				}
				return headers;
			} catch (MailException e) {
				throw failure(e);
			}
		}

		private List<byte[]> super_headers(List<MailboxEntry> entries) throws MailboxException {
			List<byte[]> all = new ArrayList<>(entries.size());
			for (MailboxEntry e : entries) {
				all.add(headers(e));
			}
			return all;
		}

		@Override
		public InputStream retrieve(MailboxEntry entry) throws MailboxException {
			try {
				return client.retrieve(entry.number());
			} catch (MailException e) {
				throw failure(e);
			}
		}

		@Override
		public void delete(MailboxEntry entry) throws MailboxException {
			try {
				client.delete(entry.number());
			} catch (MailException e) {
				throw failure(e);
			}
		}

		@Override
		public void commit() throws MailboxException {
			try {
				client.quitCommitting();
			} catch (MailException e) {
				throw failure(e);
			}
		}

		@Override
		public void close() {
			client.close();
		}
	}

	/** The header part (up to and including the empty line) of a message read by RETR when TOP is refused. */
	static byte[] headerPart(byte[] message) {
		for (int i = 0; i + 1 < message.length; i++) {
			if (message[i] == '\n' && (message[i + 1] == '\n' || (message[i + 1] == '\r' && i + 2 < message.length && message[i + 2] == '\n'))) {
				return java.util.Arrays.copyOf(message, i + 1);
			}
		}
		return message;
	}

	/** IMAP INBOX: identity UIDVALIDITY/UID; delete = UID STORE \Deleted + UID EXPUNGE of that message. */
	static final class Imap extends ReceiveMailbox {
		private final ImapClient client;
		private final long exists;
		private final long validity;

		Imap(ImapClient client, String identity, long exists, long validity) {
			super(identity, client.warnings());
			this.client = client;
			this.exists = exists;
			this.validity = validity;
		}

		@Override
		public Protocol protocol() {
			return Protocol.IMAP;
		}

		@Override
		Connection connection() {
			return client.connection();
		}

		@Override
		AuthInfo authInfo() {
			return client.authInfo();
		}

		@Override
		public List<MailboxEntry> list() throws MailboxException {
			if (exists == 0) {
				return List.of();
			}
			try {
				List<MailboxEntry> entries = new ArrayList<>();
				for (long[] s : client.uidSizes()) {
					entries.add(new MailboxEntry(validity + "/" + s[1], s[0], s[2])); //$NON-NLS-1$
				}
				return entries;
			} catch (MailException e) {
				throw failure(e);
			}
		}

		private static long uid(MailboxEntry entry) {
			return Long.parseLong(entry.id().substring(entry.id().indexOf('/') + 1));
		}

		@Override
		public byte[] headers(MailboxEntry entry) throws MailboxException {
			try {
				InputStream in = client.fetch(uid(entry), "HEADER"); //$NON-NLS-1$
				return in == null ? new byte[0] : readAll(in, MAX_HEADER);
			} catch (MailException e) {
				throw failure(e);
			} catch (IOException e) {
				throw failure(e);
			}
		}

		@Override
		public List<byte[]> headers(List<MailboxEntry> entries) throws MailboxException {
			try {
				java.util.Map<Long, byte[]> found = client.fetchHeaders(entries.stream().map(Imap::uid).toList(), MAX_HEADER);
				List<byte[]> headers = new ArrayList<>(entries.size());
				for (MailboxEntry e : entries) {
					byte[] h = found.get(uid(e));
					headers.add(h == null ? headers(e) : h);
				}
				return headers;
			} catch (MailException e) {
				throw failure(e);
			}
		}

		@Override
		public InputStream retrieve(MailboxEntry entry) throws MailboxException {
			try {
				return client.fetch(uid(entry), ""); //$NON-NLS-1$
			} catch (MailException e) {
				throw failure(e);
			}
		}

		@Override
		public void delete(MailboxEntry entry) throws MailboxException {
			try {
				client.delete(List.of(uid(entry)));
			} catch (MailException e) {
				throw failure(e);
			}
		}

		@Override
		public void commit() throws MailboxException {
			client.quit();
		}

		@Override
		public void close() {
			client.close();
		}
	}
}
