package org.qslmail.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.qslmail.core.internal.Messages;

class QslColumnTest {

	@ParameterizedTest(name = "[{0}] -> [{1}]")
	@CsvSource(delimiter = '|', textBlock = """
			''      | '   ' | false | false | false
			J       | 'J  ' | true  | false | false
			JH      | 'JH ' | true  | true  | false
			JHH     | JHH   | true  | true  | true
			'J H'   | 'J H' | true  | false | true
			' H '   | ' H ' | false | true  | false
			'  *'   | '  *' | false | false | true
			J**     | J**   | true  | true  | true
			N       | 'N  ' | true  | false | false
			'M e'   | 'M e' | true  | false | true
			'   '   | '   ' | false | false | false
			""")
	void parsesAndPadsWithBlanks(String text, String expected, boolean route, boolean sent, boolean received) {
		QslColumn column = QslColumn.parse(text);
		assertEquals(expected, column.toString());
		assertEquals(3, column.toString().length());
		assertEquals(route, column.hasRoute());
		assertEquals(sent, column.isSent());
		assertEquals(received, column.isReceived());
	}

	@Test
	void nullIsEmpty() {
		assertEquals(QslColumn.EMPTY, QslColumn.parse(null));
		assertEquals("   ", QslColumn.EMPTY.toString());
	}

	@Test
	void componentsArePositions() {
		QslColumn column = QslColumn.parse("JEW");
		assertEquals('J', column.route());
		assertEquals('E', column.sent());
		assertEquals('W', column.received());
		assertEquals(new QslColumn('J', 'E', 'W'), column);
	}

	@Test
	void withersReplaceOnePosition() {
		QslColumn column = QslColumn.EMPTY.withRoute('J').withSent('E');
		assertEquals("JE ", column.toString());
		assertEquals("JEH", column.withReceived('H').toString());
		assertEquals("J  ", column.withSent(' ').toString());
		assertEquals(" E ", column.withRoute(' ').toString());
		assertEquals("JE ", column.toString(), "values are immutable");
	}

	@Test
	void halfWidthKatakanaIsASingleByteMark() {
		assertEquals("J\uFF71\uFF9F", QslColumn.parse("J\uFF71\uFF9F").toString());
		assertTrue(QslColumn.isMarkCharacter('\uFF61'));
		assertFalse(QslColumn.isMarkCharacter('\uFF60'));
		assertFalse(QslColumn.isMarkCharacter('\uFFA0'));
	}

	static Stream<Arguments> malformed() {
		return Stream.of( //
				Arguments.of("JHHX", Messages.format(Messages.QslColumn_tooLong, "JHHX")), //
				Arguments.of("jHH", Messages.format(Messages.QslColumn_route, "j")), //
				Arguments.of("1HH", Messages.format(Messages.QslColumn_route, "1")), //
				Arguments.of("*HH", Messages.format(Messages.QslColumn_route, "*")), //
				Arguments.of("J\tH", Messages.format(Messages.QslColumn_mark, "2", "\t", "9")), //
				Arguments.of("JH\u3042", Messages.format(Messages.QslColumn_mark, "3", "\u3042", "3042")), //
				Arguments.of("J\u007F", Messages.format(Messages.QslColumn_mark, "2", "\u007F", "7F")), //
				Arguments.of("J \u00A0", Messages.format(Messages.QslColumn_mark, "3", "\u00A0", "A0")));
	}

	@ParameterizedTest(name = "[{0}] rejected")
	@MethodSource("malformed")
	void rejectsMalformed(String text, String message) {
		InvalidInputException e = assertThrows(InvalidInputException.class, () -> QslColumn.parse(text));
		assertEquals(message, e.getMessage());
	}

	@Test
	void withersValidate() {
		QslColumn column = QslColumn.parse("J");
		assertThrows(InvalidInputException.class, () -> column.withSent('\n'));
		assertThrows(InvalidInputException.class, () -> column.withReceived('\u3042'));
		assertThrows(InvalidInputException.class, () -> column.withRoute('n'));
	}
}
