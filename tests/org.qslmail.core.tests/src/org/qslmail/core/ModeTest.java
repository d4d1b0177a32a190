package org.qslmail.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.qslmail.core.internal.Messages;

class ModeTest {

	@ParameterizedTest(name = "{0} -> {1}/{2} ({3})")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			CW       | CW           | -      | CW
			cw       | CW           | -      | CW
			' CW '   | CW           | -      | CW
			PCW      | CW           | PCW    | CW
			SSB      | SSB          | -      | PHONE
			USB      | SSB          | USB    | PHONE
			lsb      | SSB          | LSB    | PHONE
			AM       | AM           | -      | PHONE
			FM       | FM           | -      | PHONE
			FT8      | FT8          | -      | DATA
			FT4      | MFSK         | FT4    | DATA
			JS8      | MFSK         | JS8    | DATA
			Q65      | MFSK         | Q65    | DATA
			FST4W    | MFSK         | FST4W  | DATA
			MFSK16   | MFSK         | MFSK16 | DATA
			MFSK     | MFSK         | -      | DATA
			PSK31    | PSK          | PSK31  | DATA
			QPSK31   | PSK          | QPSK31 | DATA
			PSK2K    | PSK2K        | -      | DATA
			RTTY     | RTTY         | -      | DATA
			ASCI     | RTTY         | ASCI   | DATA
			OLIVIA   | OLIVIA       | -      | DATA
			JT65     | JT65         | -      | DATA
			JT65A    | JT65         | JT65A  | DATA
			JT9      | JT9          | -      | DATA
			HELL     | HELL         | -      | DATA
			HELL80   | HELL         | HELL80 | DATA
			THRBX    | THRB         | THRBX  | DATA
			WSPR     | WSPR         | -      | DATA
			DIGITALVOICE | DIGITALVOICE | -  | PHONE
			DSTAR    | DIGITALVOICE | DSTAR  | PHONE
			C4FM     | DIGITALVOICE | C4FM   | PHONE
			DMR      | DIGITALVOICE | DMR    | PHONE
			FreeDV   | DIGITALVOICE | FREEDV | PHONE
			M17      | DIGITALVOICE | M17    | PHONE
			SSTV     | SSTV         | -      | IMAGE
			FAX      | FAX          | -      | IMAGE
			ATV      | ATV          | -      | IMAGE
			A1       | A1           | -      | -
			a3j      | A3J          | -      | -
			F3E      | F3E          | -      | -
			PHONE    | PHONE        | -      | -
			""")
	void parsesSingleStrings(String text, String name, String submode, ModeGroup group) {
		Mode mode = Mode.parse(text);
		assertEquals(name, mode.name());
		assertEquals(Optional.ofNullable(submode), mode.submode());
		assertEquals(Optional.ofNullable(group), mode.group());
		assertEquals(group != null, mode.isAdif());
		assertEquals(submode != null ? submode : name, mode.label());
	}

	@ParameterizedTest(name = "MODE={0} SUBMODE={1} -> {2}/{3}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			SSB     | USB            | SSB     | USB
			ssb     | usb            | SSB     | USB
			MFSK    | FT4            | MFSK    | FT4
			MFSK    | ''             | MFSK    | -
			MFSK    | -              | MFSK    | -
			PSK31   | -              | PSK     | PSK31
			JT65A   | -              | JT65    | JT65A
			DSTAR   | -              | DIGITALVOICE | DSTAR
			DYNAMIC | VARA HF        | DYNAMIC | VARA HF
			OLIVIA  | OLIVIA 8/250   | OLIVIA  | OLIVIA 8/250
			CW      | FT4            | CW      | FT4
			A1      | -              | A1      | -
			""")
	void readsAdifFields(String adifMode, String adifSubmode, String name, String submode) {
		Mode mode = Mode.ofAdif(adifMode, adifSubmode);
		assertEquals(name, mode.name());
		assertEquals(Optional.ofNullable(submode), mode.submode());
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "  ", "\t" })
	void rejectsEmptyModes(String text) {
		InvalidInputException parse = assertThrows(InvalidInputException.class, () -> Mode.parse(text));
		assertEquals(Messages.Mode_empty, parse.getMessage());
		InvalidInputException adif = assertThrows(InvalidInputException.class, () -> Mode.ofAdif(text, "USB"));
		assertEquals(Messages.Mode_empty, adif.getMessage());
	}

	@Test
	void equalityIsModeAndSubmode() {
		assertEquals(Mode.parse("usb"), Mode.ofAdif("SSB", "USB"));
		assertEquals(Mode.parse("usb").hashCode(), Mode.ofAdif("SSB", "USB").hashCode());
		assertEquals(Mode.parse("FT4"), Mode.ofAdif("MFSK", "FT4"));
		assertNotEquals(Mode.parse("SSB"), Mode.parse("USB"));
		assertNotEquals(Mode.parse("MFSK"), Mode.parse("FT4"));
		assertEquals("MFSK/FT4", Mode.parse("FT4").toString());
		assertEquals("CW", Mode.parse("CW").toString());
	}

	@Test
	void currentAdifModeListIsComplete() {
		List<String> modes = Mode.adifModes();
		assertEquals(48, modes.size());
		assertTrue(modes.containsAll(List.of("CW", "SSB", "AM", "FM", "RTTY", "PSK", "MFSK", "FT8", "JT65", "JT9",
				"OLIVIA", "DIGITALVOICE", "SSTV", "FAX", "ATV", "DYNAMIC", "Q15", "WSPR")));
		// FT4 and Q65 are submodes of MFSK, not modes (ham-data.md §2.5)
		assertFalse(modes.contains("FT4"));
		assertFalse(modes.contains("Q65"));
	}

	@ParameterizedTest
	@EnumSource(ModeGroup.class)
	void groupsFollowTqsl(ModeGroup group) {
		Set<String> members = Mode.adifModes().stream()
				.filter(m -> Mode.parse(m).group().orElseThrow() == group).collect(Collectors.toSet());
		switch (group) {
			case CW -> assertEquals(Set.of("CW"), members);
			case PHONE -> assertEquals(Set.of("AM", "FM", "SSB", "DIGITALVOICE"), members);
			case IMAGE -> assertEquals(Set.of("ATV", "FAX", "SSTV"), members);
			case DATA -> assertEquals(48 - 8, members.size());
		}
	}

	@Test
	void everyKnownSubmodeParsesBackToItsMode() {
		int count = 0;
		for (String adifMode : Mode.adifModes()) {
			for (String submode : Mode.knownSubmodes(adifMode)) {
				Mode mode = Mode.parse(submode);
				assertEquals(adifMode, mode.name(), submode);
				assertEquals(Optional.of(submode), mode.submode());
				assertEquals(Mode.parse(adifMode).group(), mode.group());
				count++;
			}
		}
		assertEquals(30, count);
		assertEquals(List.of("LSB", "USB"), Mode.knownSubmodes("ssb"));
		assertEquals(List.of("FST4", "FST4W", "FT4", "JS8", "JTMS", "MFSK16", "Q65"), Mode.knownSubmodes("MFSK"));
		assertEquals(List.of(), Mode.knownSubmodes("FT8"));
	}
}
