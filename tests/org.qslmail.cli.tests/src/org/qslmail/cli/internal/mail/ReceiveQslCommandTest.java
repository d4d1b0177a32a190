package org.qslmail.cli.internal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qslmail.cli.ExitCode;
import org.qslmail.cli.UsageException;
import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.Mode;
import org.qslmail.exchange.message.QslMessageParser;
import org.qslmail.mail.internal.AngusContext;
import org.qslmail.mail.internal.MailServiceImpl;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** {@code qslmail receive-qsl} against GreenMail's POP3: account file, store folder, JSON, summary, usage errors. */
class ReceiveQslCommandTest {

	static GreenMail greenMail;
	static GreenMailUser user;
	static final Function<String, String> ENV = Map.of("QSL_PW", "secret")::get;

	@TempDir
	Path dir;

	@BeforeAll
	static void start() throws Exception {
		greenMail = AngusContext.call(() -> {
			GreenMail g = new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] { ServerSetupTest.POP3 }));
			user = g.setUser("ja1abc@example.com", "ja1abc", "secret");
			g.start();
			return g;
		});
	}

	@AfterAll
	static void stop() {
		greenMail.stop();
	}

	/** A version-1 QSL mail built by hand (docs/qsl-mail-format.md). */
	static byte[] card(String sender, LocalDateTime utc) {
		String id = QslMessageParser.cardId(Callsign.parse(sender), Callsign.parse("JA1ABC"), utc, Band.ofAdif("20m").orElseThrow(),
				Mode.parse("FT8"));
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 17, 8, 1, (byte) 0x90, 2, 0, 3, 1, 0x22, 0, 2, 0x11, 1,
				3, 0x11, 1, (byte) 0xFF, (byte) 0xD9 };
		String date = String.format("%tY%<tm%<td", utc);
		String time = String.format("%tH%<tM", utc);
		String adif = "<EOH>\r\n<STATION_CALLSIGN:" + sender.length() + ">" + sender + " <CALL:6>JA1ABC <QSO_DATE:8>" + date
				+ " <TIME_ON:4>" + time + " <BAND:3>20m <MODE:3>FT8 <EOR>\r\n";
		String text = "From: " + sender.toLowerCase() + "@example.com\r\nTo: ja1abc@example.com\r\nSubject: eQSL\r\n"
				+ "Message-ID: <" + id + "." + sender + "@example.com>\r\nMIME-Version: 1.0\r\nX-QSLMail-QSL: 1\r\nX-QSLMail-Card: " + id
				+ "\r\nX-QSLMail-QSO-Date: " + String.format("%tY-%<tm-%<tdT%<tH:%<tMZ", utc)
				+ "\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: image/jpeg\r\n"
				+ "Content-Disposition: attachment; filename=\"card.jpg\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
				+ Base64.getMimeEncoder().encodeToString(jpeg) + "\r\n--b1\r\nContent-Type: text/x-adif; charset=UTF-8\r\n"
				+ "Content-Disposition: attachment; filename=\"card.adi\"\r\n\r\n" + adif + "--b1--\r\n";
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static void deliver(byte[] raw) throws Exception {
		AngusContext.call(() -> {
			user.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
			return null;
		});
	}

	record Run(int code, String out, String err) {
	}

	static Run run(String... args) {
		ReceiveQslCommand command = new ReceiveQslCommand(ENV);
		command.setMailService(new MailServiceImpl());
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = command.run(List.of(args), new PrintWriter(out, true), new PrintWriter(err, true));
		return new Run(code, out.toString(), err.toString());
	}

	private Path accountFile() throws Exception {
		Path file = dir.resolve("ja1abc.account");
		Files.writeString(file, String.join("\n", "address = ja1abc@example.com", "user = ja1abc", "password-env = QSL_PW",
				"pop-host = 127.0.0.1", "pop-port = " + greenMail.getPop3().getPort(), "pop-security = none", "pop-auth = plain",
				"timeout = 10", ""));
		return file;
	}

	@Test
	void receivesCardsIntoTheStoreWithJsonAndTextOutput() throws Exception {
		greenMail.purgeEmailFromAllMailboxes();
		deliver(card("JA2XYZ", LocalDateTime.of(2025, 5, 1, 12, 0)));
		deliver(("From: x@example.com\r\nTo: ja1abc@example.com\r\nSubject: hi\r\n\r\nhello\r\n").getBytes(StandardCharsets.US_ASCII));
		deliver(card("JA3AAA", LocalDateTime.of(2016, 5, 1, 12, 0)));
		deliver(card("JA4BBB", LocalDateTime.of(2025, 5, 2, 12, 0)));
		Path store = dir.resolve("store");
		Run r = run("--account", accountFile().toString(), "--store", store.toString(), "--cutoff", "1804",
				"--delete-after-receive", "--json");
		assertEquals(ExitCode.OK, r.code(), r.toString());
		JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
		assertTrue(json.get("ok").getAsBoolean());
		JsonObject summary = json.getAsJsonObject("summary");
		assertEquals(2, summary.get("stored").getAsInt(), r.out());
		assertEquals(1, summary.get("not-qsl").getAsInt());
		assertEquals(1, summary.get("deleted-old").getAsInt());
		assertEquals(3, summary.get("deletedOnServer").getAsInt());
		assertEquals(4, json.getAsJsonArray("messages").size());
		assertEquals("JA2XYZ", json.getAsJsonArray("messages").get(0).getAsJsonObject().get("sender").getAsString());
		assertTrue(Files.exists(store.resolve("journal.log")));
		assertEquals(1, greenMail.getReceivedMessages().length);

		Run again = run("--account", accountFile().toString(), "--store", store.toString(), "--newest", "5");
		assertEquals(ExitCode.OK, again.code(), again.toString());
		assertTrue(again.out().contains("Stored 0, already stored 0, quarantined 0, not QSL 1"), again.out());
		assertTrue(again.out().contains("Store: " + store), again.out());
	}

	@Test
	void wrongOptionsAreUsageErrors() throws Exception {
		String account = accountFile().toString();
		assertThrows(UsageException.class, () -> run("--account", account, "--newest", "0"));
		assertThrows(UsageException.class, () -> run("--account", account, "--cutoff", "1813"));
		assertThrows(UsageException.class, () -> run("--account", account, "--store"));
		assertThrows(UsageException.class, () -> run("--account", account, "--bogus"));
		assertThrows(UsageException.class, () -> run("--address", "ja1abc@example.com"));
	}

	@Test
	void aWrongPasswordFailsWithTheClassifiedError() throws Exception {
		Run r = run("--address", "ja1abc@example.com", "--user", "ja1abc", "--password-env", "QSL_PW", "--pop-host", "127.0.0.1",
				"--pop-port", String.valueOf(greenMail.getPop3().getPort()), "--pop-security", "none", "--pop-auth", "plain",
				"--store", dir.resolve("s").toString(), "--json");
		assertEquals(ExitCode.OK, r.code(), r.toString());
		Run wrong = run("--address", "ja1abc@example.com", "--user", "nobody", "--password-env", "QSL_PW", "--pop-host", "127.0.0.1",
				"--pop-port", String.valueOf(greenMail.getPop3().getPort()), "--pop-security", "none", "--pop-auth", "plain",
				"--store", dir.resolve("s").toString(), "--json");
		assertEquals(ExitCode.FAILED, wrong.code(), wrong.toString());
		JsonObject json = JsonParser.parseString(wrong.out()).getAsJsonObject();
		assertEquals("auth", json.getAsJsonObject("failure").get("category").getAsString());
	}
}
