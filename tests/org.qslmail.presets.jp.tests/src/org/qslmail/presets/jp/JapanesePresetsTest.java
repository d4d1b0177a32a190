package org.qslmail.presets.jp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.qslmail.presets.PresetRegistry;
import org.qslmail.presets.PresetSource;
import org.qslmail.presets.ProviderPreset;
import org.qslmail.presets.Security;
import org.qslmail.presets.UserNameForm;

/** The presets of hQSL's easy setup, read through the extension point like any third party's. */
class JapanesePresetsTest {

	private static ServiceTracker<PresetRegistry, PresetRegistry> tracker;
	private static PresetRegistry registry;

	@BeforeAll
	static void open() throws Exception {
		var context = FrameworkUtil.getBundle(PresetRegistry.class).getBundleContext();
		if (context == null) {
			FrameworkUtil.getBundle(PresetRegistry.class).start();
			context = FrameworkUtil.getBundle(PresetRegistry.class).getBundleContext();
		}
		tracker = new ServiceTracker<>(context, PresetRegistry.class, null);
		tracker.open();
		registry = tracker.waitForService(30_000);
		assertNotNull(registry, "the preset registry service is published");
	}

	@AfterAll
	static void close() {
		tracker.close();
	}

	@Test
	void allProvidersOfTheEasySetupAreThereWithoutProblems() {
		List<String> ids = registry.presets().stream()
				.filter(p -> p.source().contributor().equals("org.qslmail.presets.jp")).map(ProviderPreset::id)
				.sorted().toList();
		assertEquals(List.of("jp.biglobe", "jp.eonet", "jp.gmail", "jp.nifty", "jp.ocn", "jp.other", "jp.plala",
				"jp.sakura", "jp.so-net", "jp.yahoo"), ids);
		assertTrue(registry.problems().stream()
				.noneMatch(p -> p.source().contributor().equals("org.qslmail.presets.jp")), registry.problems()
						.toString());
		assertEquals(PresetSource.Kind.PLUG_IN, registry.preset("jp.ocn").orElseThrow().source().kind());
	}

	@ParameterizedTest
	@CsvSource({ "ja1abc@biglobe.ne.jp, jp.biglobe", "JA1ABC@Gmail.com, jp.gmail", "x@googlemail.com, jp.gmail",
			"x@aa2.so-net.ne.jp, jp.so-net", "x@abc.plala.or.jp, jp.plala", "x@ocn.ad.jp, jp.ocn",
			"x@example.sakura.ne.jp, jp.sakura", "x@yahoo.co.jp, jp.yahoo", "x@eonet.ne.jp, jp.eonet" })
	void addressFindsItsProvider(String address, String id) {
		assertEquals(id, registry.forAddress(address).orElseThrow().id());
	}

	@Test
	void unknownDomainHasNoPresetAndOtherIsNeverPickedByAddress() {
		assertTrue(registry.forAddress("ja1abc@unknown-provider.example").isEmpty());
		assertTrue(registry.preset("jp.other").orElseThrow().domains().isEmpty());
	}

	@Test
	void documentedValuesAreThereAndUnknownOnesAreLeftOut() {
		ProviderPreset biglobe = registry.preset("jp.biglobe").orElseThrow();
		assertEquals(Optional.of("mail.biglobe.ne.jp"), biglobe.smtp().orElseThrow().hostTemplate());
		assertEquals(OptionalInt.of(465), biglobe.smtp().orElseThrow().port());
		assertEquals(Optional.of(Security.SSL_TLS), biglobe.pop3().orElseThrow().security());
		assertEquals(Optional.of(UserNameForm.FULL_ADDRESS), biglobe.userNameForm());

		ProviderPreset yahoo = registry.preset("jp.yahoo").orElseThrow();
		assertEquals("ja1abc", yahoo.userNameForm().orElseThrow().userName("ja1abc@yahoo.co.jp"));

		for (String unknown : List.of("jp.so-net", "jp.eonet", "jp.plala")) {
			ProviderPreset preset = registry.preset(unknown).orElseThrow();
			assertTrue(preset.smtp().isEmpty() && preset.pop3().isEmpty() && preset.imap().isEmpty(), unknown);
			assertTrue(!preset.notes().isEmpty(), unknown + " tells the user that detection takes over");
		}
		ProviderPreset nifty = registry.preset("jp.nifty").orElseThrow();
		assertTrue(nifty.pop3().orElseThrow().apop());
		assertTrue(nifty.pop3().orElseThrow().port().isEmpty(), "sources disagree on the POP3 port");
		assertTrue(nifty.smtp().orElseThrow().security().isEmpty(), "STARTTLS on 587 is not documented");

		ProviderPreset sakura = registry.preset("jp.sakura").orElseThrow();
		assertEquals(Optional.of("jq1xyz.sakura.ne.jp"), sakura.smtp().orElseThrow().host("ja1abc@jq1xyz.sakura.ne.jp"));
	}

	@Test
	void namesAndNotesAreTranslatedForTheRunningLanguage() {
		// Tests run with -nl en.
		assertEquals("Yahoo! JAPAN Mail", registry.preset("jp.yahoo").orElseThrow().name());
		assertTrue(registry.preset("jp.gmail").orElseThrow().notes().get(0).text().startsWith("Enable POP"));
	}
}
