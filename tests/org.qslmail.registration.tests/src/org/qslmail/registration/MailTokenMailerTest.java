package org.qslmail.registration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.qslmail.directory.server.TokenMailer;

import jakarta.mail.internet.MimeMessage;

/** The token mail's headers are the fixed contract; values that could inject headers are refused. */
class MailTokenMailerTest {

	@Test
	void theMailCarriesTheCheckIdAndTheToken() throws Exception {
		MimeMessage m = MailTokenMailer.message("directory@example.org", "ja1abc@example.jp", "JA1ABC", "Chk_1-a",
				"Tok_2-b");
		assertArrayEquals(new String[] { "Chk_1-a" }, m.getHeader(TokenMailer.CHECK_HEADER));
		assertArrayEquals(new String[] { "Tok_2-b" }, m.getHeader(TokenMailer.TOKEN_HEADER));
		assertEquals("ja1abc@example.jp", m.getAllRecipients()[0].toString());
		assertTrue(m.getSubject().startsWith(TokenMailer.SUBJECT_PREFIX), m.getSubject());
	}

	@Test
	void headerInjectionIsRefused() {
		assertThrows(IllegalArgumentException.class,
				() -> MailTokenMailer.message("d@example.org", "a@example.jp", "JA1ABC", "x\r\nBcc: b@evil.example", "t"));
		assertThrows(IllegalArgumentException.class,
				() -> MailTokenMailer.message("d@example.org", "a@example.jp", "JA1ABC", "x", "t t"));
	}
}
