package org.qslmail.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;
import org.qslmail.cli.CliCommand;
import org.qslmail.cli.ExitCode;

/**
 * Runs in the OSGi test runtime: Declarative Services must publish the dispatcher and bind
 * command services as they come and go, as the later bundles' commands will.
 */
class CommandServiceWiringTest {

	private BundleContext context;
	private ServiceTracker<CommandDispatcher, CommandDispatcher> tracker;
	private ServiceRegistration<CliCommand> registration;

	@BeforeEach
	void openTracker() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(CommandDispatcher.class);
		assertNotNull(bundle, "the test must run inside OSGi");
		if (bundle.getState() != Bundle.ACTIVE) {
			bundle.start(Bundle.START_TRANSIENT);
		}
		context = bundle.getBundleContext();
		tracker = new ServiceTracker<>(context, CommandDispatcher.class, null);
		tracker.open();
	}

	@AfterEach
	void closeTracker() {
		if (registration != null) {
			registration.unregister();
		}
		tracker.close();
	}

	private CommandDispatcher dispatcher() throws InterruptedException {
		// Bounded wait: SCR activates the component asynchronously after the bundle starts.
		CommandDispatcher dispatcher = tracker.waitForService(30_000);
		assertNotNull(dispatcher, "Declarative Services did not publish the command dispatcher");
		return dispatcher;
	}

	@Test
	void dispatcherIsPublishedByDeclarativeServices() throws Exception {
		dispatcher();
		ServiceReference<CommandDispatcher> reference = tracker.getServiceReference();
		assertEquals("org.qslmail.cli.internal.CommandDispatcher", reference.getProperty("component.name"));
	}

	@Test
	void commandServiceIsBoundAndUnboundDynamically() throws Exception {
		CommandDispatcher dispatcher = dispatcher();
		CommandDispatcherTest.RecordingCommand command = new CommandDispatcherTest.RecordingCommand("wiring-probe");
		// SCR binds dynamic references synchronously while the service event is delivered.
		registration = context.registerService(CliCommand.class, command, null);
		assertTrue(dispatcher.commandNames().contains("wiring-probe"), dispatcher.commandNames().toString());

		StringWriter out = new StringWriter();
		int code = dispatcher.execute(List.of("wiring-probe", "JA1ABC"), new PrintWriter(out, true),
				new PrintWriter(new StringWriter(), true));
		assertEquals(ExitCode.OK, code);
		assertEquals(List.of(List.of("JA1ABC")), command.calls);

		registration.unregister();
		registration = null;
		assertFalse(dispatcher.commandNames().contains("wiring-probe"), dispatcher.commandNames().toString());
	}
}
