package org.qslmail.log;

import java.util.Locale;
import java.util.Optional;

/** The file formats of the QSO log. */
public enum LogFormat {
	/** ADIF 3.1 ADI (tagged text), import and export. */
	ADIF("adif", true, true),
	/** ADIF 3.1 ADX (XML), import and export. */
	ADX("adx", true, true),
	/** Turbo HAMLOG CSV (CP932, 15 columns), import and export. */
	HAMLOG_CSV("hamlog-csv", true, true),
	/** Cabrillo 3.0, import only. */
	CABRILLO("cabrillo", true, false);

	private final String id;
	private final boolean readable;
	private final boolean writable;

	LogFormat(String id, boolean readable, boolean writable) {
		this.id = id;
		this.readable = readable;
		this.writable = writable;
	}

	/** The name used on the command line, e.g. {@code hamlog-csv}. */
	public String id() {
		return id;
	}

	public boolean canRead() {
		return readable;
	}

	public boolean canWrite() {
		return writable;
	}

	/** The format of a command-line name ({@code adif}, {@code adi}, {@code adx}, {@code hamlog-csv}, {@code csv}, {@code cabrillo}). */
	public static Optional<LogFormat> ofId(String text) {
		String t = text.toLowerCase(Locale.ROOT);
		return switch (t) {
		case "adif", "adi" -> Optional.of(ADIF); //$NON-NLS-1$ //$NON-NLS-2$
		case "adx" -> Optional.of(ADX); //$NON-NLS-1$
		case "hamlog-csv", "hamlog", "csv" -> Optional.of(HAMLOG_CSV); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case "cabrillo", "cbr", "log" -> Optional.of(CABRILLO); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		default -> Optional.empty();
		};
	}

	/**
	 * Guesses the format of a file from its name and first bytes: {@code .adx} or an XML start is ADX,
	 * {@code START-OF-LOG:} is Cabrillo, a first line starting with {@code "} is HAMLOG CSV, anything else ADIF.
	 */
	public static LogFormat detect(String fileName, byte[] head, int length) {
		String name = fileName.toLowerCase(Locale.ROOT);
		String start = new String(head, 0, Math.min(length, 512), java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading();
		if (start.startsWith("\u00ef\u00bb\u00bf")) { //$NON-NLS-1$ UTF-8 BOM read as Latin-1
			start = start.substring(3).stripLeading();
		}
		if (name.endsWith(".adx") || start.startsWith("<?xml") || start.regionMatches(true, 0, "<ADX", 0, 4)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return ADX;
		}
		if (start.regionMatches(true, 0, "START-OF-LOG:", 0, 13) || name.endsWith(".cbr")) { //$NON-NLS-1$ //$NON-NLS-2$
			return CABRILLO;
		}
		if (start.startsWith("\"") || (name.endsWith(".csv") && !start.startsWith("<"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return HAMLOG_CSV;
		}
		return ADIF;
	}
}
