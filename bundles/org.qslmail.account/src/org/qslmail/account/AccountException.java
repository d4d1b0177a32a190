package org.qslmail.account;

import java.util.Optional;

import org.qslmail.mail.MailResult;

/** An account operation that failed, with a message for the user and the mail result when mail was the cause. */
public final class AccountException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient MailResult mailResult;

	public AccountException(String message) {
		this(message, null, null);
	}

	public AccountException(String message, Throwable cause) {
		this(message, null, cause);
	}

	public AccountException(String message, MailResult mailResult, Throwable cause) {
		super(message, cause);
		this.mailResult = mailResult;
	}

	/** The failed mail check, when the registration's token mail could not be read. */
	public Optional<MailResult> mailResult() {
		return Optional.ofNullable(mailResult);
	}
}
