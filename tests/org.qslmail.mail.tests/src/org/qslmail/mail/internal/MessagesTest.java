package org.qslmail.mail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class MessagesTest {

	private static Properties load(String name) throws Exception {
		Properties p = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			p.load(in);
		}
		return p;
	}

	@Test
	void englishAndJapaneseHaveTheSameKeys() throws Exception {
		Properties en = load("messages.properties");
		Properties ja = load("messages_ja.properties");
		assertFalse(en.isEmpty());
		assertEquals(en.keySet(), ja.keySet());
	}

	@Test
	void everyFieldIsFilled() throws Exception {
		for (var f : Messages.class.getFields()) {
			assertFalse(((String) f.get(null)).startsWith("NLS missing"), f.getName());
		}
	}
}
