/**
 * Mail provider presets: what a provider documents about its servers, contributed through the
 * extension point {@code org.qslmail.presets.providers} or read from Thunderbird autoconfig files,
 * and the {@link org.qslmail.presets.PresetRegistry} service that collects them. Version 1.0.0.
 */
package org.qslmail.presets;
