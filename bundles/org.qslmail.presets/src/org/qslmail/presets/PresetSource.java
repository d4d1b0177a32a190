package org.qslmail.presets;

import java.util.Objects;

/**
 * Where a preset comes from: a plug-in's contribution to {@code org.qslmail.presets.providers}
 * (the contributor is the bundle's symbolic name) or an autoconfig file (the contributor is its path).
 */
public record PresetSource(Kind kind, String contributor) {

	public enum Kind {
		PLUG_IN, AUTOCONFIG_FILE
	}

	public PresetSource {
		Objects.requireNonNull(kind);
		Objects.requireNonNull(contributor);
	}
}
