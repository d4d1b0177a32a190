package org.qslmail.presets.internal;

/** A contribution or autoconfig file that cannot become a preset; the message is for the user. */
final class PresetFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	PresetFormatException(String message) {
		super(message);
	}

	PresetFormatException(String message, Throwable cause) {
		super(message, cause);
	}
}
