/** Shared constants of the QSL Mail user interface for the other UI bundles. Version 1.0.0. */
package org.qslmail.ui;
