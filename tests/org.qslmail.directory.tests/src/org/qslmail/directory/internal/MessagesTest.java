package org.qslmail.directory.internal;

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

import org.junit.jupiter.api.Test;

/** Every text exists in English and Japanese, and every Messages field has a text. */
class MessagesTest {

	private static Properties load(String name) throws IOException {
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			assertNotNull(in, name);
			Properties properties = new Properties();
			properties.load(in);
			return properties;
		}
	}

	private static Set<String> keys(Properties properties) {
		return new TreeSet<>(properties.stringPropertyNames());
	}

	@Test
	void japaneseHasExactlyTheEnglishKeys() throws IOException {
		assertEquals(keys(load("messages.properties")), keys(load("messages_ja.properties")));
	}

	@Test
	void everyFieldHasAnEnglishText() throws Exception {
		Properties english = load("messages.properties");
		Set<String> fields = new TreeSet<>();
		for (Field field : Messages.class.getDeclaredFields()) {
			if (Modifier.isPublic(field.getModifiers()) && field.getType() == String.class) {
				fields.add(field.getName());
				String text = (String) field.get(null);
				assertNotNull(text, field.getName());
				assertFalse(text.startsWith("NLS missing message"), field.getName());
			}
		}
		assertEquals(keys(english), fields);
	}

	@Test
	void japaneseTextsAreNotEnglishCopies() throws IOException {
		Properties english = load("messages.properties");
		Properties japanese = load("messages_ja.properties");
		long translated = english.stringPropertyNames().stream()
				.filter(key -> !english.getProperty(key).equals(japanese.getProperty(key))).count();
		// Product names and format-only texts may stay the same; most must differ.
		assertFalse(translated < english.size() / 2, "only " + translated + " of " + english.size() + " translated");
	}
}
