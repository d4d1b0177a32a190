package org.qslmail.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.qslmail.core.internal.Messages;

class BandTest {

	private static final BigDecimal EPSILON = new BigDecimal("0.0000001");

	@Test
	void tableIsTheAdif316Table() {
		List<String> names = Arrays.stream(Band.values()).map(Band::adifName).toList();
		assertEquals(List.of("2190m", "630m", "560m", "160m", "80m", "60m", "40m", "30m", "20m", "17m", "15m", "12m",
				"10m", "8m", "6m", "5m", "4m", "2m", "1.25m", "70cm", "33cm", "23cm", "13cm", "9cm", "6cm", "3cm",
				"1.25cm", "6mm", "4mm", "2.5mm", "2mm", "1mm", "submm"), names);
	}

	@ParameterizedTest(name = "{0}: {1}..{2} MHz")
	@CsvSource({ "B2190M, 0.1357, 0.1378", "B630M, 0.472, 0.479", "B560M, 0.501, 0.504", "B160M, 1.8, 2.0",
			"B80M, 3.5, 4.0", "B60M, 5.06, 5.45", "B40M, 7.0, 7.3", "B30M, 10.1, 10.15", "B20M, 14.0, 14.35",
			"B17M, 18.068, 18.168", "B15M, 21.0, 21.45", "B12M, 24.89, 24.99", "B10M, 28.0, 29.7", "B8M, 40, 45",
			"B6M, 50, 54", "B5M, 54.000001, 69.9", "B4M, 70, 71", "B2M, 144, 148", "B1_25M, 222, 225",
			"B70CM, 420, 450", "B33CM, 902, 928", "B23CM, 1240, 1300", "B13CM, 2300, 2450", "B9CM, 3300, 3500",
			"B6CM, 5650, 5925", "B3CM, 10000, 10500", "B1_25CM, 24000, 24250", "B6MM, 47000, 47200",
			"B4MM, 75500, 81000", "B2_5MM, 119980, 123000", "B2MM, 134000, 149000", "B1MM, 241000, 250000",
			"SUBMM, 300000, 7500000" })
	void edgesAreInclusiveAndJustOutsideIsNot(Band band, BigDecimal lower, BigDecimal upper) {
		assertEquals(0, lower.compareTo(band.lowerMhz()));
		assertEquals(0, upper.compareTo(band.upperMhz()));
		assertEquals(Optional.of(band), Band.ofMhz(lower));
		assertEquals(Optional.of(band), Band.ofMhz(upper));
		assertEquals(Optional.of(band), Band.ofMhz(lower.doubleValue()));
		assertEquals(Optional.of(band), Band.ofMhz(upper.doubleValue()));
		assertEquals(Optional.of(band), Band.ofKhz(lower.movePointRight(3).doubleValue()));
		assertEquals(Optional.of(band), Band.ofKhz(upper.movePointRight(3).doubleValue()));
		assertEquals(Optional.empty(), Band.ofMhz(lower.subtract(EPSILON)));
		assertEquals(Optional.empty(), Band.ofMhz(upper.add(EPSILON)));
	}

	@ParameterizedTest(name = "{0} MHz -> {1}")
	@CsvSource({ "50, B6M", "53.999999, B6M", "54, B6M", "54.0, B6M", "54.000001, B5M", "54.0000011, B5M",
			"60, B5M", "69.9, B5M", "70, B4M", "71, B4M" })
	void sixAndFiveMetreEdges(double mhz, Band expected) {
		assertEquals(Optional.of(expected), Band.ofMhz(mhz));
		assertSame(expected, Band.parse(Double.toString(mhz)));
	}

	@ParameterizedTest(name = "{0} MHz is in no band")
	@ValueSource(doubles = { 54.0000005, 69.95, 49.999, 71.001, 0.1, 13.0, 1000, 8_000_000, 0, -7,
			Double.NaN, Double.POSITIVE_INFINITY })
	void gapsBelongToNoBand(double mhz) {
		assertEquals(Optional.empty(), Band.ofMhz(mhz));
	}

	@ParameterizedTest(name = "{0} kHz -> {1}")
	@CsvSource({ "135.7, B2190M", "137.8, B2190M", "475, B630M", "1810, B160M", "3525, B80M", "7074, B40M",
			"10136, B30M", "14350, B20M", "50000, B6M", "54000, B6M", "144200, B2M", "433000, B70CM" })
	void kilohertz(double khz, Band expected) {
		assertEquals(Optional.of(expected), Band.ofKhz(khz));
	}

	@ParameterizedTest(name = "{0} kHz is in no band")
	@ValueSource(doubles = { 135.6, 137.9, 14350.1, 7300.001, 54000.0005 })
	void kilohertzOutside(double khz) {
		assertEquals(Optional.empty(), Band.ofKhz(khz));
	}

	@ParameterizedTest(name = "ADIF [{0}] -> {1}")
	@CsvSource({ "20m, B20M", "20M, B20M", "' 70cm ', B70CM", "70CM, B70CM", "submm, SUBMM", "SUBMM, SUBMM",
			"1.25cm, B1_25CM", "1.25M, B1_25M", "2.5mm, B2_5MM", "2190M, B2190M", "5m, B5M", "8m, B8M" })
	void adifNamesIgnoreCase(String name, Band expected) {
		assertEquals(Optional.of(expected), Band.ofAdif(name));
	}

	@ParameterizedTest(name = "ADIF [{0}] unknown")
	@NullAndEmptySource
	@ValueSource(strings = { "20", "70 cm", "20mm", "11m", "B20M", "14MHz" })
	void unknownAdifNames(String name) {
		assertEquals(Optional.empty(), Band.ofAdif(name));
	}

	@ParameterizedTest
	@EnumSource(Band.class)
	void adifNameRoundTrips(Band band) {
		assertSame(band, Band.ofAdif(band.adifName()).orElseThrow());
		assertSame(band, Band.parse(band.adifName().toUpperCase()));
		assertEquals(band.adifName(), band.toString());
		assertTrue(band.contains(band.lowerMhz()));
	}

	@ParameterizedTest(name = "HAMLOG [{0}] -> {1}")
	@CsvSource({ "7, B40M", "7.074, B40M", "3.5, B80M", "3.8, B80M", "1.9, B160M", "1.8, B160M", "14, B20M",
			"21, B15M", "28, B10M", "50, B6M", "144, B2M", "145.00, B2M", "430, B70CM", "433, B70CM", "433.0, B70CM",
			"1200, B23CM", "1.2G, B23CM", "1240, B23CM", "1295, B23CM", "2400, B13CM", "2.4G, B13CM",
			"5600, B6CM", "5.6G, B6CM", "5760, B6CM", "10G, B3CM", "10.4G, B3CM", "10g, B3CM", "10GHz, B3CM",
			"10, B30M", "10.1, B30M", "10.136, B30M", "18, B17M", "18.1, B17M", "24, B12M", "24.9, B12M",
			"24G, B1_25CM", "47G, B6MM", "75G, B4MM", "76G, B4MM", "135G, B2MM", "248G, B1MM", "0.135, B2190M",
			"0.136, B2190M", "0.475, B630M", "5, B60M", "5.35, B60M", "40, B8M", "60, B5M", "70, B4M",
			"222, B1_25M", "902, B33CM", "3400, B9CM", "7074kHz, B40M", "7074 KHZ, B40M", "14MHz, B20M",
			"14.074 MHz, B20M", "7., B40M", ".475, B630M", "20m, B20M", "20M, B20M", "70cm, B70CM",
			"6M, B6M", "2m, B2M" })
	void parsesHamlogBands(String text, Band expected) {
		assertSame(expected, Band.parse(text));
		assertEquals(Optional.of(expected), Band.find(text));
	}

	@Test
	void fourThirtyThreeIsFourThirty() {
		assertSame(Band.parse("430"), Band.parse("433"));
		assertSame(Band.B70CM, Band.parse("433"));
	}

	@Test
	void nominalValuesLieOutsideTheirBand() {
		// an entry inside its band would be dead: the range lookup answers first
		Band.NOMINAL_MHZ.forEach((mhz, band) -> {
			assertEquals(Optional.empty(), Band.ofMhz(mhz), mhz.toPlainString());
			assertSame(band, Band.parse(mhz.toPlainString()));
		});
	}

	static Stream<Arguments> malformed() {
		return Stream.of( //
				Arguments.of(null, Messages.Band_empty), //
				Arguments.of("", Messages.Band_empty), //
				Arguments.of("  ", Messages.Band_empty), //
				Arguments.of("abc", Messages.format(Messages.Band_notNumber, "abc")), //
				Arguments.of("-7", Messages.format(Messages.Band_notNumber, "-7")), //
				Arguments.of("7,1", Messages.format(Messages.Band_notNumber, "7,1")), //
				Arguments.of("1e3", Messages.format(Messages.Band_notNumber, "1e3")), //
				Arguments.of("433.0.0", Messages.format(Messages.Band_notNumber, "433.0.0")), //
				Arguments.of("G", Messages.format(Messages.Band_notNumber, "G")), //
				Arguments.of("13", Messages.format(Messages.Band_noBand, "13", "13")), //
				Arguments.of("1210", Messages.format(Messages.Band_noBand, "1210", "1210")), //
				Arguments.of("99G", Messages.format(Messages.Band_noBand, "99G", "99000")), //
				Arguments.of("54.0000005", Messages.format(Messages.Band_noBand, "54.0000005", "54.0000005")));
	}

	@ParameterizedTest(name = "[{0}] rejected")
	@MethodSource("malformed")
	void rejectsMalformed(String text, String message) {
		InvalidInputException e = assertThrows(InvalidInputException.class, () -> Band.parse(text));
		assertEquals(message, e.getMessage());
		assertEquals(Optional.empty(), Band.find(text));
	}

	@Test
	void adifNameWinsOverMegahertz() {
		// "6M" is the 6m band, not 6 MHz (which is in no band)
		assertSame(Band.B6M, Band.parse("6M"));
		assertNotEquals(Optional.of(Band.B6M), Band.ofMhz(6));
	}
}
