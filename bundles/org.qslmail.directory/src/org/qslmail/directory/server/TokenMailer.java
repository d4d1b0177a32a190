package org.qslmail.directory.server;

/**
 * Sends the one-time registration token to the address being registered. The mail carries two headers: the
 * public check id, by which the station's receive check finds the mail (as it finds its own test mail), and
 * the secret token, which the client reads from that mail and confirms. Without the confirmation nothing is
 * registered.
 */
public interface TokenMailer {

	/** Header with the public check id; the same header the mail service's send and receive checks use. */
	String CHECK_HEADER = "X-QSLMail-Check"; //$NON-NLS-1$

	/** Header with the secret one-time token. */
	String TOKEN_HEADER = "X-QSLMail-Directory-Token"; //$NON-NLS-1$

	/** Subject prefix of token mails, for people looking at their inbox. */
	String SUBJECT_PREFIX = "QSL Mail directory token "; //$NON-NLS-1$

	/**
	 * @param checkId the public id the client searches for (returned to it by the registration request)
	 * @param token   the secret the client must send back
	 * @throws Exception when the mail could not be handed to the mail server; the registration then fails
	 */
	void sendToken(String address, String callsign, String checkId, String token) throws Exception;
}
