package org.qslmail.exchange.card;

import java.util.Locale;
import java.util.Optional;

/** The QSO values a template can place on a card. */
public enum Field {
	/** Our station's call. */
	OWN_CALL,
	/** The partner's call ("To Radio"). */
	PARTNER_CALL,
	/** The QSO date in the template's time zone, {@code yyyy-MM-dd}. */
	DATE,
	/** The QSO time in the template's time zone, {@code HH:mm} with {@code JST} or {@code UTC}. */
	TIME,
	/** The band (ADIF name) or the frequency, as the template chooses. */
	BAND,
	/** The mode (the submode where there is one, e.g. FT4). */
	MODE,
	/** The report we gave. */
	RST,
	/** "PSE QSL" while the partner's card has not arrived, "TNX QSL" once it has. */
	QSL_MESSAGE,
	/** The remarks for the card. */
	REMARKS;

	/** The name in template files: {@code partnerCall}, {@code qslMessage}, ... */
	public String key() {
		String[] words = name().toLowerCase(Locale.ROOT).split("_"); //$NON-NLS-1$
		StringBuilder key = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return key.toString();
	}

	public static Optional<Field> ofKey(String key) {
		for (Field field : values()) {
			if (field.key().equals(key)) {
				return Optional.of(field);
			}
		}
		return Optional.empty();
	}
}
