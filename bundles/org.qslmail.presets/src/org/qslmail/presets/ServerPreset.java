package org.qslmail.presets;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a provider documents about one server. Every value may be unknown (empty): a preset never
 * invents a host, port or security mode, and the setup hands unknown values over to detection.
 *
 * @param hostTemplate host name, possibly with {@code %EMAILDOMAIN%}, {@code %EMAILLOCALPART%} or
 *                     {@code %EMAILADDRESS%}
 * @param apop         whether the provider documents APOP for POP3 (false for SMTP and IMAP)
 */
public record ServerPreset(Protocol protocol, Optional<String> hostTemplate, OptionalInt port,
		Optional<Security> security, Optional<Authentication> authentication, boolean apop) {

	public ServerPreset {
		Objects.requireNonNull(protocol);
		Objects.requireNonNull(hostTemplate);
		Objects.requireNonNull(port);
		Objects.requireNonNull(security);
		Objects.requireNonNull(authentication);
	}

	/** The host for {@code address}, placeholders replaced; empty when the provider documents none. */
	public Optional<String> host(String address) {
		return hostTemplate.map(template -> Placeholders.expand(template, address));
	}

	/** True when host, port and security are all documented, so no detection is needed. */
	public boolean isComplete() {
		return hostTemplate.isPresent() && port.isPresent() && security.isPresent();
	}
}
