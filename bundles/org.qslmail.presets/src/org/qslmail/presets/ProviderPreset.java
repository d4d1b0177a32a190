package org.qslmail.presets;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A mail provider's documented settings: the domains it serves and its SMTP, POP3 and IMAP servers.
 * A provider whose servers are all unknown is still a preset: it names the provider, carries its notes,
 * and tells the setup to detect the servers for its domains.
 *
 * @param id            stable identifier, never translated (e.g. {@code jp.biglobe})
 * @param name          display name in the user's language
 * @param domains       mail domains, lower case; {@code *.example.jp} also matches every sub-domain
 * @param userNameForm  the login name form, empty when the provider does not document it
 * @param documentation the provider's page about mail-client settings, if any
 */
public record ProviderPreset(String id, String name, List<String> domains, Optional<ServerPreset> smtp,
		Optional<ServerPreset> pop3, Optional<ServerPreset> imap, Optional<UserNameForm> userNameForm,
		List<PresetNote> notes, Optional<String> documentation, PresetSource source) {

	public ProviderPreset {
		Objects.requireNonNull(id);
		Objects.requireNonNull(name);
		domains = List.copyOf(domains);
		Objects.requireNonNull(smtp);
		Objects.requireNonNull(pop3);
		Objects.requireNonNull(imap);
		Objects.requireNonNull(userNameForm);
		notes = List.copyOf(notes);
		Objects.requireNonNull(documentation);
		Objects.requireNonNull(source);
	}

	/** Whether this provider serves the mail domain (case-insensitive; {@code *.} patterns match sub-domains). */
	public boolean serves(String domain) {
		String wanted = domain.strip().toLowerCase(Locale.ROOT);
		for (String served : domains) {
			if (served.startsWith("*.") ? wanted.endsWith(served.substring(1)) : served.equals(wanted)) { //$NON-NLS-1$
				return true;
			}
		}
		return false;
	}

	/** The server of {@code protocol}, if the provider documents one. */
	public Optional<ServerPreset> server(Protocol protocol) {
		return switch (protocol) {
		case SMTP -> smtp;
		case POP3 -> pop3;
		case IMAP -> imap;
		};
	}
}
