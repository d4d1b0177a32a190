/**
 * The QSL directory client: log in with callsign and password, see the registration status, register an
 * e-QSL address (confirmed by a one-time token mailed to that address), unregister, and look partners up
 * one by one or in bulk. Version 1.0.0.
 */
package org.qslmail.directory;
