package org.qslmail.matching;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.QslColumn;

/**
 * What matching needs of a QSO in the log.
 *
 * @param id       the log's id of the QSO, for writing marks
 * @param call     the contacted station as logged
 * @param band     the band, empty when the log has none
 * @param submode  the ADIF submode, e.g. FT4 under MFSK
 * @param received whether a received mark is already there (QSL column or ADIF QSL_RCVD)
 */
public record LoggedQso(long id, Callsign call, Instant time, Optional<Band> band, String mode,
		Optional<String> submode, QslColumn qslColumn, boolean received) {

	public LoggedQso {
		Objects.requireNonNull(call);
		Objects.requireNonNull(time);
		Objects.requireNonNull(band);
		Objects.requireNonNull(mode);
		Objects.requireNonNull(submode);
		Objects.requireNonNull(qslColumn);
	}
}
