package org.qslmail.core;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.qslmail.core.internal.Messages;

/**
 * The ADIF 3.1.6 band enumeration with inclusive lower and upper edges in MHz (ham-data.md §2.4).
 * <p>
 * Edges are kept as exact decimals so that a frequency on an edge (e.g. 54 MHz, the top of 6m, or
 * 135.7 kHz, the bottom of 2190m) is classified the same way however it was written. The table has gaps:
 * a frequency between two bands (e.g. 54.0000005 MHz) belongs to none.
 * <p>
 * {@link #parse(String)} reads the band as HAMLOG and users write it: an ADIF name ({@code 20m},
 * {@code 70CM}) or a frequency in MHz ({@code 7}, {@code 433.0}), optionally with a unit ({@code 10G},
 * {@code 1.2GHz}, {@code 7074kHz}, {@code 14MHz}). Because {@code 430} and {@code 433} both fall into 70cm,
 * both mean the same band (hQSL matches "433 MHz and 430 MHz"). HAMLOG and Japanese operators also write
 * <em>nominal</em> band numbers that lie just outside the ADIF edges; these are mapped by a small documented
 * table, see {@link #NOMINAL_MHZ}.
 */
public enum Band {

	B2190M("2190m", "0.1357", "0.1378"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B630M("630m", "0.472", "0.479"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B560M("560m", "0.501", "0.504"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B160M("160m", "1.8", "2.0"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B80M("80m", "3.5", "4.0"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B60M("60m", "5.06", "5.45"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B40M("40m", "7.0", "7.3"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B30M("30m", "10.1", "10.15"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B20M("20m", "14.0", "14.35"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B17M("17m", "18.068", "18.168"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B15M("15m", "21.0", "21.45"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B12M("12m", "24.89", "24.99"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B10M("10m", "28.0", "29.7"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B8M("8m", "40", "45"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B6M("6m", "50", "54"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B5M("5m", "54.000001", "69.9"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B4M("4m", "70", "71"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B2M("2m", "144", "148"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B1_25M("1.25m", "222", "225"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B70CM("70cm", "420", "450"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B33CM("33cm", "902", "928"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B23CM("23cm", "1240", "1300"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B13CM("13cm", "2300", "2450"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B9CM("9cm", "3300", "3500"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B6CM("6cm", "5650", "5925"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B3CM("3cm", "10000", "10500"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B1_25CM("1.25cm", "24000", "24250"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B6MM("6mm", "47000", "47200"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B4MM("4mm", "75500", "81000"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B2_5MM("2.5mm", "119980", "123000"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B2MM("2mm", "134000", "149000"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	B1MM("1mm", "241000", "250000"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	SUBMM("submm", "300000", "7500000"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/**
	 * Our own table (hQSL's is NOT FOUND) of nominal band numbers in MHz that operators write for a band but
	 * that lie outside its ADIF edges. Only these exact values are mapped, never a range, so that a mistyped
	 * frequency still fails: {@code 0.135} (2190m), {@code 5} (60m), {@code 10} (30m, the Japanese "10 MHz
	 * band"), {@code 18} (17m), {@code 24} (12m), {@code 1200} = {@code 1.2G} (23cm), {@code 5600} =
	 * {@code 5.6G} (6cm), {@code 75G} (4mm, a Cabrillo band designator). Values such as 1.9, 3.5, 430, 2400,
	 * 10G, 24G lie inside their band and need no entry.
	 */
	public static final Map<BigDecimal, Band> NOMINAL_MHZ = Map.of( //
			new BigDecimal("0.135"), B2190M, //$NON-NLS-1$
			new BigDecimal("5"), B60M, //$NON-NLS-1$
			new BigDecimal("10"), B30M, //$NON-NLS-1$
			new BigDecimal("18"), B17M, //$NON-NLS-1$
			new BigDecimal("24"), B12M, //$NON-NLS-1$
			new BigDecimal("1200"), B23CM, //$NON-NLS-1$
			new BigDecimal("5600"), B6CM, //$NON-NLS-1$
			new BigDecimal("75000"), B4MM); //$NON-NLS-1$

	private final String adifName;
	private final BigDecimal lowerMhz;
	private final BigDecimal upperMhz;

	Band(String adifName, String lowerMhz, String upperMhz) {
		this.adifName = adifName;
		this.lowerMhz = new BigDecimal(lowerMhz);
		this.upperMhz = new BigDecimal(upperMhz);
	}

	/** @return the ADIF band name in its canonical spelling, e.g. {@code 70cm} */
	public String adifName() {
		return adifName;
	}

	/** @return the inclusive lower edge in MHz */
	public BigDecimal lowerMhz() {
		return lowerMhz;
	}

	/** @return the inclusive upper edge in MHz */
	public BigDecimal upperMhz() {
		return upperMhz;
	}

	/** @return whether {@code mhz} lies within this band, edges included */
	public boolean contains(BigDecimal mhz) {
		return mhz.compareTo(lowerMhz) >= 0 && mhz.compareTo(upperMhz) <= 0;
	}

	/** @return the band containing the frequency, or empty in a gap or outside the table */
	public static Optional<Band> ofMhz(BigDecimal mhz) {
		for (Band band : values()) {
			if (band.contains(mhz)) {
				return Optional.of(band);
			}
		}
		return Optional.empty();
	}

	/**
	 * @return the band containing the frequency, or empty. The double is read through its shortest decimal
	 *         form, so {@code 14.35} is exactly the upper edge of 20m.
	 */
	public static Optional<Band> ofMhz(double mhz) {
		if (!Double.isFinite(mhz)) {
			return Optional.empty();
		}
		return ofMhz(BigDecimal.valueOf(mhz));
	}

	/** @return the band containing the frequency given in kHz, or empty */
	public static Optional<Band> ofKhz(double khz) {
		if (!Double.isFinite(khz)) {
			return Optional.empty();
		}
		return ofMhz(BigDecimal.valueOf(khz).movePointLeft(3));
	}

	/** @return the band with this ADIF name, ignoring case and surrounding blanks ({@code 20M}, {@code 70cm}) */
	public static Optional<Band> ofAdif(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String wanted = name.strip();
		for (Band band : values()) {
			if (band.adifName.equalsIgnoreCase(wanted)) {
				return Optional.of(band);
			}
		}
		return Optional.empty();
	}

	/**
	 * Like {@link #parse(String)}, but answers empty instead of throwing.
	 */
	public static Optional<Band> find(String text) {
		try {
			return Optional.of(parse(text));
		} catch (InvalidInputException e) {
			return Optional.empty();
		}
	}

	/**
	 * Reads a band as written in HAMLOG or by a user: an ADIF name (any case), or a frequency in MHz, with an
	 * optional unit {@code G}/{@code GHz}, {@code MHz} or {@code kHz} (any case). A frequency is mapped to the
	 * band that contains it, otherwise through {@link #NOMINAL_MHZ}. An ADIF name wins over a number, so
	 * {@code 6M} is the 6m band, not 6 MHz.
	 *
	 * @throws InvalidInputException when the text is empty, not a number, or no band fits
	 */
	public static Band parse(String text) {
		String raw = text == null ? "" : text; //$NON-NLS-1$
		String trimmed = raw.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidInputException(Messages.Band_empty, raw);
		}
		Optional<Band> adif = ofAdif(trimmed);
		if (adif.isPresent()) {
			return adif.get();
		}
		BigDecimal mhz = toMhz(trimmed, raw);
		Optional<Band> band = ofMhz(mhz);
		if (band.isPresent()) {
			return band.get();
		}
		for (Map.Entry<BigDecimal, Band> nominal : NOMINAL_MHZ.entrySet()) {
			if (nominal.getKey().compareTo(mhz) == 0) {
				return nominal.getValue();
			}
		}
		throw new InvalidInputException(Messages.format(Messages.Band_noBand, trimmed, mhz.toPlainString()), raw);
	}

	private static BigDecimal toMhz(String trimmed, String raw) {
		String upper = trimmed.toUpperCase(Locale.ROOT);
		String number = upper;
		int shift = 0; // decimal places to move: +3 for GHz, -3 for kHz
		if (upper.endsWith("GHZ")) { //$NON-NLS-1$
			number = upper.substring(0, upper.length() - 3);
			shift = 3;
		} else if (upper.endsWith("G")) { //$NON-NLS-1$
			number = upper.substring(0, upper.length() - 1);
			shift = 3;
		} else if (upper.endsWith("MHZ")) { //$NON-NLS-1$
			number = upper.substring(0, upper.length() - 3);
		} else if (upper.endsWith("KHZ")) { //$NON-NLS-1$
			number = upper.substring(0, upper.length() - 3);
			shift = -3;
		}
		number = number.strip();
		// digits with at most one decimal point: no sign, no exponent, no grouping
		if (!number.matches("[0-9]+(\\.[0-9]*)?|\\.[0-9]+")) { //$NON-NLS-1$
			throw new InvalidInputException(Messages.format(Messages.Band_notNumber, trimmed), raw);
		}
		return new BigDecimal(number).movePointRight(shift);
	}

	@Override
	public String toString() {
		return adifName;
	}
}
