/**
 * Domain values of QSL Mail: callsigns, the ADIF band table, modes with their LoTW-style groups and user
 * aliases, the three-character HAMLOG QSL column, hQSL mark rules ({@code E;*=W;e=X;w=Z}), station time in
 * JST or UTC, and the e-QSL card file name.
 * <p>
 * Every type is immutable and depends on the JDK only. Parsing methods reject bad input with an
 * {@link org.qslmail.core.InvalidInputException} whose message is localised (English and Japanese).
 */
package org.qslmail.core;
