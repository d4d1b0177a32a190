package org.qslmail.account.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.qslmail.account.PresetSettings;
import org.qslmail.mail.Endpoint;
import org.qslmail.mail.PresetProvider;
import org.qslmail.mail.Protocol;
import org.qslmail.presets.Placeholders;
import org.qslmail.presets.PresetRegistry;
import org.qslmail.presets.ProviderPreset;
import org.qslmail.presets.ServerPreset;

/**
 * Backs the mail service's detection with the preset registry: the documented servers of the provider serving
 * a domain are probed first. Only complete server presets (host, port and security known) are offered; host
 * templates that need the local part are skipped, since detection knows only the domain.
 */
@Component(service = PresetProvider.class)
public final class RegistryPresetProvider implements PresetProvider {

	private volatile PresetRegistry registry;

	@Reference
	void setRegistry(PresetRegistry registry) {
		this.registry = registry;
	}

	@Override
	public List<Endpoint> presetsFor(String domain) {
		Optional<ProviderPreset> preset = registry.presets().stream().filter(p -> p.serves(domain)).findFirst();
		List<Endpoint> endpoints = new ArrayList<>();
		preset.ifPresent(p -> {
			add(endpoints, p.smtp(), Protocol.SMTP, domain);
			add(endpoints, p.pop3(), Protocol.POP3, domain);
			add(endpoints, p.imap(), Protocol.IMAP, domain);
		});
		return endpoints;
	}

	private static void add(List<Endpoint> endpoints, Optional<ServerPreset> server, Protocol protocol, String domain) {
		if (server.isEmpty() || !server.get().isComplete()) {
			return;
		}
		ServerPreset s = server.get();
		String template = s.hostTemplate().orElseThrow();
		if (template.contains(Placeholders.EMAIL_LOCAL_PART) || template.contains(Placeholders.EMAIL_ADDRESS)) {
			return;
		}
		String host = template.replace(Placeholders.EMAIL_DOMAIN, domain);
		endpoints.add(new Endpoint(protocol, host, s.port().getAsInt(), PresetSettings.security(s.security().orElseThrow())));
	}
}
