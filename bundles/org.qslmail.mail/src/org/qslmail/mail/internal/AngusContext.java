package org.qslmail.mail.internal;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.angus.activation.MailcapRegistryProviderImpl;
import org.eclipse.angus.mail.util.MailStreamProvider;

/**
 * The one place where Jakarta Mail is called: sets the thread context class loader to a loader that sees
 * the Angus Mail and Angus Activation bundles, so their {@code META-INF/services} providers are found
 * inside OSGi without depending on the service-loader mediator (BUILD-NOTES pitfall 9).
 */
public final class AngusContext {

	/** An action calling Jakarta Mail. */
	@FunctionalInterface
	public interface Action<T, E extends Exception> {
		T run() throws E;
	}

	private static final ClassLoader LOADER = new ProvidersLoader(AngusContext.class.getClassLoader(),
			List.of(MailStreamProvider.class.getClassLoader(), MailcapRegistryProviderImpl.class.getClassLoader()));

	public static <T, E extends Exception> T call(Action<T, E> action) throws E {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(LOADER);
		try {
			return action.run();
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	private static final class ProvidersLoader extends ClassLoader {
		private final List<ClassLoader> providers;

		ProvidersLoader(ClassLoader parent, List<ClassLoader> providers) {
			super(parent);
			this.providers = providers;
		}

		@Override
		protected Class<?> findClass(String name) throws ClassNotFoundException {
			for (ClassLoader loader : providers) {
				try {
					return loader.loadClass(name);
				} catch (ClassNotFoundException e) {
					// try the next bundle
				}
			}
			throw new ClassNotFoundException(name);
		}

		@Override
		protected URL findResource(String name) {
			for (ClassLoader loader : providers) {
				URL url = loader.getResource(name);
				if (url != null) {
					return url;
				}
			}
			return null;
		}

		@Override
		protected Enumeration<URL> findResources(String name) throws IOException {
			List<URL> urls = new ArrayList<>();
			for (ClassLoader loader : providers) {
				urls.addAll(Collections.list(loader.getResources(name)));
			}
			return Collections.enumeration(urls);
		}
	}

	private AngusContext() {
	}
}
