package org.qslmail.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

	private static byte[] read(String name) throws IOException {
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			assertNotNull(in, name + " is on the class path");
			return in.readAllBytes();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			assertNotNull(in, name + " is on the class path");
			properties.load(in); // ISO-8859-1, as the escaped files expect
		}
		return properties;
	}

	private static Set<String> fieldNames() {
		return Arrays.stream(Messages.class.getDeclaredFields())
				.filter(f -> f.getType() == String.class && Modifier.isPublic(f.getModifiers())
						&& Modifier.isStatic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers()))
				.map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
	}

	@Test
	void bothLanguagesHaveExactlyTheSameKeys() throws IOException {
		assertEquals(new TreeSet<>(load("messages.properties").stringPropertyNames()),
				new TreeSet<>(load("messages_ja.properties").stringPropertyNames()));
	}

	@Test
	void everyFieldHasAKeyAndEveryKeyAField() throws IOException {
		assertEquals(fieldNames(), new TreeSet<>(load("messages.properties").stringPropertyNames()));
	}

	@Test
	void everyFieldHasAValue() throws IllegalAccessException {
		for (String name : fieldNames()) {
			try {
				Object value = Messages.class.getField(name).get(null);
				assertNotNull(value, name);
				assertFalse(((String) value).isBlank(), name);
				assertFalse(((String) value).startsWith("!"), name + " is missing from the bundle");
			} catch (NoSuchFieldException e) {
				throw new AssertionError(e);
			}
		}
		assertTrue(fieldNames().size() > 40);
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages.properties", "messages_ja.properties" })
	void filesArePureAscii(String name) throws IOException {
		byte[] bytes = read(name);
		for (int i = 0; i < bytes.length; i++) {
			assertTrue(bytes[i] >= 0, name + ": non-ASCII byte at offset " + i);
		}
	}

	@Test
	void japaneseIsTranslatedWithTheSamePlaceholders() throws IOException {
		Properties english = load("messages.properties");
		Properties japanese = load("messages_ja.properties");
		for (String key : english.stringPropertyNames()) {
			String en = english.getProperty(key);
			String ja = japanese.getProperty(key);
			assertTrue(ja.chars().anyMatch(c -> c > 0x7F), key + " is not translated");
			// both must be valid MessageFormat patterns using the same arguments
			assertEquals(placeholders(en), placeholders(ja), key);
		}
	}

	private static Set<Integer> placeholders(String pattern) {
		MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
		Object[] args = new Object[format.getFormatsByArgumentIndex().length];
		Set<Integer> used = new TreeSet<>();
		for (int i = 0; i < args.length; i++) {
			Arrays.fill(args, "");
			args[i] = "\u0001";
			if (format.format(args).indexOf('\u0001') >= 0) {
				used.add(i);
			}
		}
		return used;
	}

	@Test
	void loadsTheDefaultLocale() throws IOException {
		boolean japanese = Locale.getDefault().getLanguage().equals("ja");
		Properties expected = load(japanese ? "messages_ja.properties" : "messages.properties");
		assertEquals(expected.getProperty("Band_empty"), Messages.Band_empty);
		assertEquals(expected.getProperty("MarkRule_EMPTY"), Messages.MarkRule_EMPTY);
	}

	@Test
	void formatsArguments() {
		assertEquals("a x b 12345", Messages.format("a {0} b {1}", "x", "12345"));
		assertEquals("it's", Messages.format("it''s"));
	}
}
