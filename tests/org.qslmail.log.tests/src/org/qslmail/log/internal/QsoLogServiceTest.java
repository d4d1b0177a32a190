package org.qslmail.log.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.qslmail.log.QsoLogService;
import org.qslmail.log.QsoStore;

/** Declarative Services publishes the log service, which opens the store under the instance area. */
class QsoLogServiceTest {

	@Test
	void serviceOpensTheStoreInTheInstanceArea() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(QsoLogComponent.class);
		assertNotNull(bundle, "the test must run inside OSGi");
		if (bundle.getState() != Bundle.ACTIVE) {
			bundle.start(Bundle.START_TRANSIENT);
		}
		ServiceTracker<QsoLogService, QsoLogService> tracker = new ServiceTracker<>(bundle.getBundleContext(),
				QsoLogService.class, null);
		tracker.open();
		try {
			QsoLogService service = tracker.waitForService(30_000);
			assertNotNull(service, "Declarative Services did not publish the QSO log service");
			QsoStore store = service.store();
			Path instance = Path.of(Platform.getInstanceLocation().getURL().toURI());
			assertEquals(instance.resolve("log").resolve("qso"), store.path());
			assertTrue(Files.exists(instance.resolve("log").resolve("qso.sqlite")));
			assertEquals(Schema.CURRENT, store.schemaVersion());
		} finally {
			tracker.close();
		}
	}
}
