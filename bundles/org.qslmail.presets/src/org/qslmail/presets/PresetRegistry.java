package org.qslmail.presets;

import java.util.List;
import java.util.Optional;

/**
 * All provider presets known now: contributions of installed plug-ins (following plug-ins that come and
 * go) and autoconfig files in the configured folder. A DS service; safe to call from any thread.
 */
public interface PresetRegistry {

	/** The presets, sorted by name; plug-in contributions before autoconfig files of the same id. */
	List<ProviderPreset> presets();

	/** The preset with this id. */
	Optional<ProviderPreset> preset(String id);

	/** The first preset that serves the domain of {@code address}; empty means: detect. */
	Optional<ProviderPreset> forAddress(String address);

	/** Contributions and files that could not be read, with their contributor. */
	List<PresetProblem> problems();
}
