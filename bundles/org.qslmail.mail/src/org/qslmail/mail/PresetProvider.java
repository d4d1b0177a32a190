package org.qslmail.mail;

import java.util.List;

/**
 * The hook through which the provider-presets registry offers known settings for a mail domain. The
 * mail service takes an optional, dynamic reference to services of this type; detection probes the
 * presets of the first provider that knows the domain before guessing.
 */
public interface PresetProvider {

	/** Known endpoints for a mail domain (lower case), best first; empty when the domain is unknown. */
	List<Endpoint> presetsFor(String domain);
}
