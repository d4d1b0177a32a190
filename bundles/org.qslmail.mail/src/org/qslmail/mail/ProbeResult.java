package org.qslmail.mail;

import java.util.List;

/**
 * What one endpoint says about itself: greeting, the EHLO/CAPA/CAPABILITY lines, the auth mechanisms
 * offered, whether STARTTLS/STLS is offered, the APOP timestamp of a POP3 greeting, and the TLS details.
 * {@code result} tells whether the probe reached the point of reading capabilities.
 */
public record ProbeResult(Endpoint endpoint, String greeting, List<String> capabilities, List<String> authOffered,
		boolean startTlsOffered, String apopTimestamp, TlsInfo tls, MailResult result) {
}
