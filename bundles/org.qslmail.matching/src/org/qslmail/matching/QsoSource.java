package org.qslmail.matching;

import java.util.Collection;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The log as matching reads it: every QSO with one of the given calls, streamed once. The matcher
 * indexes the cards and joins the log against that index, so the log is read once whatever the number of
 * cards. A store answers with an indexed query; an in-memory list filters.
 */
public interface QsoSource {

	/**
	 * Hands every QSO whose call (or, when {@code baseCalls} is true, whose base call) is one of
	 * {@code calls} to {@code consumer}. A source may hand over other QSOs too when filtering would cost
	 * more than it saves; the matcher ignores them.
	 */
	void forEachWithCall(Collection<String> calls, boolean baseCalls, Consumer<LoggedQso> consumer,
			IProgressMonitor monitor);
}
