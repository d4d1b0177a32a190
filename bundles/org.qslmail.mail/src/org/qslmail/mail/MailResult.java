package org.qslmail.mail;

import java.util.List;

/**
 * The outcome of a check or a send. When {@code ok} is false, {@code category} and {@code code} (as in the
 * hQSL manual, e.g. {@code No-535}) say what failed, {@code serverReply} is the server's exact reply (or
 * the low-level error when the server said nothing), and {@code hint} names the field to change in the
 * user's language. {@code token} is the token of a send check.
 */
public record MailResult(boolean ok, Category category, String code, String serverReply, String hint,
		List<String> warnings, TlsInfo tls, AuthInfo auth, long elapsedMs, String token) {

	public MailResult {
		warnings = warnings == null ? List.of() : List.copyOf(warnings);
	}
}
