package org.qslmail.directory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.qslmail.directory.DirectoryLocation;

/** The configured location: the user's preference first, else the deployment default; nonsense is "none". */
class ConfiguredDirectoryLocationTest {

	private final ConfiguredDirectoryLocation location = new ConfiguredDirectoryLocation();

	@AfterEach
	void clear() {
		InstanceScope.INSTANCE.getNode(ConfiguredDirectoryLocation.NODE).remove(ConfiguredDirectoryLocation.URL);
		DefaultScope.INSTANCE.getNode(ConfiguredDirectoryLocation.NODE).remove(ConfiguredDirectoryLocation.URL);
	}

	@Test
	void nothingConfiguredMeansNoDirectory() {
		assertEquals(Optional.empty(), location.uri());
		assertFalse(location.sandbox());
	}

	@Test
	void theDeploymentDefaultIsUsedUntilTheUserSetsOne() {
		DefaultScope.INSTANCE.getNode(ConfiguredDirectoryLocation.NODE).put(ConfiguredDirectoryLocation.URL,
				"https://directory.example.org/");
		assertEquals(Optional.of(URI.create("https://directory.example.org/")), location.uri());
		InstanceScope.INSTANCE.getNode(ConfiguredDirectoryLocation.NODE).put(ConfiguredDirectoryLocation.URL,
				" http://127.0.0.1:8025/ ");
		assertEquals(Optional.of(URI.create("http://127.0.0.1:8025/")), location.uri());
	}

	@Test
	void onlyAbsoluteHttpUrisCount() {
		assertEquals(Optional.empty(), ConfiguredDirectoryLocation.parse("directory.example.org"));
		assertEquals(Optional.empty(), ConfiguredDirectoryLocation.parse("ftp://directory.example.org/"));
		assertEquals(Optional.empty(), ConfiguredDirectoryLocation.parse("http://bad host/"));
		assertEquals(Optional.empty(), ConfiguredDirectoryLocation.parse("  "));
	}

	@Test
	void declarativeServicesPublishesItWithRankingZero() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(ConfiguredDirectoryLocation.class);
		if (bundle.getState() != Bundle.ACTIVE) {
			bundle.start(Bundle.START_TRANSIENT);
		}
		ServiceTracker<DirectoryLocation, DirectoryLocation> tracker = new ServiceTracker<>(bundle.getBundleContext(),
				DirectoryLocation.class, null);
		tracker.open();
		try {
			assertNotNull(tracker.waitForService(30_000), "no DirectoryLocation service");
			ServiceReference<DirectoryLocation> reference = tracker.getServiceReference();
			assertEquals(0, reference.getProperty("service.ranking"));
			assertEquals(ConfiguredDirectoryLocation.class.getName(), reference.getProperty("component.name"));
		} finally {
			tracker.close();
		}
	}
}
