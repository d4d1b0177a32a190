package org.qslmail.exchange.message;

import org.eclipse.osgi.util.NLS;
import org.qslmail.exchange.internal.Messages;

/** A received mail that is not trusted as a card: {@link #reason()} and a detail; the message is in the user's language. */
public final class QslMessageException extends Exception {

	private static final long serialVersionUID = 1L;

	private final QuarantineReason reason;
	private final String detail;

	public QslMessageException(QuarantineReason reason, String detail) {
		super(NLS.bind(Messages.QslMessage_quarantined, Messages.reason(reason), detail));
		this.reason = reason;
		this.detail = detail;
	}

	public QuarantineReason reason() {
		return reason;
	}

	/** What exactly was found (a name, a size, a header); not translated. */
	public String detail() {
		return detail;
	}
}
