package org.qslmail.log.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class MessagesTest {

	@Test
	void englishAndJapaneseHaveTheSameKeys() throws Exception {
		assertEquals(load("messages.properties").keySet(), load("messages_ja.properties").keySet());
	}

	private static Properties load(String name) throws Exception {
		Properties p = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			p.load(in);
		}
		return p;
	}
}
