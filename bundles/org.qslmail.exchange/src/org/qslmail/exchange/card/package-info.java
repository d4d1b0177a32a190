/**
 * e-QSL card design and rendering: a {@link org.qslmail.exchange.card.CardTemplate} (background and the
 * elements placed on it) stored as a shareable file, and the {@link org.qslmail.exchange.card.CardRenderer}
 * that draws a card for one QSO. Version 1.0.0.
 */
package org.qslmail.exchange.card;
