/**
 * Registration in the QSL directory by proof of the mailbox: {@link org.qslmail.registration.RegistrationProof}
 * (client side: start, pick the token up with the receive check, confirm) and
 * {@link org.qslmail.registration.MailTokenMailer} (server side: the token mail over the mail service).
 * Headless; uses core, mail and directory, so both the command line and the account setup can call it.
 */
package org.qslmail.registration;
