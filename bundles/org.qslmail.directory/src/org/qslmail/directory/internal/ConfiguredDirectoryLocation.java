package org.qslmail.directory.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.component.annotations.Component;
import org.qslmail.directory.DirectoryLocation;

/**
 * The configured directory: preference {@code url} of node {@code org.qslmail.directory}, read at every call
 * from the instance scope (the user's setting) and else from the default scope (what a deployment sets in
 * {@code plugin_customization.ini}: {@code org.qslmail.directory/url=https://directory.example.org/}). Ranking 0,
 * so the sandbox's location (higher ranking) wins while the sandbox runs.
 */
@Component(service = DirectoryLocation.class, property = "service.ranking:Integer=0")
public final class ConfiguredDirectoryLocation implements DirectoryLocation {

	public static final String NODE = "org.qslmail.directory"; //$NON-NLS-1$
	public static final String URL = "url"; //$NON-NLS-1$

	@Override
	public Optional<URI> uri() {
		String value = InstanceScope.INSTANCE.getNode(NODE).get(URL, null);
		if (value == null || value.isBlank()) {
			value = DefaultScope.INSTANCE.getNode(NODE).get(URL, null);
		}
		return parse(value);
	}

	/** An absolute http or https URI, else empty. */
	static Optional<URI> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			URI uri = new URI(value.strip());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) { //$NON-NLS-1$ //$NON-NLS-2$
				return Optional.of(uri);
			}
		} catch (URISyntaxException e) {
			// not a URI: treated as not configured
		}
		return Optional.empty();
	}

	@Override
	public boolean sandbox() {
		return false;
	}
}
