package org.qslmail.mail;

/**
 * One endpoint that answered during detection, with what the probe saw; {@code fromPreset} when it came
 * from a {@link PresetProvider}. Lists of these are ranked: encrypted first, then strongest auth offered.
 */
public record DetectedSetting(Endpoint endpoint, ProbeResult probe, boolean fromPreset, String bestAuth) {
}
