package org.qslmail.registration.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the directory registration, English and Japanese. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.qslmail.registration.internal.messages"; //$NON-NLS-1$

	public static String Proof_task;
	public static String Proof_request;
	public static String Proof_lookForToken;
	public static String Proof_confirm;
	public static String Proof_receiveFailed;
	public static String Proof_notArrived;
	public static String Proof_noToken;
	public static String TokenMail_body;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
