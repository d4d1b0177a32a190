package org.qslmail.presets;

import java.util.Objects;
import java.util.Optional;

/**
 * Something the user must do at the provider before the checks can pass, e.g. "enable POP in the web
 * settings" or "use an app password", in the user's language, with the provider's page if known.
 */
public record PresetNote(String text, Optional<String> url) {

	public PresetNote {
		Objects.requireNonNull(text);
		Objects.requireNonNull(url);
	}
}
