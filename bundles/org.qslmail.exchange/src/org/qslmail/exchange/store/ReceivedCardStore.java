package org.qslmail.exchange.store;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.Mode;
import org.qslmail.exchange.message.ReceivedQslCard;
import org.qslmail.exchange.message.QuarantineReason;
import org.qslmail.exchange.internal.Messages;

/**
 * The received-card store: a folder with
 *
 * <pre>
 * journal.log                      one line per event, appended and synced (the identity index)
 * cards/&lt;key&gt;/message.eml          the raw mail as received
 * cards/&lt;key&gt;/&lt;card name&gt;.jpg       the image, named by org.qslmail.core.CardName
 * cards/&lt;key&gt;/&lt;card name&gt;.adi       the ADIF part (absent for an hQSL card without one)
 * quarantine/&lt;key&gt;/message.eml     a mail not trusted as a card, raw
 * quarantine/&lt;key&gt;/reason.txt      why
 * tmp/                             work folder; anything left here after a crash is discarded at open
 * </pre>
 *
 * A card's key is its card identity (X-QSLMail-Card), a quarantined mail's key the first 16 bytes of SHA-256
 * of its bytes, so storing the same card twice finds the folder already there. Every file is written into a
 * fresh folder under {@code tmp/}, forced to disk ({@link FileChannel#force}), the folder forced, renamed
 * atomically into place and its parent forced; then the journal line is appended and forced. Only then does
 * {@link #store} return {@link StoreOutcome#STORED}. The journal indexes the message identities (mailbox and
 * POP3 UIDL / IMAP UIDVALIDITY/UID, Message-ID, card key), so nothing is fetched or stored twice, also after a
 * crash between storing and deleting on the server. Thread-safe: several cards may be stored at once (their
 * fsyncs then overlap, and journal lines are synced together). One open instance per folder at a time: the
 * journal is locked while the store is open, and {@link #open} fails with an {@link IOException} saying the
 * store is in use when another instance (in this program or another) holds it.
 */
public final class ReceivedCardStore implements AutoCloseable {

	/** The folder name under the instance area. */
	public static final String DEFAULT_FOLDER = "received-cards"; //$NON-NLS-1$
	private static final String JOURNAL = "journal.log"; //$NON-NLS-1$
	private static final String MESSAGE = "message.eml"; //$NON-NLS-1$
	private static final String REASON = "reason.txt"; //$NON-NLS-1$

	private final Path folder;
	private final Path cards;
	private final Path quarantine;
	private final Path tmp;
	private final FileChannel journal;
	private final Object appendLock = new Object();
	private final Object syncLock = new Object();
	private long appended;
	private long synced;

	private final Map<String, String> byMessage = new ConcurrentHashMap<>(); // mailbox + ' ' + uid -> key
	private final Map<String, String> messageIds = new ConcurrentHashMap<>(); // Message-ID -> key
	private final Map<String, ReceivedCard> cardsByKey = Collections.synchronizedMap(new LinkedHashMap<>());
	private final Set<String> quarantined = ConcurrentHashMap.newKeySet();
	private final Map<String, Object> keyLocks = new ConcurrentHashMap<>();
	private final Set<String> deletedAtReplay = new HashSet<>();

	private ReceivedCardStore(Path folder) throws IOException {
		this.folder = folder;
		cards = Files.createDirectories(folder.resolve("cards")); //$NON-NLS-1$
		quarantine = Files.createDirectories(folder.resolve("quarantine")); //$NON-NLS-1$
		tmp = Files.createDirectories(folder.resolve("tmp")); //$NON-NLS-1$
		Path journalFile = folder.resolve(JOURNAL);
		boolean created = !Files.exists(journalFile);
		journal = FileChannel.open(journalFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
		// One instance at a time (this program or another, e.g. receive-qsl while the matching view deletes): a
		// second one would clear the first one's work folders and write over its journal lines.
		FileLock held;
		try {
			held = journal.tryLock();
		} catch (OverlappingFileLockException e) {
			held = null;
		}
		if (held == null) {
			journal.close();
			throw new IOException(NLS.bind(Messages.ReceivedCardStore_inUse, folder));
		}
		clearTmp();
		replay();
		if (created) {
			force(folder);
		}
	}

	/** Opens (creating) the store in this folder. */
	public static ReceivedCardStore open(Path folder) throws IOException {
		return new ReceivedCardStore(Files.createDirectories(folder));
	}

	/**
	 * The default folder: {@code received-cards} under the Eclipse instance area ({@code osgi.instance.area}),
	 * else under {@code ~/.qslmail}.
	 */
	public static Path defaultFolder() {
		String area = System.getProperty("osgi.instance.area"); //$NON-NLS-1$
		if (area != null) {
			try {
				return Path.of(new URI(area.replace(" ", "%20"))).resolve(DEFAULT_FOLDER); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (URISyntaxException | IllegalArgumentException e) {
				// fall back below
			}
		}
		return Path.of(System.getProperty("user.home"), ".qslmail", DEFAULT_FOLDER); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Whether a store was ever created in this folder (its journal is there); {@link #open} would create one. */
	public static boolean exists(Path folder) {
		return Files.isRegularFile(folder.resolve(JOURNAL));
	}

	public Path folder() {
		return folder;
	}

	private void clearTmp() throws IOException {
		try (Stream<Path> walk = Files.walk(tmp)) {
			List<Path> all = walk.sorted(Collections.reverseOrder()).toList();
			for (Path p : all) {
				if (!p.equals(tmp)) {
					Files.deleteIfExists(p);
				}
			}
		}
	}

	// ---- journal ----

	private void replay() throws IOException {
		long size = journal.size();
		ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, size));
		journal.read(buffer, 0);
		byte[] bytes = buffer.array();
		int lineStart = 0;
		int lastGood = 0;
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				apply(new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8));
				lineStart = i + 1;
				lastGood = i + 1;
			}
		}
		if (lastGood < size) {
			// a line torn by a crash while it was written: it never counted, cut it off
			journal.truncate(lastGood);
			journal.force(true);
		}
		journal.position(lastGood);
		// a delete cut short after its journal line: the folder is still there, finish removing it
		for (String key : deletedAtReplay) {
			if (!cardsByKey.containsKey(key)) {
				removeFolder(key);
			}
		}
		deletedAtReplay.clear();
	}

	private void apply(String line) {
		String[] f = line.split("\t", -1); //$NON-NLS-1$
		for (int i = 0; i < f.length; i++) {
			f[i] = unescape(f[i]);
		}
		try {
			switch (f[0]) {
			case "C" -> { // C key mailbox uid messageId sender recipient utc band mode submode image adif received //$NON-NLS-1$
				Path dir = cards.resolve(f[1]);
				Mode mode = Mode.ofAdif(f[9], f[10].isEmpty() ? null : f[10]);
				ReceivedCard card = new ReceivedCard(f[1], Callsign.parse(f[5]), Callsign.parse(f[6]), LocalDateTime.parse(f[7]),
						Band.ofAdif(f[8]).orElseThrow(), mode, dir.resolve(f[11]), f[12].isEmpty() ? null : dir.resolve(f[12]),
						dir.resolve(MESSAGE), f[4].isEmpty() ? null : f[4], Instant.parse(f[13]));
				cardsByKey.put(f[1], card);
				identity(f[2], f[3], f[4], f[1]);
			}
			case "U" -> identity(f[2], f[3], f[4], f[1]); // U key mailbox uid messageId //$NON-NLS-1$
			case "D" -> { // D key deleted //$NON-NLS-1$
				cardsByKey.remove(f[1]);
				deletedAtReplay.add(f[1]);
			}
			case "Q" -> { // Q key mailbox uid messageId reason detail //$NON-NLS-1$
				quarantined.add(f[1]);
				identity(f[2], f[3], f[4], "Q:" + f[1]); //$NON-NLS-1$
			}
			default -> {
				// a line of a later version: ignored
			}
			}
		} catch (RuntimeException e) {
			// a line this version cannot read: ignored, the folder itself still holds the card
		}
	}

	private void identity(String mailbox, String uid, String messageId, String key) {
		if (!mailbox.isEmpty() && !uid.isEmpty()) {
			byMessage.put(mailbox + ' ' + uid, key);
		}
		if (!messageId.isEmpty()) {
			messageIds.putIfAbsent(messageId, key);
		}
	}

	private void append(String... fields) throws IOException {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				b.append('\t');
			}
			b.append(escape(fields[i]));
		}
		b.append('\n');
		ByteBuffer bytes = ByteBuffer.wrap(b.toString().getBytes(StandardCharsets.UTF_8));
		long mine;
		synchronized (appendLock) {
			while (bytes.hasRemaining()) {
				journal.write(bytes);
			}
			mine = ++appended;
		}
		// group commit: one force covers every line appended before it
		synchronized (syncLock) {
			if (synced < mine) {
				long target;
				synchronized (appendLock) {
					target = appended;
				}
				journal.force(false);
				synced = target;
			}
		}
	}

	static String escape(String s) {
		if (s == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '%' || c == '\t' || c == '\n' || c == '\r' || c < 0x20) {
				b.append('%').append(String.format("%02X", (int) c)); //$NON-NLS-1$
			} else {
				b.append(c);
			}
		}
		return b.toString();
	}

	static String unescape(String s) {
		if (s.indexOf('%') < 0) {
			return s;
		}
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '%' && i + 2 < s.length()) {
				b.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
				i += 2;
			} else {
				b.append(c);
			}
		}
		return b.toString();
	}

	// ---- queries ----

	/** Whether this message (mailbox identity and UIDL or UIDVALIDITY/UID) was already received (stored or quarantined). */
	public boolean knowsMessage(String mailbox, String uid) {
		return byMessage.containsKey(mailbox + ' ' + uid);
	}

	/** The key this message was stored under: a card key, or {@code Q:}key for a quarantined mail; {@code null} if unknown. */
	public String keyOf(String mailbox, String uid) {
		return byMessage.get(mailbox + ' ' + uid);
	}

	/** Whether a message with this Message-ID was already received. */
	public boolean knowsMessageId(String messageId) {
		return messageId != null && messageIds.containsKey(messageId);
	}

	/** The key a message with this Message-ID was stored under (as {@link #keyOf}), or {@code null}. */
	public String keyOfMessageId(String messageId) {
		return messageId == null ? null : messageIds.get(messageId);
	}

	/** Whether the card with this identity is in the store. */
	public boolean hasCard(String key) {
		return cardsByKey.containsKey(key) || Files.isDirectory(cards.resolve(safeKey(key)));
	}

	/** Every stored card, in the order they were stored. */
	public List<ReceivedCard> list() {
		synchronized (cardsByKey) {
			return List.copyOf(cardsByKey.values());
		}
	}

	/** One card by its key, or {@code null}. */
	public ReceivedCard card(String key) {
		return cardsByKey.get(key);
	}

	/** The keys of the quarantined mails. */
	public Set<String> quarantined() {
		return Set.copyOf(quarantined);
	}

	/** The folder of a quarantined mail. */
	public Path quarantineFolder(String key) {
		return quarantine.resolve(safeKey(key));
	}

	private static String safeKey(String key) {
		if (!key.matches("[0-9a-f]{32}")) { //$NON-NLS-1$
			throw new IllegalArgumentException("not a store key: " + key); //$NON-NLS-1$
		}
		return key;
	}

	// ---- writing ----

	/**
	 * Stores a card durably and records the message identity. Returns {@link StoreOutcome#ALREADY_STORED} (and
	 * records only the identity) when the card is already there.
	 */
	public StoreOutcome store(String mailbox, String uid, byte[] raw, ReceivedQslCard card) throws IOException {
		String key = safeKey(card.cardId());
		synchronized (keyLocks.computeIfAbsent(key, k -> new Object())) {
			Path target = cards.resolve(key);
			if (cardsByKey.containsKey(key) || Files.isDirectory(target)) {
				if (!cardsByKey.containsKey(key)) {
					// stored before a crash that lost the journal line: record it now
					ReceivedCard found = cardRecord(key, target, card, Instant.now());
					appendCard(mailbox, uid, found, card);
					return StoreOutcome.ALREADY_STORED;
				}
				append("U", key, mailbox, uid, nz(card.messageId())); //$NON-NLS-1$
				identity(nz(mailbox), nz(uid), nz(card.messageId()), key);
				return StoreOutcome.ALREADY_STORED;
			}
			String imageName = card.cardName().fileName();
			String adifName = card.adif() == null ? null
					: imageName.substring(0, imageName.length() - org.qslmail.core.CardName.EXTENSION.length()) + ".adi"; //$NON-NLS-1$
			Path work = Files.createDirectory(tmp.resolve(UUID.randomUUID().toString()));
			write(work.resolve(MESSAGE), raw);
			write(work.resolve(imageName), card.jpeg());
			if (adifName != null) {
				write(work.resolve(adifName), card.adif().getBytes(StandardCharsets.UTF_8));
			}
			force(work);
			moveAtomically(work, target);
			forceCards();
			ReceivedCard stored = cardRecord(key, target, card, Instant.now());
			appendCard(mailbox, uid, stored, card);
			return StoreOutcome.STORED;
		}
	}

	private final Object renameLock = new Object();
	private final Object cardsSyncLock = new Object();
	private long renamed;
	private long cardsSynced;

	/** Group commit of the cards folder: one force covers every rename done before it started. */
	private void forceCards() throws IOException {
		long mine;
		synchronized (renameLock) {
			mine = ++renamed;
		}
		synchronized (cardsSyncLock) {
			if (cardsSynced < mine) {
				long target;
				synchronized (renameLock) {
					target = renamed;
				}
				force(cards);
				cardsSynced = target;
			}
		}
	}

	private ReceivedCard cardRecord(String key, Path dir, ReceivedQslCard card, Instant received) {
		String imageName = card.cardName().fileName();
		Path adif = card.adif() == null ? null
				: dir.resolve(imageName.substring(0, imageName.length() - org.qslmail.core.CardName.EXTENSION.length()) + ".adi"); //$NON-NLS-1$
		return new ReceivedCard(key, card.sender(), card.recipient(), card.utc(), card.band(), card.mode(), dir.resolve(imageName),
				adif, dir.resolve(MESSAGE), card.messageId(), received);
	}

	private void appendCard(String mailbox, String uid, ReceivedCard c, ReceivedQslCard card) throws IOException {
		append("C", c.key(), nz(mailbox), nz(uid), nz(c.messageId()), c.sender().text(), c.recipient().text(), //$NON-NLS-1$
				c.utc().toString(), c.band().adifName(), c.mode().name(), c.mode().submode().orElse(""), //$NON-NLS-1$
				c.image().getFileName().toString(), c.adif() == null ? "" : c.adif().getFileName().toString(), //$NON-NLS-1$
				c.received().toString());
		cardsByKey.put(c.key(), c);
		identity(nz(mailbox), nz(uid), nz(c.messageId()), c.key());
	}

	/**
	 * Keeps a mail that is not trusted as a card, raw, with its reason, and records the message identity so it is
	 * not fetched again. The same bytes quarantined twice are kept once.
	 */
	public StoreOutcome quarantine(String mailbox, String uid, byte[] raw, String messageId, QuarantineReason reason,
			String detail) throws IOException {
		String key = sha(raw);
		synchronized (keyLocks.computeIfAbsent("Q" + key, k -> new Object())) { //$NON-NLS-1$
			Path target = quarantine.resolve(key);
			boolean exists = Files.isDirectory(target);
			if (!exists) {
				Path work = Files.createDirectory(tmp.resolve(UUID.randomUUID().toString()));
				write(work.resolve(MESSAGE), raw);
				write(work.resolve(REASON), (reason.id() + '\n' + (detail == null ? "" : detail) + '\n' //$NON-NLS-1$
						+ "mailbox: " + nz(mailbox) + '\n' + "id: " + nz(uid) + '\n' + "message-id: " + nz(messageId) + '\n') //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						.getBytes(StandardCharsets.UTF_8));
				force(work);
				moveAtomically(work, target);
				force(quarantine);
			}
			append("Q", key, nz(mailbox), nz(uid), nz(messageId), reason.id(), nz(detail)); //$NON-NLS-1$
			quarantined.add(key);
			identity(nz(mailbox), nz(uid), nz(messageId), "Q:" + key); //$NON-NLS-1$
			return exists ? StoreOutcome.ALREADY_STORED : StoreOutcome.QUARANTINED;
		}
	}

	/**
	 * Removes cards from the store (the matching view's Delete). For each key that is a stored card, a {@code D}
	 * line is appended and synced first, then the card's folder is removed; a removal cut short by a crash is
	 * finished when the store opens. The message identities stay known, so the mails of a deleted card are not
	 * fetched again; a card that arrives again in a new mail is stored again. Keys not in the store are ignored.
	 *
	 * @return the keys that were removed
	 */
	public Set<String> delete(java.util.Collection<String> keys) throws IOException {
		Set<String> removed = new java.util.LinkedHashSet<>();
		for (String key : keys) {
			if (key == null || !key.matches("[0-9a-f]{32}")) { //$NON-NLS-1$
				continue;
			}
			synchronized (keyLocks.computeIfAbsent(key, k -> new Object())) {
				if (!cardsByKey.containsKey(key) && !Files.isDirectory(cards.resolve(key))) {
					continue;
				}
				append("D", key); //$NON-NLS-1$
				cardsByKey.remove(key);
				removeFolder(key);
				removed.add(key);
			}
		}
		return removed;
	}

	/** Moves a card folder out of {@code cards/} atomically, then deletes it under {@code tmp/}. */
	private void removeFolder(String key) throws IOException {
		Path folderOfCard = cards.resolve(safeKey(key));
		if (!Files.isDirectory(folderOfCard)) {
			return;
		}
		Path gone = tmp.resolve("deleted-" + UUID.randomUUID()); //$NON-NLS-1$
		moveAtomically(folderOfCard, gone);
		force(cards);
		try (Stream<Path> walk = Files.walk(gone)) {
			for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	/** Records that a message (e.g. a resent card whose card is already stored) belongs to an existing card. */
	public void recordIdentity(String mailbox, String uid, String messageId, String key) throws IOException {
		append("U", safeKey(key), nz(mailbox), nz(uid), nz(messageId)); //$NON-NLS-1$
		identity(nz(mailbox), nz(uid), nz(messageId), key);
	}

	private static String nz(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}

	private static String sha(byte[] raw) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw), 0, 16); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void write(Path file, byte[] bytes) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			ByteBuffer b = ByteBuffer.wrap(bytes);
			while (b.hasRemaining()) {
				channel.write(b);
			}
			channel.force(true);
		}
	}

	private static void force(Path directory) throws IOException {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// some file systems (not Linux ext4/xfs/btrfs) cannot open or sync a folder; the files are synced
			if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				throw e;
			}
		}
	}

	private static void moveAtomically(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			throw new IOException("the store folder does not support atomic renames: " + to, e); //$NON-NLS-1$
		} catch (FileAlreadyExistsException e) {
			throw e;
		}
	}

	/** Counts for a summary. */
	public Map<String, Integer> counts() {
		Map<String, Integer> m = new HashMap<>();
		m.put("cards", cardsByKey.size()); //$NON-NLS-1$
		m.put("quarantined", quarantined.size()); //$NON-NLS-1$
		return m;
	}

	/** The journal file, e.g. for a backup. */
	public Path journalFile() {
		return folder.resolve(JOURNAL);
	}

	@Override
	public void close() throws IOException {
		journal.close();
	}

	// for tests: the card folders on disk
	List<Path> cardFolders() throws IOException {
		try (Stream<Path> s = Files.list(cards)) {
			return new ArrayList<>(s.toList());
		}
	}

	static Set<String> keysOf(List<Path> folders) {
		Set<String> keys = new HashSet<>();
		for (Path p : folders) {
			keys.add(p.getFileName().toString());
		}
		return keys;
	}
}
