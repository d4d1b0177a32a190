package org.qslmail.account.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.qslmail.mail.Endpoint;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.Security;
import org.qslmail.presets.PresetProblem;
import org.qslmail.presets.PresetRegistry;
import org.qslmail.presets.ProviderPreset;

import static org.qslmail.account.PresetSettingsTest.sakura;
import static org.qslmail.account.PresetSettingsTest.yahoo;

/** Detection gets the complete servers of the provider serving a domain. */
class RegistryPresetProviderTest {

	@Test
	void detectionGetsCompleteServersOfTheDomain() {
		RegistryPresetProvider provider = new RegistryPresetProvider();
		List<ProviderPreset> all = List.of(yahoo(), sakura());
		provider.setRegistry(new PresetRegistry() {
			@Override
			public List<ProviderPreset> presets() {
				return all;
			}

			@Override
			public Optional<ProviderPreset> preset(String id) {
				return Optional.empty();
			}

			@Override
			public Optional<ProviderPreset> forAddress(String address) {
				return Optional.empty();
			}

			@Override
			public List<PresetProblem> problems() {
				return List.of();
			}
		});
		assertEquals(List.of(new Endpoint(Protocol.SMTP, "smtp.mail.yahoo.co.jp", 465, Security.SSL_TLS),
				new Endpoint(Protocol.POP3, "pop.mail.yahoo.co.jp", 995, Security.SSL_TLS)), provider.presetsFor("yahoo.co.jp"));
		assertEquals(List.of(new Endpoint(Protocol.SMTP, "abc.sakura.ne.jp", 587, Security.STARTTLS)),
				provider.presetsFor("abc.sakura.ne.jp"), "the POP3 preset has no port: left to guessing");
		assertEquals(List.of(), provider.presetsFor("example.org"));
	}
}
