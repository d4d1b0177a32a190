package org.qslmail.mail;

/**
 * A mailbox operation failed; {@link #result()} says how, classified like every other failure of the mail
 * service (category, hQSL number, server reply, hint in the user's language).
 *
 * @since 1.1
 */
public final class MailboxException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient MailResult result;

	public MailboxException(MailResult result, Throwable cause) {
		super(result.code() + ' ' + result.serverReply(), cause);
		this.result = result;
	}

	/** The classified failure ({@code ok} is false). */
	public MailResult result() {
		return result;
	}
}
