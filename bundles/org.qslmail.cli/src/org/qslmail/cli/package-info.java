/**
 * The extension interface of the {@code qslmail} command line: sub-commands are
 * {@link org.qslmail.cli.CliCommand} services. Exported as version 1.0.0 (see the manifest).
 */
package org.qslmail.cli;
