package org.qslmail.mail;

import java.time.Duration;

/** Detection parameters: per-try timeout (the whole detection ends in about this), trust, resolver. */
public record DetectOptions(Duration timeout, TrustSettings trust, HostResolver resolver) {

	public DetectOptions {
		timeout = timeout == null ? MailAccount.DEFAULT_TIMEOUT : timeout;
		trust = trust == null ? TrustSettings.SYSTEM : trust;
		resolver = resolver == null ? HostResolver.DNS : resolver;
	}
}
