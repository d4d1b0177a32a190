package org.qslmail.presets.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.osgi.util.NLS;
import org.qslmail.presets.Authentication;
import org.qslmail.presets.PresetNote;
import org.qslmail.presets.PresetSource;
import org.qslmail.presets.Protocol;
import org.qslmail.presets.ProviderPreset;
import org.qslmail.presets.Security;
import org.qslmail.presets.ServerPreset;
import org.qslmail.presets.UserNameForm;

/**
 * Turns one {@code provider} element of {@code org.qslmail.presets.providers} into a preset. Child
 * elements are looked up by name, never by position, so their order in plugin.xml does not matter.
 */
final class ContributionReader {

	static final String PROVIDER = "provider"; //$NON-NLS-1$

	private ContributionReader() {
	}

	static ProviderPreset read(IConfigurationElement provider) throws PresetFormatException {
		PresetSource source = new PresetSource(PresetSource.Kind.PLUG_IN, provider.getContributor().getName());
		String id = PresetValidation.id(provider.getAttribute("id")); //$NON-NLS-1$
		String name = provider.getAttribute("name"); //$NON-NLS-1$
		if (name == null || name.isBlank()) {
			throw new PresetFormatException(NLS.bind(Messages.Preset_missingName, id));
		}
		List<String> domains = new ArrayList<>();
		for (IConfigurationElement domain : provider.getChildren("domain")) { //$NON-NLS-1$
			domains.add(PresetValidation.domain(domain.getAttribute("name"))); //$NON-NLS-1$
		}
		Optional<UserNameForm> userNameForm = optional(provider.getAttribute("userName")) //$NON-NLS-1$
				.map(key -> UserNameForm.ofKey(key).orElse(null));
		if (provider.getAttribute("userName") != null && userNameForm.isEmpty()) { //$NON-NLS-1$
			throw new PresetFormatException(NLS.bind(Messages.Preset_badUserName, provider.getAttribute("userName"))); //$NON-NLS-1$
		}
		List<PresetNote> notes = new ArrayList<>();
		for (IConfigurationElement note : provider.getChildren("note")) { //$NON-NLS-1$
			String text = note.getAttribute("text"); //$NON-NLS-1$
			if (text == null || text.isBlank()) {
				throw new PresetFormatException(NLS.bind(Messages.Preset_emptyNote, id));
			}
			notes.add(new PresetNote(text, optional(note.getAttribute("url")))); //$NON-NLS-1$
		}
		return new ProviderPreset(id, name, domains, server(provider, Protocol.SMTP), server(provider, Protocol.POP3),
				server(provider, Protocol.IMAP), userNameForm, notes,
				optional(provider.getAttribute("documentation")), source); //$NON-NLS-1$
	}

	private static Optional<ServerPreset> server(IConfigurationElement provider, Protocol protocol)
			throws PresetFormatException {
		IConfigurationElement[] servers = provider.getChildren(protocol.key());
		if (servers.length == 0) {
			return Optional.empty();
		}
		if (servers.length > 1) {
			throw new PresetFormatException(NLS.bind(Messages.Preset_twoServers, protocol.key()));
		}
		IConfigurationElement server = servers[0];
		Optional<String> host = optional(server.getAttribute("host")); //$NON-NLS-1$
		if (host.isPresent()) {
			PresetValidation.host(host.get());
		}
		OptionalInt port = PresetValidation.port(server.getAttribute("port")); //$NON-NLS-1$
		Optional<Security> security = keyed(server.getAttribute("security"), Security::ofKey, //$NON-NLS-1$
				Messages.Preset_badSecurity);
		Optional<Authentication> authentication = keyed(server.getAttribute("authentication"), //$NON-NLS-1$
				Authentication::ofKey, Messages.Preset_badAuthentication);
		boolean apop = Boolean.parseBoolean(server.getAttribute("apop")); //$NON-NLS-1$
		if (apop && protocol != Protocol.POP3) {
			throw new PresetFormatException(NLS.bind(Messages.Preset_apopNotPop3, protocol.key()));
		}
		return Optional.of(new ServerPreset(protocol, host, port, security, authentication, apop));
	}

	private static <T> Optional<T> keyed(String key, java.util.function.Function<String, Optional<T>> lookup,
			String message) throws PresetFormatException {
		if (key == null || key.isBlank()) {
			return Optional.empty();
		}
		Optional<T> value = lookup.apply(key);
		if (value.isEmpty()) {
			throw new PresetFormatException(NLS.bind(message, key));
		}
		return value;
	}

	private static Optional<String> optional(String value) {
		return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
	}
}
