package org.qslmail.mail;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * What the user added to the system's trusted certificate authorities: an optional CA file (PEM or DER,
 * one or more certificates) for private servers, and SHA-256 pins per {@code host:port}, each accepting
 * exactly one server certificate the user has seen and chosen to trust. Nothing trusts everything.
 */
public record TrustSettings(Path caFile, Map<String, String> pins) {

	public static final TrustSettings SYSTEM = new TrustSettings(null, Map.of());

	public TrustSettings {
		pins = pins == null ? Map.of() : Map.copyOf(pins);
	}

	/** The pinned SHA-256 (hex, lower case, no colons) for this host and port, or {@code null}. */
	public String pinFor(String host, int port) {
		String pin = pins.get(host.toLowerCase(Locale.ROOT) + ':' + port);
		return pin == null ? null : normalize(pin);
	}

	/** Lower-case hex without colons or spaces. */
	public static String normalize(String sha256) {
		return sha256.replace(":", "").replace(" ", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	public TrustSettings withPin(String host, int port, String sha256) {
		java.util.HashMap<String, String> copy = new java.util.HashMap<>(pins);
		copy.put(host.toLowerCase(Locale.ROOT) + ':' + port, normalize(sha256));
		return new TrustSettings(caFile, copy);
	}

	public TrustSettings withCaFile(Path file) {
		return new TrustSettings(file, pins);
	}
}
