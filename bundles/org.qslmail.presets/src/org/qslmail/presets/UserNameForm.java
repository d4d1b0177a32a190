package org.qslmail.presets;

import java.util.Optional;

/** What the provider wants as the login name: the whole address or the part before the {@code @}. */
public enum UserNameForm {
	FULL_ADDRESS("fullAddress"), LOCAL_PART("localPart"); //$NON-NLS-1$ //$NON-NLS-2$

	private final String key;

	UserNameForm(String key) {
		this.key = key;
	}

	public String key() {
		return key;
	}

	/** The login name for {@code address} in this form. */
	public String userName(String address) {
		int at = address.lastIndexOf('@');
		return this == LOCAL_PART && at > 0 ? address.substring(0, at) : address;
	}

	public static Optional<UserNameForm> ofKey(String key) {
		for (UserNameForm form : values()) {
			if (form.key.equals(key)) {
				return Optional.of(form);
			}
		}
		return Optional.empty();
	}
}
