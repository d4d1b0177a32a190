package org.qslmail.presets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.service.datalocation.Location;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.util.tracker.ServiceTracker;
import org.qslmail.presets.PresetProblem;
import org.qslmail.presets.PresetRegistry;
import org.qslmail.presets.PresetSource;
import org.qslmail.presets.ProviderPreset;
import org.qslmail.presets.Security;

/**
 * The registry service in the running framework: plug-ins with good and broken contributions are
 * installed and removed while it runs, and autoconfig files are read from the configured folder.
 */
class PresetRegistryTest {

	private static final long DEADLINE_MILLIS = 30_000;

	private BundleContext context;
	private ServiceTracker<PresetRegistry, PresetRegistry> tracker;
	private final List<Bundle> installed = new ArrayList<>();

	@TempDir
	Path folder;

	@BeforeEach
	void open() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(ProviderPresetRegistry.class);
		if (bundle.getState() != Bundle.ACTIVE) {
			bundle.start(Bundle.START_TRANSIENT);
		}
		context = bundle.getBundleContext();
		tracker = new ServiceTracker<>(context, PresetRegistry.class, null);
		tracker.open();
	}

	@AfterEach
	void close() throws Exception {
		for (Bundle bundle : installed) {
			bundle.uninstall();
		}
		InstanceScope.INSTANCE.getNode(ProviderPresetRegistry.PREFERENCE_NODE)
				.remove(ProviderPresetRegistry.PREF_AUTOCONFIG_FOLDER);
		tracker.close();
	}

	private PresetRegistry registry() throws InterruptedException {
		PresetRegistry registry = tracker.waitForService(DEADLINE_MILLIS);
		assertNotNull(registry, "Declarative Services did not publish the preset registry");
		return registry;
	}

	/** Installs a plug-in made of a manifest and the given plugin.xml, and resolves it. */
	private Bundle install(String symbolicName, String extensions) throws Exception {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", symbolicName + ";singleton:=true");
		main.putValue("Bundle-Version", "1.0.0");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
			jar.putNextEntry(new JarEntry("plugin.xml"));
			jar.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><?eclipse version=\"3.4\"?><plugin>"
					+ "<extension point=\"org.qslmail.presets.providers\">" + extensions + "</extension></plugin>")
					.getBytes(StandardCharsets.UTF_8));
		}
		Bundle bundle = context.installBundle("test:" + symbolicName, new ByteArrayInputStream(bytes.toByteArray()));
		installed.add(bundle);
		assertTrue(context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(bundle)),
				"the test plug-in resolves");
		return bundle;
	}

	private static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.currentTimeMillis() + DEADLINE_MILLIS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("timed out waiting until " + what);
			}
			Thread.sleep(20); // registry events are delivered on the registry's own thread
		}
	}

	@Test
	void contributionIsReadAndFollowsThePlugInComingAndGoing() throws Exception {
		PresetRegistry registry = registry();
		Bundle plugIn = install("test.presets.good", """
				<provider id="test.example" name="Example Mail" userName="fullAddress">
				  <domain name="example.jp"/>
				  <smtp host="smtp.%EMAILDOMAIN%" port="587" security="starttls" authentication="plain"/>
				  <pop3 host="pop.example.jp" port="995" security="ssl" apop="false"/>
				  <note text="Enable POP first." url="https://example.jp/help"/>
				</provider>
				""");
		waitUntil("the contribution is read", () -> registry.preset("test.example").isPresent());

		ProviderPreset preset = registry.preset("test.example").orElseThrow();
		assertEquals(new PresetSource(PresetSource.Kind.PLUG_IN, "test.presets.good"), preset.source());
		assertEquals(Optional.of("smtp.example.jp"), preset.smtp().orElseThrow().host("ja1abc@example.jp"));
		assertEquals(OptionalInt.of(587), preset.smtp().orElseThrow().port());
		assertEquals(Optional.of(Security.STARTTLS), preset.smtp().orElseThrow().security());
		assertEquals("Enable POP first.", preset.notes().get(0).text());
		assertEquals(Optional.of(preset), registry.forAddress("JA1ABC@Example.JP"));

		plugIn.uninstall();
		installed.remove(plugIn);
		waitUntil("the contribution is gone", () -> registry.preset("test.example").isEmpty());
		assertTrue(registry.forAddress("ja1abc@example.jp").isEmpty());
	}

	@Test
	void brokenContributionIsReportedWithItsContributorAndHidesNothing() throws Exception {
		PresetRegistry registry = registry();
		install("test.presets.mixed", """
				<provider id="test.broken" name="Broken"><domain name="broken.jp"/>
				  <smtp host="smtp.broken.jp" port="seventy"/></provider>
				<provider id="test.fine" name="Fine"><domain name="fine.jp"/></provider>
				<provider id="test.fine" name="Fine again"><domain name="fine2.jp"/></provider>
				<provider id="test.badsecurity" name="Bad security"><pop3 security="tls"/></provider>
				""");
		waitUntil("the fine preset is read", () -> registry.preset("test.fine").isPresent());
		assertEquals("Fine", registry.preset("test.fine").orElseThrow().name());
		assertTrue(registry.preset("test.broken").isEmpty());
		assertTrue(registry.preset("test.badsecurity").isEmpty());

		List<PresetProblem> ours = registry.problems().stream()
				.filter(p -> p.source().contributor().equals("test.presets.mixed")).toList();
		assertEquals(3, ours.size(), ours.toString());
		assertTrue(ours.stream().anyMatch(p -> p.message().contains("test.broken") && p.message().contains("seventy")),
				ours.toString());
		assertTrue(ours.stream().anyMatch(p -> p.message().contains("\"test.fine\"")), ours.toString());
		assertTrue(ours.stream().anyMatch(p -> p.message().contains("\"tls\"")), ours.toString());
	}

	@Test
	void autoconfigFilesOfTheConfiguredFolderAreRead() throws Exception {
		PresetRegistry registry = registry();
		Files.writeString(folder.resolve("biglobe.xml"), AutoconfigReaderTest.BIGLOBE);
		Files.writeString(folder.resolve("broken.xml"), "<clientConfig>");
		Files.writeString(folder.resolve("ignored.txt"), "not xml, not read");
		InstanceScope.INSTANCE.getNode(ProviderPresetRegistry.PREFERENCE_NODE)
				.put(ProviderPresetRegistry.PREF_AUTOCONFIG_FOLDER, folder.toString());

		waitUntil("the folder is read", () -> registry.preset("biglobe.ne.jp").isPresent());
		ProviderPreset preset = registry.preset("biglobe.ne.jp").orElseThrow();
		assertEquals(PresetSource.Kind.AUTOCONFIG_FILE, preset.source().kind());
		assertEquals(Optional.of(preset), registry.forAddress("ja1abc@biglobe.ne.jp"));
		assertTrue(registry.problems().stream()
				.anyMatch(p -> p.source().contributor().equals(folder.resolve("broken.xml").toString())),
				registry.problems().toString());
	}

	@Test
	void defaultFolderIsPresetsInTheDataFolder() throws Exception {
		ProviderPresetRegistry implementation = (ProviderPresetRegistry) registry();
		Location instance = context.getService(
				context.getServiceReferences(Location.class, "(type=osgi.instance.area)")
						.iterator().next());
		Path expected = Path.of(instance.getURL().toURI()).resolve(ProviderPresetRegistry.DEFAULT_FOLDER);
		assertEquals(Optional.of(expected), implementation.autoconfigFolder());
	}

	@Test
	void addressWithoutDomainMatchesNothing() throws Exception {
		assertTrue(registry().forAddress("no-at-sign").isEmpty());
	}

	@Test
	void aPresetPublishedAsAServiceIsListedWhileTheServiceIsThere() throws Exception {
		PresetRegistry registry = registry();
		ProviderPreset local = new ProviderPreset("test.service", "Local test server", List.of("local.invalid"),
				Optional.of(new org.qslmail.presets.ServerPreset(org.qslmail.presets.Protocol.SMTP, Optional.of("127.0.0.1"),
						OptionalInt.of(40025), Optional.of(Security.NONE), Optional.empty(), false)),
				Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
				new PresetSource(PresetSource.Kind.PLUG_IN, "org.qslmail.presets.tests"));
		var registration = context.registerService(ProviderPreset.class, local, null);
		try {
			waitUntil("the service preset is listed", () -> registry.preset("test.service").isPresent());
			assertEquals(Optional.of(local), registry.forAddress("ja1abc@local.invalid"));
			assertEquals(OptionalInt.of(40025), registry.preset("test.service").get().smtp().get().port());
		} finally {
			registration.unregister();
		}
		waitUntil("the service preset is gone", () -> registry.preset("test.service").isEmpty());
	}
}
