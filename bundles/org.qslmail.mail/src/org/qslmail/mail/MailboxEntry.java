package org.qslmail.mail;

/**
 * One message of a {@link Mailbox}: {@code id} is its stable identity (POP3 UIDL, IMAP
 * {@code UIDVALIDITY/UID}), {@code number} its position in this session, {@code size} its size in bytes as the
 * server reports it.
 *
 * @since 1.1
 */
public record MailboxEntry(String id, long number, long size) {
}
