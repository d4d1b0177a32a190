package org.qslmail.mail.internal;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.DetectOptions;
import org.qslmail.mail.DetectedSetting;
import org.qslmail.mail.HostResolver;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.MailResult;
import org.qslmail.mail.Security;
import org.qslmail.mail.SmtpSettings;
import org.qslmail.mail.TrustSettings;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.qslmail.tests.util.RealMailServers;

/**
 * The mail-transport benchmark of docs/benchmarks.md, not part of the test suite (its name does not match
 * the test patterns). Run it with {@code releng/scripts/benchmark-mail.sh}; it prints lines starting with
 * {@code BENCH}. Uses the real postfix/dovecot of {@link RealMailServers} (root and the Debian packages).
 */
class MailBenchmark {

	private static final int MESSAGES = 1_000;

	@Test
	void run() throws Exception {
		RealMailServers.assumeInstalled();
		try (RealMailServers servers = new RealMailServers()) {
			MailServiceImpl service = new MailServiceImpl();
			MailAccount account = new MailAccount(RealMailServers.ADDRESS, null, RealMailServers.PASSWORD.toCharArray(),
					new SmtpSettings("127.0.0.1", servers.submission, Security.STARTTLS, AuthMethod.AUTOMATIC), null, false,
					Duration.ofSeconds(30), TrustSettings.SYSTEM.withCaFile(servers.caPem));
			List<MimeMessage> messages = new ArrayList<>();
			for (int i = 0; i < MESSAGES; i++) {
				int n = i;
				messages.add(AngusContext.call(() -> {
					MimeMessage m = new MimeMessage(Session.getInstance(new java.util.Properties()));
					m.setFrom(new InternetAddress(RealMailServers.ADDRESS));
					m.setRecipient(Message.RecipientType.TO, new InternetAddress(RealMailServers.ADDRESS));
					m.setSubject("JA1ABC QSL card " + n);
					m.setText("QSO 2026-11-22 12:00 UTC 7 MHz CW 599\n".repeat(20));
					m.saveChanges();
					return m;
				}));
			}
			// Warm-up: JIT and TLS session machinery.
			check(service.send(account, messages.subList(0, 20), null));

			long start = System.nanoTime();
			check(service.send(account, messages, null));
			long reused = (System.nanoTime() - start) / 1_000_000;

			start = System.nanoTime();
			for (MimeMessage m : messages) {
				check(service.send(account, List.of(m), null));
			}
			long perMessage = (System.nanoTime() - start) / 1_000_000;
			System.out.println(String.format(Locale.ROOT,
					"BENCH send %d messages, postfix submission STARTTLS + DIGEST-MD5: one connection %d ms (%.2f ms/message), one connection per message %d ms (%.2f ms/message), ratio %.1f",
					MESSAGES, reused, reused / (double) MESSAGES, perMessage, perMessage / (double) MESSAGES,
					perMessage / (double) reused));

			try (SilentServer silent = new SilentServer()) {
				int refused = SilentServer.refusedPort();
				Map<String, Integer> map = Map.of("smtp.example.test:465", servers.smtps, "pop.example.test:995", servers.pop3s,
						"imap.example.test:993", servers.imaps, "mail.example.test:587", silent.port(), "mail.example.test:110",
						silent.port(), "mail.example.test:143", silent.port());
				HostResolver resolver = (host, port) -> new InetSocketAddress("127.0.0.1", map.getOrDefault(host + ':' + port, refused));
				for (int seconds : new int[] { 2, 5, 10 }) {
					long t0 = System.nanoTime();
					List<DetectedSetting> found = service.detect(RealMailServers.ADDRESS,
							new DetectOptions(Duration.ofSeconds(seconds), TrustSettings.SYSTEM.withCaFile(servers.caPem), resolver),
							null);
					long ms = (System.nanoTime() - t0) / 1_000_000;
					System.out.println(String.format(Locale.ROOT,
							"BENCH detect timeout %d s, %d candidates incl. 3 unanswering: %d ms (%.2f x timeout), %d working settings found",
							seconds, Detector.guesses("example.test").size(), ms, ms / (seconds * 1000.0), found.size()));
				}
			}
		}
	}

	private static void check(MailResult r) {
		if (!r.ok()) {
			throw new AssertionError(r.toString());
		}
	}
}
