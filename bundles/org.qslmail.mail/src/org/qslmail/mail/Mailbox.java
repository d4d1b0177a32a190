package org.qslmail.mail;

import java.io.InputStream;
import java.util.List;

/**
 * An open receive mailbox (POP3 or IMAP INBOX), from {@link MailService#openMailbox}. Messages are named by
 * their stable identity: the POP3 UIDL or, for IMAP, {@code UIDVALIDITY/UID}. One mailbox is used by one
 * thread at a time; the progress monitor given when it was opened cancels every call (the socket is closed
 * and the call throws {@link org.eclipse.core.runtime.OperationCanceledException}). Every failure is a
 * {@link MailboxException} carrying a classified {@link MailResult}.
 * <p>
 * Deletion: POP3 {@code DELE} takes effect only when {@link #commit()} ends the session with {@code QUIT};
 * {@link #close()} without commit leaves every message on the server. IMAP deletes at once
 * ({@code UID STORE +FLAGS (\Deleted)} and {@code UID EXPUNGE} of exactly that message).
 *
 * @since 1.1
 */
public interface Mailbox extends AutoCloseable {

	/** POP3 or IMAP. */
	Protocol protocol();

	/** The server and login, e.g. {@code pop3://ja1abc@pop.example.jp:995}; part of a message identity. */
	String identity();

	/** Every message with its identity and size, oldest first (as the server numbers them). */
	List<MailboxEntry> list() throws MailboxException;

	/** The header of one message (POP3 {@code TOP n 0}, IMAP {@code BODY.PEEK[HEADER]}), raw bytes. */
	byte[] headers(MailboxEntry entry) throws MailboxException;

	/**
	 * The headers of several messages at once, in the order given: POP3 {@code TOP n 0} commands pipelined when
	 * the server offers PIPELINING, IMAP one {@code UID FETCH} of all of them. An entry gone from an IMAP server
	 * in the meantime has an empty header.
	 */
	default List<byte[]> headers(List<MailboxEntry> entries) throws MailboxException {
		List<byte[]> all = new java.util.ArrayList<>(entries.size());
		for (MailboxEntry e : entries) {
			all.add(headers(e));
		}
		return all;
	}

	/**
	 * The whole message as it is on the server (POP3 {@code RETR}, IMAP {@code BODY.PEEK[]}), streamed. Read it
	 * to its end or close it before the next call; closing early reads and drops the rest. A connection failure
	 * while reading is an {@link java.io.IOException} whose cause is a {@link MailboxException}.
	 *
	 * @return the stream, or {@code null} when the message has gone in the meantime (IMAP)
	 */
	InputStream retrieve(MailboxEntry entry) throws MailboxException;

	/** Deletes one message (POP3: marked, applied by {@link #commit()}; IMAP: expunged now). */
	void delete(MailboxEntry entry) throws MailboxException;

	/** Ends the session normally (POP3 {@code QUIT}, which applies the deletions; IMAP {@code LOGOUT}). */
	void commit() throws MailboxException;

	/** Closes the connection; without {@link #commit()} a POP3 server deletes nothing. */
	@Override
	void close();

	/** Warnings of the login (e.g. a password sent in clear). */
	List<String> warnings();
}
