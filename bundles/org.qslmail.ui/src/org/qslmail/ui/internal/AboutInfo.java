package org.qslmail.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** The facts the About dialog shows: product version, runtime and where the data lives. */
record AboutInfo(Version version, String java, String system, String dataFolder) {

	static AboutInfo ofRunningProduct() {
		Version version = FrameworkUtil.getBundle(AboutInfo.class).getVersion();
		String java = System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String system = System.getProperty("os.name") + " " + System.getProperty("os.version") + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ System.getProperty("os.arch") + ", " + Platform.getNL(); //$NON-NLS-1$ //$NON-NLS-2$
		Location instance = Platform.getInstanceLocation();
		String data = instance == null || instance.getURL() == null ? "" : instance.getURL().getPath(); //$NON-NLS-1$
		return new AboutInfo(version, java, system, data);
	}

	String versionLine() {
		String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
		return NLS.bind(Messages.AboutDialog_version, release, version.getQualifier());
	}

	/** Plain text for a support request, in the user's language. */
	String details() {
		return String.join(System.lineSeparator(), Messages.Product_name + " " + version, //$NON-NLS-1$
				NLS.bind(Messages.AboutDialog_java, java), NLS.bind(Messages.AboutDialog_system, system),
				NLS.bind(Messages.AboutDialog_dataFolder, dataFolder));
	}
}
