package org.qslmail.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.qslmail.core.MarkRuleException.Reason;
import org.qslmail.core.internal.Messages;

class MarkRuleTest {

	private static final MarkRule RULE = MarkRule.parse("E;*=W;e=X;w=Z");
	private static final MarkRule KEEP = MarkRule.parse("E;*=W;e=X;w=Z;");

	/** The table of hqsl-behaviour.md §5, plus other characters that must take the last pair's value. */
	@ParameterizedTest(name = "[{0}] -> {1}")
	@CsvSource({ "' ', E", "*, W", "e, X", "w, Z", "J, Z", "E, Z", "W, Z", "X, Z", "Z, Z", "H, Z", "1, Z" })
	void hqslTable(char current, char written) {
		assertEquals(written, RULE.apply(current));
	}

	/** Same rule with a trailing semicolon: other characters stay as they are. */
	@ParameterizedTest(name = "[{0}] -> {1}")
	@CsvSource({ "' ', E", "*, W", "e, X", "w, Z", "J, J", "E, E", "W, W", "Z, Z", "H, H", "1, 1" })
	void trailingSemicolonKeepsOthers(char current, char written) {
		assertEquals(written, KEEP.apply(current));
	}

	@ParameterizedTest(name = "rule [{0}]")
	@ValueSource(strings = { "H", "H;", " H " })
	void ruleWithoutPairsMarksBlankAndKeepsOthers(String text) {
		MarkRule rule = MarkRule.parse(text);
		assertEquals('H', rule.apply(' '));
		assertEquals('E', rule.apply('E'));
		assertEquals('*', rule.apply('*'));
		assertEquals('H', rule.apply('H'));
		assertTrue(rule.keepsOthers());
		assertEquals(Optional.empty(), rule.otherMark());
		assertTrue(rule.pairs().isEmpty());
	}

	@Test
	void accessors() {
		assertEquals('E', RULE.blankMark());
		assertEquals(List.of('*', 'e', 'w'), List.copyOf(RULE.pairs().keySet()));
		assertEquals(List.of('W', 'X', 'Z'), List.copyOf(RULE.pairs().values()));
		assertFalse(RULE.keepsOthers());
		assertEquals(Optional.of('Z'), RULE.otherMark());
		assertTrue(KEEP.keepsOthers());
		assertEquals(Optional.empty(), KEEP.otherMark());
		assertEquals("E;*=W;e=X;w=Z", RULE.text());
		assertEquals("E;*=W;e=X;w=Z;", KEEP.toString());
		assertEquals(RULE, MarkRule.parse("  E;*=W;e=X;w=Z "));
	}

	@ParameterizedTest(name = "received [{0}] -> [{1}]")
	@CsvSource({ "'JH ', JHE", "'JH*', JHW", "'J e', J X", "'J w', J Z", "'  J', '  Z'", "'   ', '  E'" })
	void appliesToTheReceivedPosition(String before, String after) {
		assertEquals(after, RULE.applyReceived(QslColumn.parse(before)).toString());
	}

	@ParameterizedTest(name = "sent [{0}] -> [{1}]")
	@CsvSource({ "'J  ', 'JE '", "'J* ', 'JW '", "'JH ', 'JZ '", "'JHH', JZH" })
	void appliesToTheSentPosition(String before, String after) {
		assertEquals(after, RULE.applySent(QslColumn.parse(before)).toString());
	}

	@Test
	void applySentWithTrailingSemicolonKeepsPaperMark() {
		assertEquals("JHH", KEEP.applySent(QslColumn.parse("JHH")).toString());
	}

	/** 1 + 20 pairs of 4 characters + trailing ';' = 82 characters. */
	private static String rule82() {
		StringBuilder rule = new StringBuilder("E");
		for (char c = 'A'; c < 'A' + 20; c++) {
			rule.append(';').append(c).append('=').append('X');
		}
		return rule.append(';').toString();
	}

	@Test
	void eightyTwoCharactersAreAllowed() {
		String rule = rule82();
		assertEquals(82, rule.length());
		MarkRule parsed = MarkRule.parse(rule);
		assertEquals(20, parsed.pairs().size());
		assertEquals('X', parsed.apply('T'));
		assertEquals('z', parsed.apply('z'));
		assertEquals(rule, MarkRule.parse("  " + rule + "\n").text(), "surrounding blanks do not count");
	}

	@Test
	void eightyThreeCharactersAreTooLong() {
		String rule = rule82().substring(0, 81) + "Y;";
		assertEquals(83, rule.length());
		MarkRuleException e = assertThrows(MarkRuleException.class, () -> MarkRule.parse(rule));
		assertEquals(Reason.TOO_LONG, e.reason());
		assertEquals(83, e.position());
		assertEquals(Messages.format(Messages.MarkRule_TOO_LONG, "83", "83", "82"), e.getMessage());
	}

	@ParameterizedTest(name = "[{0}] rejected")
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\t\n" })
	void emptyRules(String text) {
		MarkRuleException e = assertThrows(MarkRuleException.class, () -> MarkRule.parse(text));
		assertEquals(Reason.EMPTY, e.reason());
		assertEquals(Messages.MarkRule_EMPTY, e.getMessage());
	}

	@ParameterizedTest(name = "[{0}] -> {1} at {2}")
	@CsvSource(delimiter = '|', textBlock = """
			;*=W          | EMPTY_BLANK_MARK     | 1 | ''
			;             | EMPTY_BLANK_MARK     | 1 | ''
			'  ;*=W'      | EMPTY_BLANK_MARK     | 3 | ''
			*=W;e=X       | BLANK_MARK_IS_PAIR   | 1 | *=W
			EE;*=W        | NOT_SINGLE_CHARACTER | 1 | EE
			E;;*=W        | EMPTY_ELEMENT        | 3 | ''
			E;*=W;;       | EMPTY_ELEMENT        | 7 | ''
			'  E;;'       | EMPTY_ELEMENT        | 5 | ''
			E;*W          | MISSING_EQUALS       | 3 | *W
			E;*=W;e       | MISSING_EQUALS       | 7 | e
			E;=W          | EMPTY_OLD            | 3 | =W
			E;*=          | EMPTY_NEW            | 5 | *=
			E;*=WW        | NOT_SINGLE_CHARACTER | 5 | WW
			E;**=W        | NOT_SINGLE_CHARACTER | 3 | **
			E;*==W        | NOT_SINGLE_CHARACTER | 5 | =W
			E; =W         | INVALID_CHARACTER    | 3 | ' '
			E;*=\u3042    | INVALID_CHARACTER    | 5 | \u3042
			\u3042;*=W    | INVALID_CHARACTER    | 1 | \u3042
			E;*=W;*=X     | DUPLICATE_OLD        | 7 | *
			E;*=W;e=X;e=Y | DUPLICATE_OLD        | 11 | e
			""")
	void malformedRules(String text, Reason reason, int position, String detail) {
		MarkRuleException e = assertThrows(MarkRuleException.class, () -> MarkRule.parse(text));
		assertEquals(reason, e.reason());
		assertEquals(position, e.position());
		assertEquals(text, e.input());
		String pattern = switch (reason) {
			case EMPTY_BLANK_MARK -> Messages.MarkRule_EMPTY_BLANK_MARK;
			case BLANK_MARK_IS_PAIR -> Messages.MarkRule_BLANK_MARK_IS_PAIR;
			case EMPTY_ELEMENT -> Messages.MarkRule_EMPTY_ELEMENT;
			case MISSING_EQUALS -> Messages.MarkRule_MISSING_EQUALS;
			case EMPTY_OLD -> Messages.MarkRule_EMPTY_OLD;
			case EMPTY_NEW -> Messages.MarkRule_EMPTY_NEW;
			case NOT_SINGLE_CHARACTER -> Messages.MarkRule_NOT_SINGLE_CHARACTER;
			case INVALID_CHARACTER -> Messages.MarkRule_INVALID_CHARACTER;
			case DUPLICATE_OLD -> Messages.MarkRule_DUPLICATE_OLD;
			default -> throw new AssertionError(reason);
		};
		assertEquals(Messages.format(pattern, String.valueOf(position), detail), e.getMessage());
	}
}
