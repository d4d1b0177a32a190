package org.qslmail.account.ui.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.qslmail.directory.DirectoryClient;
import org.qslmail.directory.DirectoryLocation;
import org.qslmail.directory.server.DirectoryServer;
import org.qslmail.directory.server.DirectoryStore;
import org.qslmail.directory.server.PasswordHashing;
import org.qslmail.directory.server.TokenMailer;
import org.qslmail.mail.internal.AngusContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * What the editor talks to in the UI test, all in this JVM on loopback with free ports: GreenMail (SMTP and
 * POP3), an in-process QSL directory that delivers its token mails into GreenMail, a secure storage file opened
 * on a test password, and a {@link DirectoryLocation} for that directory.
 */
final class LoopbackServers implements AutoCloseable {

	static final String CALLSIGN = "JA1UIT";
	static final String ADDRESS = "ja1uit@example.jp";
	static final String MAIL_PASSWORD = "mail-secret-42";
	static final String DIRECTORY_PASSWORD = "directory-pass-1234";

	final GreenMail greenMail;
	final DirectoryServer server;
	final URI uri;

	LoopbackServers() throws Exception {
		greenMail = AngusContext.call(() -> {
			GreenMail g = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_POP3));
			g.setUser(ADDRESS, ADDRESS, MAIL_PASSWORD);
			g.start();
			return g;
		});
		DirectoryStore store = new DirectoryStore("jdbc:h2:mem:accountui" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
				null, null, Clock.systemUTC(), new PasswordHashing(1000));
		TokenMailer mailer = (address, callsign, checkId, token) -> AngusContext.call(() -> {
			MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
			m.setFrom(new InternetAddress("directory@example.test"));
			m.setRecipients(MimeMessage.RecipientType.TO, address);
			m.setSubject(TokenMailer.SUBJECT_PREFIX + callsign);
			m.setHeader(TokenMailer.CHECK_HEADER, checkId);
			m.setHeader(TokenMailer.TOKEN_HEADER, token);
			m.setText("token mail");
			m.saveChanges();
			greenMail.getUserManager().getUserByEmail(address).deliver(m);
			return null;
		});
		server = DirectoryServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), store, mailer);
		uri = URI.create("http://127.0.0.1:" + server.address().getPort() + "/");
		client().createStation(CALLSIGN, DIRECTORY_PASSWORD.toCharArray());
	}

	DirectoryClient client() {
		return new DirectoryClient(uri, Duration.ofSeconds(10));
	}

	int smtpPort() {
		return greenMail.getSmtp().getPort();
	}

	int pop3Port() {
		return greenMail.getPop3().getPort();
	}

	DirectoryLocation location() {
		return new DirectoryLocation() {
			@Override
			public Optional<URI> uri() {
				return Optional.of(uri);
			}

			@Override
			public boolean sandbox() {
				return false;
			}
		};
	}

	/** Secure storage in a test file, unlocked by a test password: no keyring, no dialog. */
	static ISecurePreferences secureStorage(Path file) throws Exception {
		Map<Object, Object> options = new HashMap<>();
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("ui-test-master-password".toCharArray()));
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		return SecurePreferencesFactory.open(file.toUri().toURL(), options);
	}

	@Override
	public void close() {
		server.close();
		greenMail.stop();
	}
}
