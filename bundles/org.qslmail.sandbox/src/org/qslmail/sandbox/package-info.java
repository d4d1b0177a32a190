/**
 * The sandbox: a local mail server and a local QSL directory on loopback, so the whole setup and the card
 * exchange between stations work on one computer with no provider account. See docs/sandbox.md.
 */
package org.qslmail.sandbox;
