package org.qslmail.matching;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * QSOs held in memory as a {@link QsoSource}, e.g. read from a file that is not in the store. It hands over
 * every QSO: the matcher's own index lookup is the filter, so a second hash lookup here would only cost.
 */
public final class QsoList implements QsoSource {

	private final List<LoggedQso> qsos;

	public QsoList(List<LoggedQso> qsos) {
		this.qsos = List.copyOf(qsos);
	}

	@Override
	public void forEachWithCall(Collection<String> calls, boolean baseCalls, Consumer<LoggedQso> consumer,
			IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, qsos.size());
		int sinceCheck = 0;
		for (LoggedQso qso : qsos) {
			consumer.accept(qso);
			// Checking for cancel per QSO would cost more than the match itself.
			if (++sinceCheck == 4096) {
				progress.split(sinceCheck);
				sinceCheck = 0;
			}
		}
		progress.split(sinceCheck);
	}
}
