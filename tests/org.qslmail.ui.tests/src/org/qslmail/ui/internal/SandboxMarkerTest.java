package org.qslmail.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.qslmail.sandbox.Sandbox;
import org.qslmail.tests.util.ui.UiThread;

/** While a sandbox service is there, the window's title and status line say so; afterwards they do not. */
class SandboxMarkerTest {

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	private static IContributionItem statusItem() {
		return ((org.eclipse.ui.internal.WorkbenchWindow) window()).getStatusLineManager().find(SandboxMarker.STATUS_ITEM_ID);
	}

	@Test
	void theWindowIsMarkedWhileTheSandboxRuns() throws Exception {
		Sandbox fake = new Sandbox() {
			@Override
			public String host() {
				return "127.0.0.1";
			}

			@Override
			public int smtpPort() {
				return 3025;
			}

			@Override
			public int pop3Port() {
				return 3110;
			}

			@Override
			public int imapPort() {
				return 3143;
			}

			@Override
			public URI directory() {
				return URI.create("http://127.0.0.1:3073/");
			}
		};
		ServiceRegistration<Sandbox> registration = FrameworkUtil.getBundle(SandboxMarkerTest.class).getBundleContext()
				.registerService(Sandbox.class, fake, null);
		try {
			UiThread.waitFor("the sandbox title", () -> "QSL Mail \u2014 Sandbox".equals(window().getShell().getText()) ? "" : null);
			IContributionItem item = UiThread.call(SandboxMarkerTest::statusItem);
			assertNotNull(item, "the status line has the sandbox item");
			assertEquals(Boolean.TRUE, UiThread.call(item::isVisible));
			assertEquals("Sandbox \u2014 this computer only", Messages.Sandbox_status);
		} finally {
			registration.unregister();
		}
		UiThread.waitFor("the plain title", () -> "QSL Mail".equals(window().getShell().getText()) ? "" : null);
		assertEquals(Boolean.FALSE, UiThread.call(() -> statusItem().isVisible()));
	}
}
