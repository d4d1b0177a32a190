package org.qslmail.matching;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/** QSOs held in memory as a {@link QsoSource}, e.g. read from a file that is not in the store. */
public final class QsoList implements QsoSource {

	private final List<LoggedQso> qsos;

	public QsoList(List<LoggedQso> qsos) {
		this.qsos = List.copyOf(qsos);
	}

	@Override
	public void forEachWithCall(Collection<String> calls, boolean baseCalls, Consumer<LoggedQso> consumer,
			IProgressMonitor monitor) {
		Set<String> wanted = calls instanceof Set<String> set ? set : new HashSet<>(calls);
		SubMonitor progress = SubMonitor.convert(monitor, qsos.size());
		for (LoggedQso qso : qsos) {
			if (wanted.contains(baseCalls ? qso.call().base() : qso.call().text())) {
				consumer.accept(qso);
			}
			progress.split(1);
		}
	}
}
