package org.qslmail.mail.internal;

import org.qslmail.mail.Category;
import org.qslmail.mail.TlsInfo;

/** A classified failure on the way to a {@link org.qslmail.mail.MailResult}. */
public final class MailException extends Exception {

	private static final long serialVersionUID = 1L;

	private final Category category;
	private final String code;
	private final String serverReply;
	private final String hint;
	private transient TlsInfo tls;

	public MailException(Category category, String code, String serverReply, String hint) {
		this(category, code, serverReply, hint, null);
	}

	public MailException(Category category, String code, String serverReply, String hint, Throwable cause) {
		super(category.id() + ' ' + code + ": " + serverReply, cause); //$NON-NLS-1$
		this.category = category;
		this.code = code;
		this.serverReply = serverReply;
		this.hint = hint;
	}

	public Category category() {
		return category;
	}

	public String code() {
		return code;
	}

	public String serverReply() {
		return serverReply;
	}

	public String hint() {
		return hint;
	}

	/** The TLS facts known when the failure happened (a refused certificate is still shown). */
	public TlsInfo tls() {
		return tls;
	}

	public MailException withTls(TlsInfo info) {
		if (tls == null) {
			tls = info;
		}
		return this;
	}
}
