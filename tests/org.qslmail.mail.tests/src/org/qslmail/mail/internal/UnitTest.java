package org.qslmail.mail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.Category;
import org.qslmail.mail.Security;
import org.qslmail.mail.TrustSettings;

class UnitTest {

	@Test
	void automaticPicksStrongestFirstAmongOffered() throws Exception {
		assertEquals(List.of(AuthMethod.DIGEST_MD5, AuthMethod.CRAM_MD5, AuthMethod.LOGIN, AuthMethod.PLAIN),
				AuthPlan.plan(AuthMethod.AUTOMATIC, List.of("PLAIN", "LOGIN", "CRAM-MD5", "DIGEST-MD5"), "f"));
		assertEquals(List.of(AuthMethod.LOGIN, AuthMethod.PLAIN),
				AuthPlan.plan(AuthMethod.AUTOMATIC, List.of("PLAIN", "LOGIN", "XOAUTH2"), "f"));
	}

	@Test
	void explicitMechanismNotOfferedIsNo8NeverASwitch() {
		MailException e = assertThrows(MailException.class,
				() -> AuthPlan.plan(AuthMethod.CRAM_MD5, List.of("PLAIN", "LOGIN"), "f"));
		assertEquals(Category.AUTH_METHOD, e.category());
		assertEquals("No-8", e.code());
		assertTrue(e.serverReply().contains("PLAIN LOGIN"), e.serverReply());
	}

	@Test
	void apopDigestIsRfc1939Example() {
		// RFC 1939 section 7: timestamp and secret "tanstaaf".
		assertEquals("c4c9334bac560ecc979e58001b3e22fb",
				Pop3Client.apopDigest("<1896.697170952@dbc.mtview.ca.us>", "tanstaaf".toCharArray()));
	}

	@Test
	void dotStuffingAndLineEnds() throws Exception {
		assertEquals("a\r\n..b\r\nc\r\n.\r\n", stuffed("a\n.b\r\nc"));
		assertEquals("x\r\n.\r\n", stuffed("x\r\n"));
		assertEquals("..\r\n.\r\n", stuffed("."));
	}

	private static String stuffed(String text) throws Exception {
		ByteArrayOutputStream sink = new ByteArrayOutputStream();
		MessageOutputStream out = new MessageOutputStream(new MessageOutputStream.Sink() {
			@Override
			public void write(byte[] bytes, int offset, int length) {
				sink.write(bytes, offset, length);
			}

			@Override
			public void flush() {
				// in memory
			}
		});
		out.write(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		out.finish();
		return sink.toString(java.nio.charset.StandardCharsets.US_ASCII);
	}

	@Test
	void tokenHeaderIsFoundUnfoldedAndCaseInsensitive() {
		assertTrue(MailServiceImpl.hasToken(List.of("Subject: x", "x-qslmail-check: QSL-1"), "QSL-1"));
		assertTrue(MailServiceImpl.hasToken(List.of("X-QSLMail-Check:", "\tQSL-2"), "QSL-2"));
		assertFalse(MailServiceImpl.hasToken(List.of("X-QSLMail-Check: QSL-3X"), "QSL-3"));
	}

	@Test
	void wildcardMatchesOneLabelOnly() {
		assertTrue(Certificates.matchesName("mail.example.jp", "*.example.jp"));
		assertFalse(Certificates.matchesName("a.mail.example.jp", "*.example.jp"));
		assertFalse(Certificates.matchesName("example.jp", "*.example.jp"));
		assertTrue(Certificates.matchesName("pop.example.jp", "pop.example.jp"));
	}

	@Test
	void tlsOnlyModesRestrictTheProtocol() {
		assertEquals(List.of("TLSv1.2"), List.of(Security.TLS1_2.protocols()));
		assertEquals(List.of("TLSv1.3"), List.of(Security.TLS1_3.protocols()));
		assertEquals(Security.STARTTLS, Security.parse("starttls"));
		assertEquals(AuthMethod.AUTOMATIC, AuthMethod.parse("auto"));
		assertEquals(AuthMethod.CRAM_MD5, AuthMethod.parse("cram-md5"));
	}

	@Test
	void pinsAreNormalised() {
		TrustSettings t = TrustSettings.SYSTEM.withPin("Mail.Example.JP", 465, "AB:CD:ef");
		assertEquals("abcdef", t.pinFor("mail.example.jp", 465));
		assertEquals(null, t.pinFor("mail.example.jp", 587));
	}

	@Test
	void guessesCoverThunderbirdHostsAndPorts() {
		var guesses = Detector.guesses("example.jp");
		assertTrue(guesses.stream().anyMatch(e -> e.host().equals("smtp.example.jp") && e.port() == 465));
		assertTrue(guesses.stream().anyMatch(e -> e.host().equals("pop3.example.jp") && e.port() == 995));
		assertTrue(guesses.stream().anyMatch(e -> e.host().equals("imap.example.jp") && e.port() == 143));
		assertTrue(guesses.stream().anyMatch(e -> e.host().equals("example.jp") && e.port() == 25));
	}
}
