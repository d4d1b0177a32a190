package org.qslmail.sandbox.internal;

import java.io.IOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.service.environment.EnvironmentInfo;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.qslmail.directory.DirectoryLocation;
import org.qslmail.directory.server.PasswordHashing;
import org.qslmail.mail.MailService;
import org.qslmail.presets.ProviderPreset;
import org.qslmail.sandbox.Sandbox;

/**
 * Starts the sandbox when it is asked for (system property {@code qslmail.sandbox=true}, program argument
 * {@code -sandbox}, or preference {@code org.qslmail.sandbox/enabled=true}; {@code -Dqslmail.sandbox=false}
 * wins over the preference) and publishes, while it runs, the {@link Sandbox} service, the sandbox
 * {@link DirectoryLocation} (ranking {@value SandboxLocation#RANKING}) and the sandbox {@link ProviderPreset}.
 * These services exist only while the servers run, so they are registered here rather than declared. Stops
 * the servers when the bundle stops (the application ends).
 */
@Component(immediate = true)
public final class SandboxRunner {

	private static final Logger LOG = Logger.getLogger(SandboxRunner.class.getName());
	/** The folder in the data folder (instance area) with the sandbox directory's database. */
	static final String FOLDER = "sandbox"; //$NON-NLS-1$
	/** In the sandbox folder while it runs: the ports in use, for commands and scripts (docs/sandbox.md). */
	static final String SERVERS_FILE = "servers.properties"; //$NON-NLS-1$
	private static final String CLI_APPLICATION = "org.qslmail.cli.app"; //$NON-NLS-1$

	private MailService mail;
	private Location instanceLocation;
	private EnvironmentInfo environment;
	private LocalSandbox running;
	private Path serversFile;
	private Thread shutdownHook;
	private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

	@Reference
	void setMailService(MailService service) {
		this.mail = service;
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, target = "(type=osgi.instance.area)")
	void setInstanceLocation(Location location) {
		this.instanceLocation = location;
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL)
	void setEnvironmentInfo(EnvironmentInfo info) {
		this.environment = info;
	}

	@Activate
	void activate(BundleContext context) {
		if (CLI_APPLICATION.equals(context.getProperty("eclipse.application"))) { //$NON-NLS-1$
			// Commands are short-lived; they reach a running window's sandbox with --server (docs/sandbox.md).
			return;
		}
		String[] arguments = environment == null ? new String[0] : environment.getNonFrameworkArgs();
		if (!requested(System::getProperty, arguments, preference())) {
			return;
		}
		Path folder = folder();
		try {
			running = LocalSandbox.start(folder, mail, true, new PasswordHashing());
		} catch (Exception e) {
			LOG.log(Level.WARNING, NLS.bind(Messages.Sandbox_startFailed, e.getMessage()), e);
			return;
		}
		publish(context, running);
		serversFile = folder.resolve(SERVERS_FILE);
		writeServers(serversFile, running);
		// A SIGTERM ends the process without stopping the framework: the servers stop with it all the same.
		shutdownHook = new Thread(this::stopServers, "qslmail sandbox shutdown"); //$NON-NLS-1$
		Runtime.getRuntime().addShutdownHook(shutdownHook);
		LOG.info(NLS.bind(Messages.Sandbox_started, new Object[] { running.smtpPort(), running.pop3Port(),
				running.imapPort(), running.directory() }));
	}

	/** Registers the sandbox, its directory location and its preset. */
	void publish(BundleContext context, LocalSandbox sandbox) {
		registrations.add(context.registerService(Sandbox.class, sandbox, null));
		Hashtable<String, Object> ranked = new Hashtable<>();
		ranked.put(Constants.SERVICE_RANKING, SandboxLocation.RANKING);
		ranked.put("sandbox", Boolean.TRUE); //$NON-NLS-1$
		registrations.add(context.registerService(DirectoryLocation.class, new SandboxLocation(sandbox.directory()), ranked));
		registrations.add(context.registerService(ProviderPreset.class, SandboxPreset.of(sandbox), null));
	}

	@Deactivate
	void deactivate() {
		for (ServiceRegistration<?> registration : registrations) {
			try {
				registration.unregister();
			} catch (IllegalStateException e) {
				// already gone with the bundle
			}
		}
		registrations.clear();
		if (shutdownHook != null) {
			try {
				Runtime.getRuntime().removeShutdownHook(shutdownHook);
			} catch (IllegalStateException e) {
				// the JVM is shutting down; the hook stops the servers
			}
			shutdownHook = null;
		}
		stopServers();
	}

	/** Stops the servers and removes the servers file; does nothing the second time. */
	private synchronized void stopServers() {
		if (serversFile != null) {
			try {
				Files.deleteIfExists(serversFile);
			} catch (IOException e) {
				// only information for other programs
			}
			serversFile = null;
		}
		if (running != null) {
			running.close();
			running = null;
		}
	}

	/** Writes {@code host}, {@code smtp}, {@code pop3}, {@code imap} and {@code directory} (a URL) to {@code file}. */
	static void writeServers(Path file, Sandbox sandbox) {
		Properties p = new Properties();
		p.setProperty("host", sandbox.host()); //$NON-NLS-1$
		p.setProperty("smtp", Integer.toString(sandbox.smtpPort())); //$NON-NLS-1$
		p.setProperty("pop3", Integer.toString(sandbox.pop3Port())); //$NON-NLS-1$
		p.setProperty("imap", Integer.toString(sandbox.imapPort())); //$NON-NLS-1$
		p.setProperty("directory", sandbox.directory().toString()); //$NON-NLS-1$
		p.setProperty("domain", Sandbox.DOMAIN); //$NON-NLS-1$
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			p.store(w, "QSL Mail sandbox servers (deleted when the sandbox stops)"); //$NON-NLS-1$
		} catch (IOException e) {
			LOG.log(Level.WARNING, file.toString(), e);
		}
	}

	/** The preference {@code org.qslmail.sandbox/enabled}: the user's, else the deployment default; null when unset. */
	private static String preference() {
		String value = InstanceScope.INSTANCE.getNode(Sandbox.PREFERENCE_NODE).get(Sandbox.PREFERENCE_ENABLED, null);
		return value != null ? value
				: DefaultScope.INSTANCE.getNode(Sandbox.PREFERENCE_NODE).get(Sandbox.PREFERENCE_ENABLED, null);
	}

	/** Whether the sandbox is asked for: the system property decides when set, then the argument, then the preference. */
	static boolean requested(Function<String, String> systemProperties, String[] arguments, String preference) {
		String property = systemProperties.apply(Sandbox.PROPERTY);
		if (property != null && !property.isBlank()) {
			return Boolean.parseBoolean(property.strip());
		}
		if (arguments != null && Arrays.asList(arguments).contains(Sandbox.ARGUMENT)) {
			return true;
		}
		return preference != null && Boolean.parseBoolean(preference.strip());
	}

	private Path folder() {
		URL url = instanceLocation == null ? null : instanceLocation.getURL();
		if (url == null || !"file".equals(url.getProtocol())) { //$NON-NLS-1$
			return Path.of(System.getProperty("user.home"), ".qslmail", FOLDER); //$NON-NLS-1$ //$NON-NLS-2$
		}
		try {
			return Path.of(url.toURI()).resolve(FOLDER);
		} catch (URISyntaxException | IllegalArgumentException e) {
			return Path.of(url.getPath()).resolve(FOLDER);
		}
	}
}
