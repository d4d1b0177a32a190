/**
 * QSL mail, format version 1 (docs/qsl-mail-format.md): the {@link org.qslmail.exchange.message.QslCard} (one
 * QSO as the sender logged it) and the {@link org.qslmail.exchange.message.QslMailComposer} that writes the
 * mail. Version 1.0.0.
 */
package org.qslmail.exchange.message;
