package org.qslmail.log;

import java.util.Objects;

/**
 * One ADIF field of a QSO that has no column of its own ({@code APP_*}, user-defined and every other
 * field): its name as written in the file and its value, unchanged.
 */
public record AdifField(String name, String value) {

	public AdifField {
		Objects.requireNonNull(name);
		Objects.requireNonNull(value);
	}
}
