package org.qslmail.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A message written by the QSL mail composer: {@link #writeTo} sends the composed bytes unchanged, so what
 * goes over the wire is exactly the documented format; the From and To headers are there for the
 * envelope.
 */
public final class RawMimeMessage extends MimeMessage {

	private final byte[] raw;

	public RawMimeMessage(byte[] raw, String from, String to) throws MessagingException {
		super((jakarta.mail.Session) null);
		this.raw = raw;
		setFrom(new InternetAddress(from));
		setRecipient(Message.RecipientType.TO, new InternetAddress(to));
	}

	@Override
	public void writeTo(OutputStream out) throws IOException {
		out.write(raw);
	}

	@Override
	public void writeTo(OutputStream out, String[] ignoreList) throws IOException {
		out.write(raw);
	}

	@Override
	public void saveChanges() {
		// the composed bytes are final
	}
}
