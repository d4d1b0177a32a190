package org.qslmail.mail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.MailResult;
import org.qslmail.mail.MailService;
import org.qslmail.mail.SmtpSettings;
import org.qslmail.mail.Security;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/** Runs in the OSGi test runtime: Declarative Services publishes the mail service, and it sends. */
class MailServiceWiringTest {

	@Test
	void serviceIsPublishedAndSendsInsideOsgi() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(MailServiceImpl.class);
		assertNotNull(bundle, "the test must run inside OSGi");
		if (bundle.getState() != Bundle.ACTIVE) {
			bundle.start(Bundle.START_TRANSIENT);
		}
		BundleContext context = bundle.getBundleContext();
		ServiceTracker<MailService, MailService> tracker = new ServiceTracker<>(context, MailService.class, null);
		tracker.open();
		GreenMail greenMail = AngusContext.call(() -> {
			GreenMail g = new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] { ServerSetupTest.SMTP }));
			g.start();
			return g;
		});
		try {
			MailService service = tracker.waitForService(30_000);
			assertNotNull(service, "Declarative Services did not publish the mail service");
			assertEquals("org.qslmail.mail.internal.MailServiceImpl", tracker.getServiceReference().getProperty("component.name"));
			// A send check builds a MIME message through Jakarta Mail: proves Angus is found inside OSGi.
			MailResult r = service.sendCheck(GreenMailTest.account(
					new SmtpSettings("127.0.0.1", greenMail.getSmtp().getPort(), Security.NONE, AuthMethod.NONE), null, null,
					"x", Duration.ofSeconds(10)), null);
			assertTrue(r.ok(), r::toString);
			assertEquals(1, greenMail.getReceivedMessages().length);
		} finally {
			greenMail.stop();
			tracker.close();
		}
	}
}
