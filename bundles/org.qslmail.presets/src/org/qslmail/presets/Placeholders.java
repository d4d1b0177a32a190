package org.qslmail.presets;

import java.util.Locale;

/** The autoconfig placeholders in host and user-name templates. */
public final class Placeholders {

	public static final String EMAIL_ADDRESS = "%EMAILADDRESS%"; //$NON-NLS-1$
	public static final String EMAIL_LOCAL_PART = "%EMAILLOCALPART%"; //$NON-NLS-1$
	public static final String EMAIL_DOMAIN = "%EMAILDOMAIN%"; //$NON-NLS-1$

	private Placeholders() {
	}

	/** Replaces every placeholder in {@code template} with the parts of {@code address}. */
	public static String expand(String template, String address) {
		int at = address.lastIndexOf('@');
		String local = at < 0 ? address : address.substring(0, at);
		String domain = at < 0 ? "" : address.substring(at + 1).toLowerCase(Locale.ROOT); //$NON-NLS-1$
		return template.replace(EMAIL_ADDRESS, address).replace(EMAIL_LOCAL_PART, local).replace(EMAIL_DOMAIN,
				domain);
	}

	/** The domain of an address, lower case; empty when there is no {@code @}. */
	public static String domainOf(String address) {
		int at = address.lastIndexOf('@');
		return at < 0 ? "" : address.substring(at + 1).strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}
}
