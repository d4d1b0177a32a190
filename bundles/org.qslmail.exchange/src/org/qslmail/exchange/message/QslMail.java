package org.qslmail.exchange.message;

import java.util.Objects;

import org.qslmail.exchange.internal.RawMimeMessage;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * One composed QSL mail: its identities and the message text exactly as it goes over SMTP (CR LF line ends).
 *
 * @param raw the whole message, headers and body; not copied, do not change it
 */
public record QslMail(String messageId, String cardId, String cardName, String from, String to, byte[] raw) {

	public QslMail {
		Objects.requireNonNull(messageId);
		Objects.requireNonNull(cardId);
		Objects.requireNonNull(cardName);
		Objects.requireNonNull(from);
		Objects.requireNonNull(to);
		Objects.requireNonNull(raw);
	}

	/** The message for the mail service: it writes exactly {@link #raw()}. */
	public MimeMessage toMimeMessage() throws MessagingException {
		return new RawMimeMessage(raw, from, to);
	}
}
