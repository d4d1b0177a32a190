package org.qslmail.log;

/**
 * The QSO log of this installation, as an OSGi service: the store in {@code <instance area>/log/}. The store is
 * opened on first use, so a program that never touches the log never locks its file.
 */
public interface QsoLogService {

	/** The store, opened on first call. */
	QsoStore store() throws LogException;
}
