package org.qslmail.directory.server;

/**
 * Sends the one-time registration token to the address being registered. The station's receive check
 * finds that mail and confirms the token; without it nothing is registered.
 */
public interface TokenMailer {

	/** Subject prefix of token mails, so the client's receive check finds them. */
	String SUBJECT_PREFIX = "QSL Mail directory token "; //$NON-NLS-1$

	/**
	 * @throws Exception when the mail could not be handed to the mail server; the registration then fails
	 */
	void sendToken(String address, String callsign, String token) throws Exception;
}
