package org.qslmail.cli.internal;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** What {@code qslmail --version} prints: the product version and the Java runtime it runs on. */
record ProductVersion(Version version) {

	static ProductVersion ofRunningProduct() {
		Bundle bundle = FrameworkUtil.getBundle(ProductVersion.class);
		return new ProductVersion(bundle == null ? Version.emptyVersion : bundle.getVersion());
	}

	String describe() {
		String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
		return NLS.bind(Messages.ProductVersion_line, new Object[] { release, version.getQualifier(),
				System.getProperty("java.version"), System.getProperty("java.vendor"), //$NON-NLS-1$ //$NON-NLS-2$
				System.getProperty("os.name"), System.getProperty("os.arch") }); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
