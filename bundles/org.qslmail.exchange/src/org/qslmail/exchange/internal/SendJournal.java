package org.qslmail.exchange.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The durable journal of send runs (docs/exchange-send.md). One line per event, each forced to disk before
 * the run goes on:
 * <ul>
 * <li>{@code P cardId qsoId} — before DATA: from here on the server may have the card;</li>
 * <li>{@code A cardId qsoId epochMillis cardName} — the server accepted it (250 after DATA);</li>
 * <li>{@code M cardId} — the sent mark is in the log;</li>
 * <li>{@code R cardId} — the server refused it after all (nothing was delivered).</li>
 * </ul>
 * On opening, a card with {@code A} but no {@code M} is marked without sending, one with {@code P} only is
 * uncertain and not sent again unless forced. Resolved entries are dropped when the journal is compacted.
 */
public final class SendJournal implements AutoCloseable {

	/** The state of a card the journal knows about and that is not resolved. */
	public record Entry(String cardId, long qsoId, boolean accepted, Instant acceptedAt, String cardName) {
	}

	private final Path file;
	private final Map<String, Entry> open = new LinkedHashMap<>();
	private FileChannel channel;

	private SendJournal(Path file) {
		this.file = file;
	}

	/** Reads the journal (a torn last line from a crash is ignored) and opens it for appending. */
	public static SendJournal open(Path file) throws IOException {
		SendJournal journal = new SendJournal(file);
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
		if (Files.exists(file)) {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				journal.replay(line);
			}
		}
		journal.compact();
		return journal;
	}

	private void replay(String line) {
		String[] f = line.strip().split(" "); //$NON-NLS-1$
		try {
			switch (f[0]) {
			case "P" -> open.putIfAbsent(f[1], new Entry(f[1], Long.parseLong(f[2]), false, null, null)); //$NON-NLS-1$
			case "A" -> open.put(f[1], new Entry(f[1], Long.parseLong(f[2]), true, Instant.ofEpochMilli(Long.parseLong(f[3])), f[4])); //$NON-NLS-1$
			case "M", "R" -> open.remove(f[1]); //$NON-NLS-1$ //$NON-NLS-2$
			default -> {
				// an empty or torn line
			}
			}
		} catch (RuntimeException e) {
			// a torn last line: the event it would record never completed
		}
	}

	/** Rewrites the file with the unresolved entries only (atomically). */
	private void compact() throws IOException {
		if (channel != null) {
			channel.close();
		}
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp"); //$NON-NLS-1$
		StringBuilder b = new StringBuilder();
		for (Entry e : open.values()) {
			b.append(e.accepted() ? "A " + e.cardId() + ' ' + e.qsoId() + ' ' + e.acceptedAt().toEpochMilli() + ' ' + e.cardName() //$NON-NLS-1$
					: "P " + e.cardId() + ' ' + e.qsoId()).append('\n'); //$NON-NLS-1$
		}
		try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			out.write(ByteBuffer.wrap(b.toString().getBytes(StandardCharsets.UTF_8)));
			out.force(true);
		}
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
	}

	/** The unresolved entries found when opening, and those of this run so far. */
	public synchronized List<Entry> unresolved() {
		return new ArrayList<>(open.values());
	}

	public synchronized Entry get(String cardId) {
		return open.get(cardId);
	}

	public synchronized void pending(String cardId, long qsoId) throws IOException {
		append("P " + cardId + ' ' + qsoId); //$NON-NLS-1$
		open.put(cardId, new Entry(cardId, qsoId, false, null, null));
	}

	public synchronized void accepted(String cardId, long qsoId, Instant at, String cardName) throws IOException {
		append("A " + cardId + ' ' + qsoId + ' ' + at.toEpochMilli() + ' ' + cardName); //$NON-NLS-1$
		open.put(cardId, new Entry(cardId, qsoId, true, at, cardName));
	}

	public synchronized void marked(List<String> cardIds) throws IOException {
		StringBuilder b = new StringBuilder();
		for (String id : cardIds) {
			b.append(b.isEmpty() ? "" : "\n").append("M ").append(id); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (!cardIds.isEmpty()) {
			append(b.toString());
		}
		cardIds.forEach(open::remove);
	}

	public synchronized void refused(String cardId) throws IOException {
		append("R " + cardId); //$NON-NLS-1$
		open.remove(cardId);
	}

	private void append(String lines) throws IOException {
		channel.write(ByteBuffer.wrap((lines + '\n').getBytes(StandardCharsets.UTF_8)));
		channel.force(false);
	}

	/** Compacts and closes. */
	@Override
	public synchronized void close() throws IOException {
		compact();
		channel.close();
	}
}
