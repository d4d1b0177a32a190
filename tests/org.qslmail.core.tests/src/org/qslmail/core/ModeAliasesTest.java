package org.qslmail.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.qslmail.core.ModeAliasException.Reason;
import org.qslmail.core.internal.Messages;

class ModeAliasesTest {

	private static final ModeAliases TABLE = ModeAliases.parse("""
			# HAMLOG emission designators
			CW=A1

			SSB = A3J, usb
			  fm=F3E
			""");

	@Test
	void parsesTheTable() {
		assertEquals(Map.of("A1", "CW", "A3J", "SSB", "USB", "SSB", "F3E", "FM"), TABLE.aliases());
		assertEquals(List.of("CW=A1", "SSB=A3J", "SSB=USB", "FM=F3E"), TABLE.lines());
	}

	@ParameterizedTest(name = "canonical({0}) = {1}")
	@CsvSource({ "A1, CW", "a1, CW", "' A1 ', CW", "CW, CW", "cw, CW", "A3J, SSB", "usb, SSB", "F3E, FM",
			"FT8, FT8", "lsb, LSB" })
	void canonicalNames(String mode, String canonical) {
		assertEquals(canonical, TABLE.canonical(mode));
	}

	@ParameterizedTest(name = "sameMode({0}, {1}) = {2}")
	@CsvSource({ "CW, A1, true", "a1, Cw, true", "A1, A1, true", "A3J, SSB, true", "USB, A3J, true",
			"CW, A3J, false", "SSB, LSB, false", "FT8, ft8, true", "FT8, FT4, false", "F3E, FM, true" })
	void sameModeAfterAliases(String a, String b, boolean same) {
		assertEquals(same, TABLE.sameMode(a, b));
		assertEquals(same, TABLE.sameMode(b, a));
	}

	@ParameterizedTest(name = "sameGroup({0}, {1}) = {2}")
	@CsvSource({ "A1, CW, true", "A3J, FM, true", "SSB, LSB, true", "F3E, DSTAR, true", "FT8, RTTY, true",
			"FT4, PSK31, true", "SSTV, FAX, true", "FT8, CW, false", "A1, A3J, false", "SSTV, SSB, false",
			"X1, X1, true", "X1, X2, false", "X1, CW, false" })
	void sameGroupAfterAliases(String a, String b, boolean same) {
		assertEquals(same, TABLE.sameGroup(a, b));
		assertEquals(same, TABLE.sameGroup(b, a));
	}

	@Test
	void withoutAliasesA1IsNotCw() {
		assertFalse(ModeAliases.NONE.sameMode("CW", "A1"));
		assertFalse(ModeAliases.NONE.sameGroup("CW", "A1"));
		assertTrue(ModeAliases.NONE.sameMode("cw", "CW"));
		assertEquals("A1", ModeAliases.NONE.canonical("a1"));
	}

	@Test
	void emptyTablesAreNone() {
		assertSame(ModeAliases.NONE, ModeAliases.parse(""));
		assertSame(ModeAliases.NONE, ModeAliases.parse("# nothing\n\n"));
		assertSame(ModeAliases.NONE, ModeAliases.parse((String) null));
	}

	@Test
	void linesRoundTrip() {
		assertEquals(TABLE, ModeAliases.parse(TABLE.lines()));
		assertEquals(TABLE, ModeAliases.parse(TABLE.toString()));
	}

	@Test
	void repeatingTheSameAliasIsHarmless() {
		ModeAliases aliases = ModeAliases.parse(List.of("CW=A1", "CW=A1,a1"));
		assertEquals(Map.of("A1", "CW"), aliases.aliases());
	}

	static Stream<Arguments> malformed() {
		return Stream.of( //
				Arguments.of("CW", Reason.MISSING_EQUALS, 1, new String[] { "CW" }), //
				Arguments.of("CW=A1\r\nSSB", Reason.MISSING_EQUALS, 2, new String[] { "SSB" }), //
				Arguments.of("CW=A1=X", Reason.EXTRA_EQUALS, 1, new String[] { "CW=A1=X" }), //
				Arguments.of("=A1", Reason.EMPTY_CANONICAL, 1, new String[] { "=A1" }), //
				Arguments.of("CW=", Reason.EMPTY_ALIAS, 1, new String[] { "CW=" }), //
				Arguments.of("# x\nCW=A1,,A2", Reason.EMPTY_ALIAS, 2, new String[] { "CW=A1,,A2" }), //
				Arguments.of("CW=cw", Reason.SELF_ALIAS, 1, new String[] { "CW" }), //
				Arguments.of("CW=A1\nSSB=A1", Reason.CONFLICT, 2, new String[] { "A1", "CW" }), //
				Arguments.of("CW=A1\nA1=X", Reason.CHAINED, 2, new String[] { "A1" }), //
				Arguments.of("A1=X\nCW=A1", Reason.CHAINED, 2, new String[] { "A1" }));
	}

	@ParameterizedTest(name = "[{0}] -> {1} on line {2}")
	@MethodSource("malformed")
	void rejectsMalformedLines(String text, Reason reason, int line, String[] details) {
		ModeAliasException e = assertThrows(ModeAliasException.class, () -> ModeAliases.parse(text));
		assertEquals(reason, e.reason());
		assertEquals(line, e.lineNumber());
		assertEquals(text.lines().toList().get(line - 1), e.input());
		String pattern = switch (reason) {
			case MISSING_EQUALS -> Messages.ModeAliases_MISSING_EQUALS;
			case EXTRA_EQUALS -> Messages.ModeAliases_EXTRA_EQUALS;
			case EMPTY_CANONICAL -> Messages.ModeAliases_EMPTY_CANONICAL;
			case EMPTY_ALIAS -> Messages.ModeAliases_EMPTY_ALIAS;
			case SELF_ALIAS -> Messages.ModeAliases_SELF_ALIAS;
			case CONFLICT -> Messages.ModeAliases_CONFLICT;
			case CHAINED -> Messages.ModeAliases_CHAINED;
		};
		Object[] args = new Object[details.length + 1];
		args[0] = String.valueOf(line);
		System.arraycopy(details, 0, args, 1, details.length);
		assertEquals(Messages.format(pattern, args), e.getMessage());
	}
}
