package org.qslmail.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.qslmail.core.internal.Messages;

class CallsignTest {

	@ParameterizedTest(name = "{0} -> base {2}, prefix [{3}], suffix [{4}]")
	@CsvSource(delimiter = '|', textBlock = """
			JA1ABC            | JA1ABC          | JA1ABC | ''  | ''    | false
			ja1abc            | JA1ABC          | JA1ABC | ''  | ''    | false
			'  JA1ABC  '      | JA1ABC          | JA1ABC | ''  | ''    | false
			JA1ABC/1          | JA1ABC/1        | JA1ABC | ''  | 1     | true
			JA1ABC/P          | JA1ABC/P        | JA1ABC | ''  | P     | true
			ja1abc/qrp        | JA1ABC/QRP      | JA1ABC | ''  | QRP   | true
			JA1ABC/MM         | JA1ABC/MM       | JA1ABC | ''  | MM    | true
			7J1/JA1ABC        | 7J1/JA1ABC      | JA1ABC | 7J1 | ''    | true
			KH0/JA1ABC/P      | KH0/JA1ABC/P    | JA1ABC | KH0 | P     | true
			JA1ABC/1/QRP      | JA1ABC/1/QRP    | JA1ABC | ''  | 1/QRP | true
			W1AW/KH6          | W1AW/KH6        | W1AW   | ''  | KH6   | true
			VE3/W1AW          | VE3/W1AW        | W1AW   | VE3 | ''    | true
			F/G3ABC           | F/G3ABC         | G3ABC  | F   | ''    | true
			8J1RL             | 8J1RL           | 8J1RL  | ''  | ''    | false
			JA1/JA2           | JA1/JA2         | JA1    | ''  | JA2   | true
			""")
	void parsesPortableForms(String input, String text, String base, String prefix, String suffix, boolean portable) {
		Callsign call = Callsign.parse(input);
		assertEquals(text, call.text());
		assertEquals(text, call.toString());
		assertEquals(base, call.base());
		assertEquals(prefix.isEmpty() ? Optional.empty() : Optional.of(prefix), call.prefix());
		assertEquals(suffix.isEmpty() ? Optional.empty() : Optional.of(suffix), call.suffix());
		assertEquals(portable, call.isPortable());
	}

	static Stream<Arguments> malformed() {
		String tooLong = "JA1ABC/" + "P".repeat(26); // 33 characters
		return Stream.of( //
				Arguments.of(null, Messages.Callsign_empty), //
				Arguments.of("", Messages.Callsign_empty), //
				Arguments.of("   ", Messages.Callsign_empty), //
				Arguments.of(tooLong, Messages.format(Messages.Callsign_tooLong, tooLong, "32")), //
				Arguments.of("JA1 ABC", Messages.format(Messages.Callsign_invalidCharacter, "JA1 ABC", " ", "4")), //
				Arguments.of("JA1-ABC", Messages.format(Messages.Callsign_invalidCharacter, "JA1-ABC", "-", "4")), //
				Arguments.of("\uFF2AA1ABC", Messages.format(Messages.Callsign_invalidCharacter, "\uFF2AA1ABC", "\uFF2A", "1")), //
				Arguments.of("/JA1ABC", Messages.format(Messages.Callsign_emptyPart, "/JA1ABC")), //
				Arguments.of("JA1ABC/", Messages.format(Messages.Callsign_emptyPart, "JA1ABC/")), //
				Arguments.of("JA1ABC//P", Messages.format(Messages.Callsign_emptyPart, "JA1ABC//P")), //
				Arguments.of("KH0/JA1ABC/P/QRP", Messages.format(Messages.Callsign_tooManyParts, "KH0/JA1ABC/P/QRP", "3")), //
				Arguments.of("QRP", Messages.format(Messages.Callsign_noBase, "QRP")), //
				Arguments.of("12345", Messages.format(Messages.Callsign_noBase, "12345")), //
				Arguments.of("J1", Messages.format(Messages.Callsign_noBase, "J1")), //
				Arguments.of("P/MM", Messages.format(Messages.Callsign_noBase, "P/MM")), //
				Arguments.of("KH0/7J1/JA1ABC", Messages.format(Messages.Callsign_ambiguous, "KH0/7J1/JA1ABC")));
	}

	@ParameterizedTest(name = "[{0}] rejected")
	@MethodSource("malformed")
	void rejectsMalformed(String input, String message) {
		InvalidInputException e = assertThrows(InvalidInputException.class, () -> Callsign.parse(input));
		assertEquals(message, e.getMessage());
		assertEquals(input == null ? "" : input, e.input());
		assertTrue(Callsign.find(input).isEmpty());
	}

	@Test
	void thirtyTwoCharactersAreAllowed() {
		String call = "JA1ABC/" + "P".repeat(25);
		assertEquals(32, call.length());
		assertEquals(call, Callsign.parse(call).text());
	}

	@ParameterizedTest
	@CsvSource({ "ja1abc/p, JA1ABC/P", "' JA1ABC ', JA1ABC", "7j1/ja1abc, 7J1/JA1ABC" })
	void equalityIsOnNormalisedText(String a, String b) {
		assertEquals(Callsign.parse(a), Callsign.parse(b));
		assertEquals(Callsign.parse(a).hashCode(), Callsign.parse(b).hashCode());
		assertEquals(0, Callsign.parse(a).compareTo(Callsign.parse(b)));
	}

	@ParameterizedTest
	@CsvSource({ "JA1ABC, JA1ABC/P", "JA1ABC/1, 7J1/JA1ABC", "KH0/JA1ABC/P, JA1ABC/QRP" })
	void portableFormsAreTheSameStationButNotEqual(String a, String b) {
		Callsign one = Callsign.parse(a);
		Callsign two = Callsign.parse(b);
		assertTrue(one.sameStation(two));
		assertTrue(two.sameStation(one));
		assertNotEquals(one, two);
	}

	@ParameterizedTest
	@CsvSource({ "JA1ABC, JA1ABD", "JA1ABC/P, JA2ABC/P", "7J1/JA1ABC, 7J1/JA1XYZ" })
	void differentBaseCallsAreDifferentStations(String a, String b) {
		assertFalse(Callsign.parse(a).sameStation(Callsign.parse(b)));
	}

	@Test
	void findAcceptsValidCalls() {
		assertEquals(Optional.of(Callsign.parse("JA1ABC/P")), Callsign.find(" ja1abc/p "));
	}
}
