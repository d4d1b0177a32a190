/**
 * Registration in the QSL directory by proof of the mailbox: {@link org.qslmail.registration.RegistrationProof}
 * (client side: start, pick the token up with the receive check, confirm) and
 * {@link org.qslmail.registration.MailTokenMailer} (server side: the token mail over the mail service).
 * Headless; uses core, mail and directory. {@code RegistrationProof} is the one implementation of the proof: the
 * account setup ({@code AccountService.registerAndSave}), the command line ({@code qslmail directory register})
 * and the sandbox call it.
 */
package org.qslmail.registration;
