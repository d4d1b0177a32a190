/**
 * The QSO log: the store ({@link org.qslmail.log.QsoStore}) on an embedded SQLite database, imports of ADIF (ADI and
 * ADX), Turbo HAMLOG CSV and Cabrillo, and exports of ADIF, ADX and HAMLOG CSV.
 */
package org.qslmail.log;
