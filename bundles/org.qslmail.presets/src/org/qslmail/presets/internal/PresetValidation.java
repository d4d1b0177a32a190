package org.qslmail.presets.internal;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/** Checks shared by the contribution reader and the autoconfig reader. */
final class PresetValidation {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*"); //$NON-NLS-1$
	// A host name, where any label may also be one of the autoconfig placeholders.
	private static final Pattern HOST = Pattern
			.compile("([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?|%EMAIL(DOMAIN|LOCALPART|ADDRESS)%)" //$NON-NLS-1$
					+ "(\\.([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?|%EMAIL(DOMAIN|LOCALPART|ADDRESS)%))*"); //$NON-NLS-1$
	private static final Pattern DOMAIN = Pattern
			.compile("(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+"); //$NON-NLS-1$

	private PresetValidation() {
	}

	static String id(String id) throws PresetFormatException {
		if (id == null || !ID.matcher(id).matches()) {
			throw new PresetFormatException(NLS.bind(Messages.Preset_badId, id));
		}
		return id;
	}

	static String domain(String domain) throws PresetFormatException {
		String lower = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		if (!DOMAIN.matcher(lower).matches()) {
			throw new PresetFormatException(NLS.bind(Messages.Preset_badDomain, domain));
		}
		return lower;
	}

	static String host(String host) throws PresetFormatException {
		if (host == null || host.length() > 253 || !HOST.matcher(host).matches()) {
			throw new PresetFormatException(NLS.bind(Messages.Preset_badHost, host));
		}
		return host;
	}

	static OptionalInt port(String port) throws PresetFormatException {
		if (port == null || port.isBlank()) {
			return OptionalInt.empty();
		}
		try {
			int value = Integer.parseInt(port.strip());
			if (value >= 1 && value <= 65535) {
				return OptionalInt.of(value);
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new PresetFormatException(NLS.bind(Messages.Preset_badPort, port));
	}
}
