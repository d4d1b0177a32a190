package org.qslmail.mail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.Category;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.MailResult;
import org.qslmail.mail.Mailbox;
import org.qslmail.mail.MailboxEntry;
import org.qslmail.mail.MailboxException;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.ReceiveSettings;
import org.qslmail.mail.Security;
import org.qslmail.mail.SmtpSettings;
import org.qslmail.mail.TrustSettings;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** The mailbox API (list, headers, streamed retrieval with dot-stuffing undone, delete, commit) over POP3 and IMAP. */
class MailboxGreenMailTest {

	static final String ADDRESS = "ja1abc@example.com";
	static GreenMail greenMail;
	final MailServiceImpl service = new MailServiceImpl();

	@BeforeAll
	static void start() throws Exception {
		AngusContext.call(() -> {
			greenMail = new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] { ServerSetupTest.SMTP, ServerSetupTest.POP3,
					ServerSetupTest.IMAP }));
			greenMail.setUser(ADDRESS, "ja1abc", "secret");
			greenMail.start();
			return null;
		});
	}

	@AfterAll
	static void stop() {
		greenMail.stop();
	}

	@BeforeEach
	void purge() throws Exception {
		greenMail.purgeEmailFromAllMailboxes();
	}

	static MailAccount account(Protocol protocol, String password) {
		int port = protocol == Protocol.POP3 ? greenMail.getPop3().getPort() : greenMail.getImap().getPort();
		return new MailAccount(ADDRESS, "ja1abc", password.toCharArray(),
				new SmtpSettings("127.0.0.1", greenMail.getSmtp().getPort(), Security.NONE, AuthMethod.PLAIN),
				new ReceiveSettings(protocol, "127.0.0.1", port, Security.NONE, AuthMethod.AUTOMATIC, false, false), false,
				Duration.ofSeconds(10), TrustSettings.SYSTEM);
	}

	private void send(int n) throws Exception {
		List<MimeMessage> messages = AngusContext.call(() -> {
			List<MimeMessage> list = new java.util.ArrayList<>();
			for (int i = 0; i < n; i++) {
				MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
				m.setFrom(new InternetAddress(ADDRESS));
				m.setRecipient(Message.RecipientType.TO, new InternetAddress(ADDRESS));
				m.setSubject("message " + i);
				m.setHeader("X-QSLMail-QSL", "1");
				m.setText("first line\r\n.leading dot\r\n..two dots\r\n.\r\nlast line " + i + "\r\n", "UTF-8");
				m.saveChanges();
				list.add(m);
			}
			return list;
		});
		MailResult r = service.send(account(Protocol.POP3, "secret"), messages, null);
		assertTrue(r.ok(), r::toString);
	}

	@ParameterizedTest
	@EnumSource(value = Protocol.class, names = { "POP3", "IMAP" })
	void listsReadsHeadersStreamsMessagesAndDeletes(Protocol protocol) throws Exception {
		send(3);
		try (Mailbox box = service.openMailbox(account(protocol, "secret"), new NullProgressMonitor())) {
			assertEquals(protocol, box.protocol());
			assertTrue(box.identity().startsWith(protocol.name().toLowerCase() + "://ja1abc@127.0.0.1:"), box.identity());
			List<MailboxEntry> entries = box.list();
			assertEquals(3, entries.size());
			for (MailboxEntry e : entries) {
				assertTrue(e.size() > 0, e.toString()); // GreenMail's POP3 LIST counts only part of the message
				String headers = new String(box.headers(e), StandardCharsets.UTF_8);
				assertTrue(headers.contains("X-QSLMail-QSL: 1"), headers);
				assertTrue(!headers.contains("first line"), headers);
				String body;
				try (InputStream in = box.retrieve(e)) {
					body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
				assertTrue(body.contains("\r\n.leading dot\r\n..two dots\r\n.\r\nlast line"), body);
			}
			// a stream closed early is drained, the session goes on
			box.retrieve(entries.get(0)).close();
			box.delete(entries.get(1));
			box.commit();
		}
		try (Mailbox box = service.openMailbox(account(protocol, "secret"), null)) {
			assertEquals(2, box.list().size());
			box.commit();
		}
	}

	@ParameterizedTest
	@EnumSource(value = Protocol.class, names = { "POP3", "IMAP" })
	void severalHeadersAtOnceAndAWrongPasswordIsClassified(Protocol protocol) throws Exception {
		// (that POP3 applies no DELE without QUIT is tested against dovecot: GreenMail deletes at once)
		send(3);
		try (Mailbox box = service.openMailbox(account(protocol, "secret"), null)) {
			List<MailboxEntry> entries = box.list();
			List<byte[]> headers = box.headers(entries);
			assertEquals(3, headers.size());
			for (int i = 0; i < 3; i++) {
				String h = new String(headers.get(i), StandardCharsets.UTF_8);
				assertTrue(h.contains("Subject: message " + i), h);
				assertTrue(!h.contains("first line"), h);
			}
			box.commit();
		}
		MailboxException e = assertThrows(MailboxException.class, () -> service.openMailbox(account(protocol, "wrong"), null));
		assertEquals(Category.AUTH, e.result().category());
		assertEquals("No-2", e.result().code());
	}
}
