package org.qslmail.exchange.message;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.qslmail.core.Band;
import org.qslmail.core.CardName;
import org.qslmail.core.Callsign;
import org.qslmail.core.LogZone;
import org.qslmail.core.Mode;
import org.qslmail.core.StationTime;

/**
 * One QSO as the sender logged it, the content of one QSL mail (docs/qsl-mail-format.md).
 *
 * @param sender       the station that sends the card (STATION_CALLSIGN)
 * @param recipient    the partner (CALL)
 * @param time         the QSO start, UTC; kept to the minute
 * @param band         the ADIF band
 * @param frequencyMhz the logged frequency in MHz, if any
 * @param mode         the ADIF mode, upper case
 * @param submode      the ADIF submode, if any
 * @param rstSent      the report given, may be empty
 * @param cardZone     how the card shows the time (APP_QSLMAIL_ZONE)
 */
public record QslCard(Callsign sender, Callsign recipient, Instant time, Band band, Optional<String> frequencyMhz,
		String mode, Optional<String> submode, String rstSent, LogZone cardZone) {

	private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmm", Locale.ROOT); //$NON-NLS-1$
	private static final DateTimeFormatter ADIF_DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC); //$NON-NLS-1$
	private static final DateTimeFormatter ADIF_TIME = DateTimeFormatter.ofPattern("HHmm").withZone(ZoneOffset.UTC); //$NON-NLS-1$

	public QslCard {
		Objects.requireNonNull(sender);
		Objects.requireNonNull(recipient);
		time = time.truncatedTo(ChronoUnit.MINUTES);
		Objects.requireNonNull(band);
		Objects.requireNonNull(frequencyMhz);
		// As core reads ADIF: upper case, a submode logged as MODE (FT4) moved under its mode (MFSK).
		Mode adif = Mode.ofAdif(mode, submode.orElse(null));
		mode = adif.name();
		submode = adif.submode();
		rstSent = rstSent == null ? "" : rstSent.strip(); //$NON-NLS-1$
		Objects.requireNonNull(cardZone);
	}

	/**
	 * The card's identity ({@code X-QSLMail-Card}), see {@link #cardId(Callsign, Callsign, LocalDateTime, Band, Mode)}.
	 */
	public String cardId() {
		return cardId(sender, recipient, LocalDateTime.ofInstant(time, ZoneOffset.UTC), band, Mode.ofAdif(mode, submode.orElse(null)));
	}

	/**
	 * The card identity of docs/qsl-mail-format.md, the one implementation the sender and the receiver share:
	 * the first 16 bytes of SHA-256 over {@code SENDER/RECIPIENT/yyyyMMddHHmm/BAND/MODE} (UTC, ADIF band, the
	 * ADIF MODE in upper case, without the submode: FT4 is {@code MFSK}) as 32 lower-case hex digits.
	 */
	public static String cardId(Callsign sender, Callsign recipient, LocalDateTime utc, Band band, Mode mode) {
		String key = sender.text() + '/' + recipient.text() + '/' + ID_TIME.format(utc) + '/' + band.adifName() + '/'
				+ mode.name().toUpperCase(Locale.ROOT);
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
			return HexFormat.of().formatHex(hash, 0, 16);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The image's file name by core's card-name scheme. */
	public CardName cardName() {
		return CardName.of(sender, recipient, StationTime.of(time, LogZone.UTC), band, Mode.ofAdif(mode, submode.orElse(null)));
	}

	/** The mode as a card shows it: the submode where there is one. */
	public String displayMode() {
		return submode.orElse(mode);
	}

	/** The ADIF record (no header) of this QSO, ending in {@code <EOR>}; also the QR code's content. */
	public String adifRecord() {
		StringBuilder b = new StringBuilder(200);
		field(b, "STATION_CALLSIGN", sender.text()); //$NON-NLS-1$
		field(b, "CALL", recipient.text()); //$NON-NLS-1$
		field(b, "QSO_DATE", ADIF_DATE.format(time)); //$NON-NLS-1$
		field(b, "TIME_ON", ADIF_TIME.format(time)); //$NON-NLS-1$
		field(b, "BAND", band.adifName()); //$NON-NLS-1$
		frequencyMhz.ifPresent(f -> field(b, "FREQ", f)); //$NON-NLS-1$
		field(b, "MODE", mode); //$NON-NLS-1$
		submode.ifPresent(s -> field(b, "SUBMODE", s)); //$NON-NLS-1$
		if (!rstSent.isEmpty()) {
			field(b, "RST_SENT", rstSent); //$NON-NLS-1$
		}
		field(b, "APP_QSLMAIL_ZONE", cardZone.name()); //$NON-NLS-1$
		return b.append("<EOR>").toString(); //$NON-NLS-1$
	}

	private static void field(StringBuilder b, String name, String value) {
		b.append('<').append(name).append(':').append(value.codePointCount(0, value.length())).append('>').append(value)
				.append(' ');
	}
}
