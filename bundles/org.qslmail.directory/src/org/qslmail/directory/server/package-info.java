/**
 * The QSL directory server: callsign → e-QSL address, with login, registration only of a proven mailbox,
 * status and lookup, over an HTTP JSON API (docs/directory-api.md). State lives only in the database, so
 * several server processes can serve one PostgreSQL database. Version 1.0.0.
 */
package org.qslmail.directory.server;
