/**
 * The mail transport of QSL Mail: account settings, sending, the send and receive checks, probing
 * one endpoint and detecting settings for an address. Every failure is a {@link org.qslmail.mail.MailResult}
 * with a {@link org.qslmail.mail.Category}, an hQSL-style number and the server's reply.
 */
package org.qslmail.mail;
