package org.qslmail.mail;

import java.time.Instant;
import java.util.List;

/** What a person needs to judge a server certificate. {@code sha256} is lower-case hex. */
public record CertificateInfo(String subject, List<String> sans, String issuer, Instant notBefore,
		Instant notAfter, String sha256) {
}
