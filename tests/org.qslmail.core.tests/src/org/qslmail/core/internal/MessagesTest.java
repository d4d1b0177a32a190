package org.qslmail.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.qslmail.tests.util.MessageCatalogs;

/** The JDK-only message catalogue of core: complete in both languages, loaded for the default locale. */
class MessagesTest {

	@Test
	void catalogueIsComplete() throws Exception {
		MessageCatalogs.assertComplete(Messages.class);
	}

	@Test
	void loadsTheDefaultLocale() throws IOException {
		boolean japanese = Locale.getDefault().getLanguage().equals("ja");
		Properties expected = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(japanese ? "messages_ja.properties" : "messages.properties")) {
			assertNotNull(in);
			expected.load(in);
		}
		assertEquals(expected.getProperty("Band_empty"), Messages.Band_empty);
		assertEquals(expected.getProperty("MarkRule_EMPTY"), Messages.MarkRule_EMPTY);
	}

	@Test
	void formatsArguments() {
		assertEquals("a x b 12345", Messages.format("a {0} b {1}", "x", "12345"));
		assertEquals("it's", Messages.format("it''s"));
	}
}
