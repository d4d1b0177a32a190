package org.qslmail.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.qslmail.core.internal.Messages;

/**
 * An hQSL mark rule such as {@code E;*=W;e=X;w=Z} (hqsl-behaviour.md §5), telling what to write into the sent
 * or received position of the {@link QslColumn}:
 * <ul>
 * <li>the first element is the mark for a blank position ({@code E});</li>
 * <li>then {@code old=new} pairs: current {@code *} becomes {@code W}, {@code e} becomes {@code X},
 * {@code w} becomes {@code Z};</li>
 * <li>any other current character becomes the new value of the <em>last</em> pair ({@code Z});</li>
 * <li>with a trailing semicolon ({@code E;*=W;e=X;w=Z;}) any other character stays as it is.</li>
 * </ul>
 * The rule is at most {@value #MAX_LENGTH} characters. Every mark is exactly one character that can stand in the
 * column (see {@link QslColumn#isMarkCharacter(char)}); {@code ;} and {@code =} are syntax. Surrounding blanks
 * are ignored (positions in errors still refer to the text as given).
 * <p>
 * Our own decisions where §5 is silent: a rule without pairs ({@code H} or {@code H;}) writes {@code H} on a
 * blank position and leaves any other character alone, since there is no "last pair" to take a value from;
 * the same old character twice is an error rather than "first/last wins", because one of the two pairs would
 * silently never apply.
 */
public final class MarkRule {

	/** Longest rule hQSL accepts. */
	public static final int MAX_LENGTH = 82;

	private final String text;
	private final char blankMark;
	private final Map<Character, Character> pairs;
	private final Character otherMark; // value of the last pair, null when others are kept

	private MarkRule(String text, char blankMark, Map<Character, Character> pairs, boolean keepOthers,
			Character lastNew) {
		this.text = text;
		this.blankMark = blankMark;
		this.pairs = Collections.unmodifiableMap(pairs);
		this.otherMark = keepOthers ? null : lastNew;
	}

	/**
	 * Parses a rule.
	 *
	 * @throws MarkRuleException with reason and position when the rule is malformed
	 */
	public static MarkRule parse(String rule) {
		String original = rule == null ? "" : rule; //$NON-NLS-1$
		String stripped = original.strip();
		if (stripped.isEmpty()) {
			throw error(MarkRuleException.Reason.EMPTY, 0, original);
		}
		int offset = original.indexOf(stripped.charAt(0)); // leading blanks, so positions match the input
		if (stripped.length() > MAX_LENGTH) {
			throw error(MarkRuleException.Reason.TOO_LONG, offset + MAX_LENGTH + 1, original,
					String.valueOf(stripped.length()), String.valueOf(MAX_LENGTH));
		}
		boolean keepOthers = stripped.endsWith(";"); //$NON-NLS-1$
		String body = keepOthers ? stripped.substring(0, stripped.length() - 1) : stripped;

		int end = body.indexOf(';');
		String first = end < 0 ? body : body.substring(0, end);
		int position = offset + 1;
		if (first.isEmpty()) {
			throw error(MarkRuleException.Reason.EMPTY_BLANK_MARK, position, original);
		}
		if (first.indexOf('=') >= 0) {
			throw error(MarkRuleException.Reason.BLANK_MARK_IS_PAIR, position, original, first);
		}
		char blankMark = singleMark(first, position, original);

		Map<Character, Character> pairs = new LinkedHashMap<>();
		Character lastNew = null;
		int start = end;
		while (start >= 0) {
			int elementStart = start + 1; // index in body after the ';'
			int elementEnd = body.indexOf(';', elementStart);
			String element = elementEnd < 0 ? body.substring(elementStart) : body.substring(elementStart, elementEnd);
			position = offset + elementStart + 1;
			if (element.isEmpty()) {
				throw error(MarkRuleException.Reason.EMPTY_ELEMENT, position, original);
			}
			int equals = element.indexOf('=');
			if (equals < 0) {
				throw error(MarkRuleException.Reason.MISSING_EQUALS, position, original, element);
			}
			String oldPart = element.substring(0, equals);
			String newPart = element.substring(equals + 1);
			if (oldPart.isEmpty()) {
				throw error(MarkRuleException.Reason.EMPTY_OLD, position, original, element);
			}
			if (newPart.isEmpty()) {
				throw error(MarkRuleException.Reason.EMPTY_NEW, position + equals + 1, original, element);
			}
			char oldMark = singleMark(oldPart, position, original);
			char newMark = singleMark(newPart, position + equals + 1, original);
			if (pairs.containsKey(oldMark)) {
				throw error(MarkRuleException.Reason.DUPLICATE_OLD, position, original, String.valueOf(oldMark));
			}
			pairs.put(oldMark, newMark);
			lastNew = newMark;
			start = elementEnd;
		}
		return new MarkRule(stripped, blankMark, pairs, keepOthers || pairs.isEmpty(), lastNew);
	}

	private static char singleMark(String part, int position, String rule) {
		if (part.length() != 1) {
			throw error(MarkRuleException.Reason.NOT_SINGLE_CHARACTER, position, rule, part);
		}
		char c = part.charAt(0);
		if (!QslColumn.isMarkCharacter(c)) {
			throw error(MarkRuleException.Reason.INVALID_CHARACTER, position, rule, part);
		}
		return c;
	}

	private static MarkRuleException error(MarkRuleException.Reason reason, int position, String rule,
			String... details) {
		String pattern = switch (reason) {
			case EMPTY -> Messages.MarkRule_EMPTY;
			case TOO_LONG -> Messages.MarkRule_TOO_LONG;
			case EMPTY_BLANK_MARK -> Messages.MarkRule_EMPTY_BLANK_MARK;
			case BLANK_MARK_IS_PAIR -> Messages.MarkRule_BLANK_MARK_IS_PAIR;
			case EMPTY_ELEMENT -> Messages.MarkRule_EMPTY_ELEMENT;
			case MISSING_EQUALS -> Messages.MarkRule_MISSING_EQUALS;
			case EMPTY_OLD -> Messages.MarkRule_EMPTY_OLD;
			case EMPTY_NEW -> Messages.MarkRule_EMPTY_NEW;
			case NOT_SINGLE_CHARACTER -> Messages.MarkRule_NOT_SINGLE_CHARACTER;
			case INVALID_CHARACTER -> Messages.MarkRule_INVALID_CHARACTER;
			case DUPLICATE_OLD -> Messages.MarkRule_DUPLICATE_OLD;
		};
		Object[] args = new Object[1 + details.length];
		args[0] = String.valueOf(position);
		System.arraycopy(details, 0, args, 1, details.length);
		return new MarkRuleException(reason, position, rule, Messages.format(pattern, args));
	}

	/**
	 * @param current the character now in the position, {@link QslColumn#BLANK} when empty
	 * @return the character to write
	 */
	public char apply(char current) {
		if (current == QslColumn.BLANK) {
			return blankMark;
		}
		Character mapped = pairs.get(current);
		if (mapped != null) {
			return mapped;
		}
		return otherMark != null ? otherMark : current;
	}

	/** @return the column with the rule applied to its received (3rd) position */
	public QslColumn applyReceived(QslColumn column) {
		return column.withReceived(apply(column.received()));
	}

	/** @return the column with the rule applied to its sent (2nd) position */
	public QslColumn applySent(QslColumn column) {
		return column.withSent(apply(column.sent()));
	}

	/** @return the mark written on a blank position (the first element) */
	public char blankMark() {
		return blankMark;
	}

	/** @return the {@code old=new} pairs in rule order */
	public Map<Character, Character> pairs() {
		return pairs;
	}

	/** @return whether characters not named in a pair stay as they are (trailing {@code ;}, or no pairs) */
	public boolean keepsOthers() {
		return otherMark == null;
	}

	/** @return the mark written over characters not named in a pair, empty when they are kept */
	public Optional<Character> otherMark() {
		return Optional.ofNullable(otherMark);
	}

	/** @return the rule text, without surrounding blanks */
	public String text() {
		return text;
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof MarkRule other && text.equals(other.text);
	}

	@Override
	public int hashCode() {
		return text.hashCode();
	}

	@Override
	public String toString() {
		return text;
	}
}
