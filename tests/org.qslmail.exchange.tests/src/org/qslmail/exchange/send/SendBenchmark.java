package org.qslmail.exchange.send;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.LogZone;
import org.qslmail.core.QslColumn;
import org.qslmail.directory.DirectoryClient;
import org.qslmail.directory.DirectorySession;
import org.qslmail.directory.server.DirectoryServer;
import org.qslmail.directory.server.DirectoryStore;
import org.qslmail.directory.server.PasswordHashing;
import org.qslmail.exchange.card.CardData;
import org.qslmail.exchange.card.CardRenderer;
import org.qslmail.exchange.card.CardTemplates;
import org.qslmail.exchange.message.QslCard;
import org.qslmail.exchange.message.QslMail;
import org.qslmail.exchange.message.QslMailComposer;
import org.qslmail.log.Qso;
import org.qslmail.log.QsoStore;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.MailResult;
import org.qslmail.mail.Security;
import org.qslmail.mail.SmtpSettings;
import org.qslmail.mail.TrustSettings;
import org.qslmail.mail.internal.MailServiceImpl;
import org.qslmail.tests.util.RealMailServers;

/**
 * The sending benchmark of docs/benchmarks.md, not part of the test suite (its name does not match the test
 * patterns). Run by {@code releng/scripts/benchmark-send.sh}; prints lines starting with {@code BENCH}.
 * 1,000 cards, rendering included, to the real postfix: the send operation (one connection, marks written)
 * against rendering and sending each card over a connection of its own.
 */
class SendBenchmark {

	private static final int CARDS = Integer.getInteger("cards", 1000);

	@Test
	void run() throws Exception {
		RealMailServers.assumeInstalled();
		Path dir = Files.createTempDirectory("qslmail-send-bench");
		Map<String, String> tokens = new ConcurrentHashMap<>();
		try (RealMailServers servers = new RealMailServers();
				DirectoryServer directory = DirectoryServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
						new DirectoryStore("jdbc:h2:" + dir.resolve("directory").toAbsolutePath(), null, null, Clock.systemUTC(),
								new PasswordHashing(1000)),
						(address, call, check, token) -> tokens.put(address, token));
				QsoStore store = QsoStore.open(dir.resolve("log"))) {
			DirectoryClient client = new DirectoryClient(URI.create("http://127.0.0.1:" + directory.address().getPort() + "/"),
					Duration.ofSeconds(30));
			for (String[] s : new String[][] { { "JA1ABC", RealMailServers.ADDRESS }, { "JA2XYZ", RealMailServers.SECOND_ADDRESS } }) {
				client.createStation(s[0], "correct horse 73".toCharArray());
				DirectorySession session = client.login(s[0], "correct horse 73".toCharArray());
				client.startRegistration(session, s[1]);
				client.confirmRegistration(session, tokens.get(s[1]));
			}
			DirectorySession session = client.login("JA1ABC", "correct horse 73".toCharArray());
			MailAccount account = new MailAccount(RealMailServers.ADDRESS, null, RealMailServers.PASSWORD.toCharArray(),
					new SmtpSettings("127.0.0.1", servers.submission, Security.STARTTLS, AuthMethod.AUTOMATIC), null, false,
					Duration.ofSeconds(60), TrustSettings.SYSTEM.withCaFile(servers.caPem));
			Instant first = Instant.parse("2026-01-01T00:00:00Z");
			for (int i = 0; i < CARDS; i++) {
				store.add(new Qso().setCall("JA2XYZ").setStationCallsign("JA1ABC").setInstant(first.plusSeconds(i * 60L))
						.setBand(Band.B40M).setFrequency("7.025").setMode("CW").setRstSent("599").setQslColumn(QslColumn.EMPTY));
			}
			MailServiceImpl mail = new MailServiceImpl();
			CardRenderer renderer = new CardRenderer(CardTemplates.defaultTemplate());
			QslMailComposer composer = new QslMailComposer("1.0.0");
			// Warm-up: JIT, fonts, TLS machinery.
			for (int i = 0; i < 50; i++) {
				renderer.renderJpeg(data(i));
			}

			long start = System.nanoTime();
			SendSummary summary = new QslSender(store, mail, account, PartnerDirectory.of(client, session), renderer, composer,
					Pacer.SYSTEM).run(SendOptions.defaults(dir.resolve("journal")), new NullProgressMonitor(), null);
			long reused = (System.nanoTime() - start) / 1_000_000;
			if (summary.counts().get(SendResult.Status.SENT) != CARDS) {
				throw new AssertionError(summary.counts() + " " + summary.problem());
			}
			long bytes = 0;

			start = System.nanoTime();
			for (int i = 0; i < CARDS; i++) {
				QslCard card = card(i);
				QslMail message = composer.compose(card, renderer.renderJpeg(data(i)), RealMailServers.ADDRESS,
						RealMailServers.SECOND_ADDRESS);
				bytes += message.raw().length;
				MailResult r = mail.send(account, List.of(message.toMimeMessage()), null);
				if (!r.ok()) {
					throw new AssertionError(r);
				}
			}
			long perMessage = (System.nanoTime() - start) / 1_000_000;

			start = System.nanoTime();
			for (int i = 0; i < CARDS; i++) {
				composer.compose(card(i), renderer.renderJpeg(data(i)), RealMailServers.ADDRESS, RealMailServers.SECOND_ADDRESS);
			}
			long renderOnly = (System.nanoTime() - start) / 1_000_000;

			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
			while (servers.mailCount(RealMailServers.SECOND_ADDRESS) < 2L * CARDS && System.nanoTime() < deadline) {
				TimeUnit.MILLISECONDS.sleep(100);
			}
			System.out.println(String.format(Locale.ROOT,
					"BENCH send %d cards (built-in design, average mail %d KB), postfix submission STARTTLS + DIGEST-MD5: "
							+ "send operation over one connection (render in a pool, compose, send, marks) %d ms (%.1f cards/s); "
							+ "render + compose + one connection per message, one thread %d ms (%.1f cards/s), ratio %.1f; "
							+ "render + compose alone, one thread %d ms (%.1f cards/s); delivered %d of %d",
					CARDS, bytes / CARDS / 1024, reused, CARDS * 1000.0 / reused, perMessage, CARDS * 1000.0 / perMessage,
					perMessage / (double) reused, renderOnly, CARDS * 1000.0 / renderOnly,
					servers.mailCount(RealMailServers.SECOND_ADDRESS), 2L * CARDS));
		}
	}

	private static QslCard card(int i) {
		return new QslCard(Callsign.parse("JA1ABC"), Callsign.parse("JA2XYZ"), Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 60L),
				Band.B40M, Optional.of("7.025"), "CW", Optional.empty(), "599", LogZone.JST);
	}

	private static CardData data(int i) {
		QslCard c = card(i);
		return new CardData(c.sender(), c.recipient(), c.time(), Optional.of(c.band()), c.frequencyMhz(), c.displayMode(),
				c.rstSent(), "TNX QSO 73", false, c.adifRecord());
	}
}
