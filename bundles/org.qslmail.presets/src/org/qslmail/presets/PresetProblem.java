package org.qslmail.presets;

import java.util.Objects;

/**
 * A contribution or autoconfig file that could not be read, with the contributor to blame and what is
 * wrong, in the user's language. A broken contribution never hides the others.
 */
public record PresetProblem(PresetSource source, String message) {

	public PresetProblem {
		Objects.requireNonNull(source);
		Objects.requireNonNull(message);
	}
}
