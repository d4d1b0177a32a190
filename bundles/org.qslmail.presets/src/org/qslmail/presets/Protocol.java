package org.qslmail.presets;

/** The mail protocols a preset describes. */
public enum Protocol {
	SMTP, POP3, IMAP;

	/** The attribute and element name in contributions: {@code smtp}, {@code pop3}, {@code imap}. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
