package org.qslmail.log.internal;

import org.qslmail.log.Qso;

/**
 * A set of 64-bit hashes of duplicate keys (UTC second, call, station call, band, mode) in one {@code long[]}
 * with open addressing: 8 to 16 bytes per QSO, no object per entry. A hash not in the set proves that the key is
 * new; a hash in the set only says "maybe" (another key may have the same hash) and must be checked exactly.
 */
final class KeyHashSet {

	private long[] slots;
	private int size;

	KeyHashSet(long expected) {
		int capacity = Integer.highestOneBit((int) Math.min(1 << 29, Math.max(16, expected * 2)) - 1) << 1;
		slots = new long[capacity];
	}

	/** The hash of a QSO's duplicate key, as the store compares it (absent values as empty). */
	static long hash(Qso q) {
		return hash(q.instant().getEpochSecond(), q.call(), QsoTable.nz(q.stationCallsign()), QsoTable.band(q),
				QsoTable.nz(q.mode()));
	}

	static long hash(long time, String call, String station, String band, String mode) {
		long h = mix(time);
		h = mix(h ^ string(call));
		h = mix(h ^ string(station));
		h = mix(h ^ string(band));
		h = mix(h ^ string(mode));
		return h == 0 ? 1 : h;
	}

	private static long string(String s) {
		long h = 0xcbf29ce484222325L; // FNV-1a 64
		for (int i = 0; i < s.length(); i++) {
			h ^= s.charAt(i);
			h *= 0x100000001b3L;
		}
		return h ^ s.length();
	}

	private static long mix(long z) { // SplitMix64 finaliser
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

	/** Adds a hash; {@code false} when it was there already. */
	boolean add(long hash) {
		if (size * 2 >= slots.length) {
			grow();
		}
		int mask = slots.length - 1;
		int i = (int) hash & mask;
		while (true) {
			long s = slots[i];
			if (s == 0) {
				slots[i] = hash;
				size++;
				return true;
			}
			if (s == hash) {
				return false;
			}
			i = (i + 1) & mask;
		}
	}

	int size() {
		return size;
	}

	private void grow() {
		long[] old = slots;
		slots = new long[old.length * 2];
		size = 0;
		for (long h : old) {
			if (h != 0) {
				add(h);
			}
		}
	}
}
