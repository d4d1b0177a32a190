/**
 * The QSL mail account of a station: settings and their validation, persistence (preferences, with
 * passwords only in Equinox secure storage), backup and import files, deployment defaults, and the setup
 * state that binds each check result to the exact values it tested. Version 1.0.0.
 */
package org.qslmail.account;
