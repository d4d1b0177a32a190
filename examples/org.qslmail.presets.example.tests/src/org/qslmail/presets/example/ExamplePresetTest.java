package org.qslmail.presets.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.qslmail.presets.Authentication;
import org.qslmail.presets.PresetRegistry;
import org.qslmail.presets.ProviderPreset;
import org.qslmail.presets.Security;

/** What a third party checks in its own preset plug-in: QSL Mail reads it, without problems. */
class ExamplePresetTest {

	@Test
	void theRegistryReadsTheContribution() throws Exception {
		Bundle presets = FrameworkUtil.getBundle(PresetRegistry.class);
		if (presets.getState() != Bundle.ACTIVE) {
			presets.start(Bundle.START_TRANSIENT);
		}
		ServiceTracker<PresetRegistry, PresetRegistry> tracker = new ServiceTracker<>(presets.getBundleContext(),
				PresetRegistry.class, null);
		tracker.open();
		try {
			PresetRegistry registry = tracker.waitForService(30_000);
			assertNotNull(registry);
			assertTrue(registry.problems().stream()
					.noneMatch(p -> p.source().contributor().equals("org.qslmail.presets.example")),
					registry.problems().toString());
			ProviderPreset preset = registry.forAddress("ja1abc@club.example.net").orElseThrow();
			assertEquals("net.example.club", preset.id());
			assertEquals("Example Club Mail", preset.name());
			assertEquals(OptionalInt.of(587), preset.smtp().orElseThrow().port());
			assertEquals(Optional.of(Security.STARTTLS), preset.smtp().orElseThrow().security());
			assertEquals(Optional.of(Authentication.CRAM_MD5), preset.smtp().orElseThrow().authentication());
			assertTrue(preset.imap().orElseThrow().authentication().isEmpty());
		} finally {
			tracker.close();
		}
	}
}
