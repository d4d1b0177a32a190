package org.qslmail.log.internal;

import org.qslmail.log.SkipReason;

/** A record that cannot become a QSO; the import reports it and goes on. */
public final class BadRecordException extends Exception {

	private static final long serialVersionUID = 1L;

	private final SkipReason reason;

	public BadRecordException(SkipReason reason, String detail) {
		super(detail, null, false, false);
		this.reason = reason;
	}

	public SkipReason reason() {
		return reason;
	}
}
