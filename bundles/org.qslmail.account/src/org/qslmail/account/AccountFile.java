package org.qslmail.account;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.qslmail.account.AccountProperties.Parsed;

/**
 * The account backup file: UTF-8, Java properties syntax, one {@code name = value} per line with the names of
 * {@link AccountProperties} (so the mail command line's {@code --account FILE} reads it too). No secrets.
 */
public final class AccountFile {

	/** Largest file accepted on import; a backup is a few hundred bytes. */
	public static final long MAX_BYTES = 64 * 1024;

	private AccountFile() {
	}

	/** The backup file name of a station, e.g. {@code qslmail-account-JA1ABC.properties}. */
	public static String fileName(String callsign) {
		return "qslmail-account-" + callsign.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9-]", "_") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ ".properties"; //$NON-NLS-1$
	}

	/** Writes the settings (never a password) to {@code file}, replacing it atomically. */
	public static void write(AccountSettings settings, Path file) throws IOException {
		Path dir = file.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path temp = Files.createTempFile(dir, ".qslmail-account", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
			w.write("# QSL Mail account " + settings.callsign() + ", saved " //$NON-NLS-1$ //$NON-NLS-2$
					+ Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n"); //$NON-NLS-1$
			w.write("# No passwords: they stay in the secure storage of the computer.\n"); //$NON-NLS-1$
			for (Map.Entry<String, String> e : AccountProperties.toMap(settings).entrySet()) {
				w.write(escape(e.getKey(), true) + " = " + escape(e.getValue(), false) + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} catch (IOException e) {
			Files.deleteIfExists(temp);
			throw e;
		}
		Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** Reads a file written by {@link #write} (or by hand) over {@code base}; problems are listed, not thrown. */
	public static Parsed read(Path file, AccountSettings base) throws IOException {
		if (Files.size(file) > MAX_BYTES) {
			throw new IOException(org.eclipse.osgi.util.NLS.bind(
					org.qslmail.account.internal.Messages.AccountFile_tooLarge, file, MAX_BYTES));
		}
		Properties p = new Properties();
		try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(r);
		}
		Map<String, String> pairs = new LinkedHashMap<>();
		for (String key : p.stringPropertyNames()) {
			pairs.put(key, p.getProperty(key));
		}
		return AccountProperties.fromMap(pairs, base);
	}

	private static String escape(String text, boolean key) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '\\' -> b.append("\\\\"); //$NON-NLS-1$
			case '\n' -> b.append("\\n"); //$NON-NLS-1$
			case '\r' -> b.append("\\r"); //$NON-NLS-1$
			case '\t' -> b.append("\\t"); //$NON-NLS-1$
			case '=', ':', '#', '!' -> b.append(key ? "\\" + c : String.valueOf(c)); //$NON-NLS-1$
			case ' ' -> b.append(key || i == 0 ? "\\ " : " "); //$NON-NLS-1$ //$NON-NLS-2$
			default -> {
				if (c < 0x20 || c > 0x7e) {
					b.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
				} else {
					b.append(c);
				}
			}
			}
		}
		return b.toString();
	}
}
