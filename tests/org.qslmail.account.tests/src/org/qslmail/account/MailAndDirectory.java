package org.qslmail.account;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.qslmail.directory.DirectoryClient;
import org.qslmail.directory.server.DirectoryServer;
import org.qslmail.directory.server.DirectoryStore;
import org.qslmail.directory.server.PasswordHashing;
import org.qslmail.directory.server.TokenMailer;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.Security;
import org.qslmail.mail.internal.AngusContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A local mail server (GreenMail, SMTP and POP3 on loopback, free ports) and an in-process QSL directory whose
 * token mails are delivered into that mail server, as a real directory's would be.
 */
final class MailAndDirectory implements AutoCloseable {

	static final String CALLSIGN = "JA1UIT";
	static final String ADDRESS = "ja1uit@example.jp";
	static final String LOGIN = "ja1uit";
	static final String MAIL_PASSWORD = "mail-secret";
	static final String DIRECTORY_PASSWORD = "directory-pass-1234";

	final GreenMail greenMail;
	final DirectoryServer server;
	final URI uri;
	/** When true, token mails wait in {@link #held} until {@link #deliverHeld()}. */
	volatile boolean hold;
	final List<MimeMessage> held = new ArrayList<>();

	MailAndDirectory() throws Exception {
		greenMail = AngusContext.call(() -> {
			GreenMail g = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_POP3));
			g.setUser(ADDRESS, LOGIN, MAIL_PASSWORD);
			g.start();
			return g;
		});
		DirectoryStore store = new DirectoryStore("jdbc:h2:mem:account" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
				null, null, Clock.systemUTC(), new PasswordHashing(1000));
		TokenMailer mailer = (address, callsign, checkId, token) -> {
			MimeMessage mail = AngusContext.call(() -> {
				MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
				m.setFrom(new InternetAddress("directory@example.test"));
				m.setRecipients(MimeMessage.RecipientType.TO, address);
				m.setSubject(TokenMailer.SUBJECT_PREFIX + callsign);
				m.setHeader(TokenMailer.CHECK_HEADER, checkId);
				m.setHeader(TokenMailer.TOKEN_HEADER, token);
				m.setText("token mail");
				m.saveChanges();
				return m;
			});
			if (hold) {
				synchronized (held) {
					held.add(mail);
				}
			} else {
				deliver(mail);
			}
		};
		server = DirectoryServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), store, mailer);
		uri = URI.create("http://127.0.0.1:" + server.address().getPort() + "/");
		client().createStation(CALLSIGN, DIRECTORY_PASSWORD.toCharArray());
	}

	private void deliver(MimeMessage mail) throws Exception {
		AngusContext.call(() -> {
			greenMail.getUserManager().getUserByEmail(ADDRESS).deliver(mail);
			return null;
		});
	}

	void deliverHeld() throws Exception {
		synchronized (held) {
			for (MimeMessage m : held) {
				deliver(m);
			}
			held.clear();
		}
	}

	DirectoryClient client() {
		return new DirectoryClient(uri, Duration.ofSeconds(10));
	}

	/** Settings of the test account on this mail server (no encryption: loopback only). */
	AccountSettings settings() {
		return new AccountSettings().callsign(CALLSIGN).address(ADDRESS).user(LOGIN).timeoutSeconds(10)
				.smtpHost("127.0.0.1").smtpPort(greenMail.getSmtp().getPort()).smtpSecurity(Security.NONE)
				.smtpAuth(AuthMethod.PLAIN).receiveHost("127.0.0.1").receivePort(greenMail.getPop3().getPort())
				.receiveSecurity(Security.NONE).receiveAuth(AuthMethod.AUTOMATIC);
	}

	Secrets secrets() {
		return Secrets.of(MAIL_PASSWORD, null, DIRECTORY_PASSWORD);
	}

	@Override
	public void close() {
		server.close();
		greenMail.stop();
	}
}
