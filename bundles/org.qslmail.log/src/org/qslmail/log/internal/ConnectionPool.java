package org.qslmail.log.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicBoolean;

import org.sqlite.SQLiteConfig;

/**
 * SQLite connections to one database, kept open between operations: the matching engine looks up one call after
 * another, and an idle connection also keeps the write-ahead log from being checkpointed and removed after every
 * operation. {@link Connection#close()} of a connection handed out returns it (rolled back, in auto-commit) to the
 * pool; at most {@value #MAX_IDLE} wait there.
 */
final class ConnectionPool implements AutoCloseable {

	private static final int MAX_IDLE = 4;

	private final SQLiteConfig config;
	private final String url;
	private final ArrayDeque<Connection> idle = new ArrayDeque<>();
	private boolean closed;

	ConnectionPool(SQLiteConfig config, String url) {
		this.config = config;
		this.url = url;
	}

	/** A connection in auto-commit mode; closing it gives it back. */
	Connection get() throws SQLException {
		Connection raw;
		synchronized (this) {
			if (closed) {
				throw new SQLException("the QSO log is closed"); //$NON-NLS-1$
			}
			raw = idle.pollFirst();
		}
		if (raw == null) {
			raw = config.createConnection(url);
		}
		return lease(raw);
	}

	private Connection lease(Connection raw) {
		AtomicBoolean returned = new AtomicBoolean();
		return (Connection) Proxy.newProxyInstance(ConnectionPool.class.getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					switch (method.getName()) {
					case "close" -> { //$NON-NLS-1$
						if (returned.compareAndSet(false, true)) {
							release(raw);
						}
						return null;
					}
					case "isClosed" -> { //$NON-NLS-1$
						if (returned.get()) {
							return Boolean.TRUE;
						}
					}
					default -> {
						if (returned.get()) {
							throw new SQLException("the connection was given back"); //$NON-NLS-1$
						}
					}
					}
					try {
						return method.invoke(raw, args);
					} catch (InvocationTargetException e) {
						throw e.getCause();
					}
				});
	}

	private void release(Connection raw) {
		try {
			if (!raw.getAutoCommit()) {
				raw.rollback();
				raw.setAutoCommit(true);
			}
		} catch (SQLException e) {
			closeQuietly(raw);
			return;
		}
		synchronized (this) {
			if (!closed && idle.size() < MAX_IDLE) {
				idle.push(raw);
				return;
			}
		}
		closeQuietly(raw);
	}

	/** Closes the idle connections; connections in use are closed when they are given back. */
	@Override
	public void close() {
		ArrayDeque<Connection> toClose;
		synchronized (this) {
			closed = true;
			toClose = new ArrayDeque<>(idle);
			idle.clear();
		}
		toClose.forEach(ConnectionPool::closeQuietly);
	}

	private static void closeQuietly(Connection c) {
		try {
			c.close();
		} catch (SQLException e) {
			// already broken; nothing to give back
		}
	}
}
