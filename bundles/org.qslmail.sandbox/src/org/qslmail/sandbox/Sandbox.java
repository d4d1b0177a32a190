package org.qslmail.sandbox;

import java.net.URI;
import java.util.Locale;

/**
 * A running sandbox, registered as an OSGi service only while it runs (the UI marks the window when there is
 * one). Its mail server accepts mail for any address and keeps every mailbox on this computer; the mail
 * domain {@value #DOMAIN} (and its sub-domains) is served by the sandbox preset, and only addresses of that
 * domain can be registered in the sandbox directory.
 */
public interface Sandbox {

	/** The mail domain of sandbox stations, e.g. {@code ja1abc@sandbox.invalid} ({@code .invalid} never resolves, RFC 2606). */
	String DOMAIN = "sandbox.invalid"; //$NON-NLS-1$

	/** The id of the sandbox's provider preset. */
	String PRESET_ID = "org.qslmail.sandbox"; //$NON-NLS-1$

	/** System property that switches the sandbox on ({@code true}) or off ({@code false}), over the preference. */
	String PROPERTY = "qslmail.sandbox"; //$NON-NLS-1$

	/** Program argument that switches the sandbox on. */
	String ARGUMENT = "-sandbox"; //$NON-NLS-1$

	/** Preference node and key ({@code org.qslmail.sandbox/enabled}) that switch it on. */
	String PREFERENCE_NODE = "org.qslmail.sandbox"; //$NON-NLS-1$
	String PREFERENCE_ENABLED = "enabled"; //$NON-NLS-1$

	/** The loopback address all sandbox servers listen on. */
	String host();

	int smtpPort();

	int pop3Port();

	int imapPort();

	/** The sandbox directory's base URI. */
	URI directory();

	/** Whether {@code address} is a sandbox address (domain {@value #DOMAIN} or a sub-domain). */
	static boolean isSandboxAddress(String address) {
		int at = address == null ? -1 : address.lastIndexOf('@');
		if (at < 1) {
			return false;
		}
		String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
		return domain.equals(DOMAIN) || domain.endsWith('.' + DOMAIN);
	}
}
