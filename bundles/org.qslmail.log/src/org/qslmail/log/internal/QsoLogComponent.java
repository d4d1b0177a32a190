package org.qslmail.log.internal;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.qslmail.log.LogException;
import org.qslmail.log.QsoLogService;
import org.qslmail.log.QsoStore;

/**
 * The QSO log of the instance area ({@code <instance area>/log/qso.sqlite}), opened on first use and closed when
 * the component goes away. The system property {@code qslmail.log.db} (a path without {@code .sqlite}) replaces
 * the location, for scripts and tests.
 */
@Component(service = QsoLogService.class)
public final class QsoLogComponent implements QsoLogService {

	/** Overrides the store's path. */
	public static final String PATH_PROPERTY = "qslmail.log.db"; //$NON-NLS-1$

	private QsoStore store;

	@Override
	public synchronized QsoStore store() throws LogException {
		if (store == null) {
			store = QsoStore.open(location());
		}
		return store;
	}

	private static Path location() throws LogException {
		String override = System.getProperty(PATH_PROPERTY);
		if (override != null && !override.isBlank()) {
			return Path.of(override);
		}
		Location instance = Platform.getInstanceLocation();
		URL url = instance == null ? null : instance.getURL();
		if (url == null) {
			throw new LogException(Messages.QsoLogComponent_noInstanceArea);
		}
		try {
			return Path.of(url.toURI()).resolve("log").resolve("qso"); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (URISyntaxException | IllegalArgumentException e) {
			// Equinox gives file: URLs with unencoded spaces.
			return Path.of(url.getPath()).resolve("log").resolve("qso"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Deactivate
	synchronized void deactivate() {
		if (store != null) {
			store.close();
			store = null;
		}
	}
}
