package org.qslmail.tests.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a bundle's message catalogue: {@code messages.properties} and {@code messages_ja.properties} next
 * to the Messages class are ASCII (other characters as backslash-u escapes, as NLS reads them), have the same keys
 * with the same {0}-style arguments, every public String field of the class has a text, and most texts
 * are really translated.
 */
public final class MessageCatalogs {

	private MessageCatalogs() {
	}

	public static void assertComplete(Class<?> messages) throws IOException, IllegalAccessException {
		Properties english = load(messages, "messages.properties");
		Properties japanese = load(messages, "messages_ja.properties");
		assertEquals(keys(english), keys(japanese), "the Japanese catalogue has exactly the English keys");
		for (String key : english.stringPropertyNames()) {
			assertEquals(arguments(english.getProperty(key)), arguments(japanese.getProperty(key)),
					key + " uses the same arguments in both languages");
		}

		Set<String> fields = new TreeSet<>();
		for (Field field : messages.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers)
					&& field.getType() == String.class) {
				fields.add(field.getName());
				String text = (String) field.get(null);
				assertNotNull(text, field.getName());
				assertFalse(text.startsWith("NLS missing message"), field.getName());
			}
		}
		assertEquals(keys(english), fields, "every Messages field has a text and every text a field");

		// Product names and format-only texts may stay the same in both languages; most must differ.
		long translated = english.stringPropertyNames().stream()
				.filter(key -> !english.getProperty(key).equals(japanese.getProperty(key))).count();
		assertFalse(translated < english.size() / 2, "only " + translated + " of " + english.size() + " translated");
	}

	private static Properties load(Class<?> messages, String name) throws IOException {
		try (InputStream in = messages.getResourceAsStream(name)) {
			assertNotNull(in, name + " next to " + messages.getName());
			byte[] bytes = in.readAllBytes();
			for (int i = 0; i < bytes.length; i++) {
				assertFalse(bytes[i] < 0, name + ": non-ASCII byte at offset " + i + "; write \\uXXXX");
			}
			Properties properties = new Properties();
			properties.load(new java.io.ByteArrayInputStream(bytes));
			return properties;
		}
	}

	/** The argument numbers a MessageFormat pattern uses, e.g. {0, 2}. */
	private static Set<Integer> arguments(String pattern) {
		Set<Integer> used = new TreeSet<>();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{(\\d+)[,}]").matcher(pattern);
		while (matcher.find()) {
			used.add(Integer.parseInt(matcher.group(1)));
		}
		return used;
	}

	private static Set<String> keys(Properties properties) {
		return new TreeSet<>(properties.stringPropertyNames());
	}
}
