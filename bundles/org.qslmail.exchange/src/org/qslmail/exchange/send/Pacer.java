package org.qslmail.exchange.send;

import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * The clock of the rate limit: the time now, and a wait until a time that ends early when the run is
 * cancelled. Tests inject one whose waits only move its clock.
 */
public interface Pacer {

	Instant now();

	/** Waits until {@code time}; returns early (false) when {@code canceled} becomes true. */
	boolean waitUntil(Instant time, BooleanSupplier canceled) throws InterruptedException;

	/** The system clock; a wait wakes up at least twice a second to see a cancel of the progress monitor. */
	Pacer SYSTEM = new Pacer() {
		private final Object lock = new Object();

		@Override
		public Instant now() {
			return Instant.now();
		}

		@Override
		public boolean waitUntil(Instant time, BooleanSupplier canceled) throws InterruptedException {
			synchronized (lock) {
				while (!canceled.getAsBoolean()) {
					long ms = time.toEpochMilli() - System.currentTimeMillis();
					if (ms <= 0) {
						return true;
					}
					lock.wait(Math.min(ms, 500));
				}
				return false;
			}
		}
	};
}
