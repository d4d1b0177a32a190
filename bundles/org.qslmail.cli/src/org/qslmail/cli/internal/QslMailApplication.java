package org.qslmail.cli.internal;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Arrays;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.qslmail.cli.ExitCode;

/**
 * The headless application {@code org.qslmail.cli.app}: what the {@code qslmail} launcher
 * starts when it is given arguments. The returned Integer becomes the process exit code.
 */
public final class QslMailApplication implements IApplication {

	// Declarative Services activates the dispatcher right after this bundle starts; this only bounds a broken install.
	private static final long SERVICE_WAIT_MILLIS = 30_000;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		PrintWriter out = console(System.out, "stdout.encoding"); //$NON-NLS-1$
		PrintWriter err = console(System.err, "stderr.encoding"); //$NON-NLS-1$
		BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
		ServiceTracker<CommandDispatcher, CommandDispatcher> tracker = new ServiceTracker<>(bundleContext,
				CommandDispatcher.class, null);
		tracker.open();
		try {
			CommandDispatcher dispatcher = tracker.waitForService(SERVICE_WAIT_MILLIS);
			if (dispatcher == null) {
				err.println(Messages.QslMailApplication_noDispatcher);
				return ExitCode.FAILED;
			}
			return dispatcher.execute(Arrays.asList(arguments == null ? new String[0] : arguments), out, err);
		} finally {
			tracker.close();
			out.flush();
			err.flush();
		}
	}

	@Override
	public void stop() {
		// Commands are short-lived and end with the process.
	}

	private static PrintWriter console(PrintStream stream, String encodingProperty) {
		String encoding = System.getProperty(encodingProperty);
		Charset charset = encoding == null ? Charset.defaultCharset() : Charset.forName(encoding);
		return new PrintWriter(new OutputStreamWriter(stream, charset), true);
	}
}
