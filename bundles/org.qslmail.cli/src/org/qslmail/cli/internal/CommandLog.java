package org.qslmail.cli.internal;

import java.nio.file.Path;

import org.qslmail.log.LogException;
import org.qslmail.log.QsoLogService;
import org.qslmail.log.QsoStore;

/**
 * The QSO log a command works on: the log of the data folder (shared with the window), or the database an option
 * such as {@code --log-db PATH} names, which is opened here and closed with this.
 */
public final class CommandLog implements AutoCloseable {

	private final QsoStore store;
	private final boolean own;

	private CommandLog(QsoStore store, boolean own) {
		this.store = store;
		this.own = own;
	}

	/** The log at {@code path}, or the data folder's when {@code path} is null. */
	public static CommandLog open(Path path, QsoLogService service) throws LogException {
		return path != null ? new CommandLog(QsoStore.open(path), true) : new CommandLog(service.store(), false);
	}

	public QsoStore store() {
		return store;
	}

	@Override
	public void close() {
		if (own) {
			store.close();
		}
	}
}
