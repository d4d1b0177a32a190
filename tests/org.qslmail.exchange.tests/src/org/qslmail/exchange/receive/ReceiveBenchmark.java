package org.qslmail.exchange.receive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.qslmail.exchange.store.ReceivedCardStore;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.Mailbox;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.ReceiveSettings;
import org.qslmail.mail.Security;
import org.qslmail.mail.TrustSettings;
import org.qslmail.mail.internal.MailServiceImpl;
import org.qslmail.tests.util.RealMailServers;

/**
 * The receive benchmark of docs/benchmarks.md, not part of the test suite (its name does not match the test
 * patterns): 2,000 card mails of about 170 KB in dovecot's maildir, received over POP3S (TLS, CA checked) by
 * {@link QslReceiver} (header read, fetched, parsed, stored with fsync) and, in the same run, by fetchmail into
 * a null delivery ({@code bsmtp /dev/null}, and {@code mda "cat >/dev/null"}). Both keep the mails on the server, so
 * they read the same mailbox; the runs alternate. Run it with {@code releng/scripts/benchmark-receive.sh};
 * it prints lines starting with {@code BENCH}.
 */
class ReceiveBenchmark {

	private static final int CARDS = Integer.getInteger("qslmail.benchmark.cards", 2000);

	@Test
	void run() throws Exception {
		RealMailServers.assumeInstalled();
		try (RealMailServers servers = new RealMailServers()) {
			Path maildir = servers.dir.resolve("mail").resolve(RealMailServers.ADDRESS);
			long total = 0;
			List<byte[]> mails = new ArrayList<>();
			for (int i = 0; i < CARDS; i++) {
				CardMails c = CardMails.card().from("JA" + (1 + i % 9) + (char) ('A' + i % 26) + (char) ('A' + (i / 26) % 26) + "X")
						.at(LocalDateTime.of(2025, 1, 1, 0, 0).plusMinutes(i));
				c.jpeg = CardMails.jpeg(1200, 800, 126_000);
				mails.add(c.raw());
			}
			for (byte[] raw : mails) {
				ReceiveRealServersTestSupport.deliver(servers, RealMailServers.ADDRESS, raw);
				total += raw.length;
			}
			mails.clear();
			System.out.printf(Locale.ROOT, "BENCH mailbox: %d card mails, %.1f MB, %.1f KB each%n", CARDS, total / 1e6, total / 1e3 / CARDS);
			MailAccount account = new MailAccount(RealMailServers.ADDRESS, RealMailServers.ADDRESS, RealMailServers.PASSWORD.toCharArray(),
					null, new ReceiveSettings(Protocol.POP3, "127.0.0.1", servers.pop3s, Security.SSL_TLS, AuthMethod.PLAIN, false, false),
					false, Duration.ofSeconds(60), TrustSettings.SYSTEM.withCaFile(servers.caPem));
			MailServiceImpl service = new MailServiceImpl();
			// let dovecot index the maildir once, outside every measurement
			try (Mailbox box = service.openMailbox(account, null)) {
				assertEquals(CARDS, box.list().size());
				box.commit();
			}
			Path rc = servers.dir.resolve("fetchmailrc");
			for (int round = 1; round <= 2; round++) {
				Path store = Files.createTempDirectory("qslmail-bench-store");
				long start = System.nanoTime();
				long cpu0 = selfCpuTicks();
				ReceiveResult r;
				try (ReceivedCardStore s = ReceivedCardStore.open(store)) {
					r = new QslReceiver(service, s).receive(account, ReceiveOptions.DEFAULT, new NullProgressMonitor());
				}
				double seconds = (System.nanoTime() - start) / 1e9;
				assertTrue(r.ok(), String.valueOf(r.failure()));
				assertEquals(CARDS, r.count(MessageOutcome.STORED));
				report("QSL Mail receive-qsl (POP3S, parse, store, fsync)", round, seconds, r.bytesFetched(),
						(selfCpuTicks() - cpu0) / 100.0);
				delete(store);
				for (String delivery : List.of("bsmtp /dev/null", "mda \"cat >/dev/null\"")) {
					Files.writeString(rc, "set no syslog\nset no bouncemail\npoll 127.0.0.1 protocol pop3 port "
							+ servers.pop3s + " timeout 60\n  user \"" + RealMailServers.ADDRESS + "\" password \"" + RealMailServers.PASSWORD
							+ "\"\n  ssl sslcertck sslcommonname \"mail.example.test\" sslcertfile \"" + servers.caPem + "\" sslproto TLS1.2+\n  keep fetchall no mimedecode "
							+ delivery + "\n");
					Files.setPosixFilePermissions(rc, PosixFilePermissions.fromString("rw-------"));
					long f0 = System.nanoTime();
					// the shell reports the CPU time of fetchmail and its MDA children (cutime + cstime of /proc/$$/stat)
					Process p = new ProcessBuilder("/bin/bash", "-c", "fetchmail -f '" + rc + "' --nodetach --silent --nosyslog </dev/null; s=$?; "
							+ "read -ra f </proc/$$/stat; echo \"CPU ${f[15]} ${f[16]}\"; exit $s")
							.redirectErrorStream(true).redirectOutput(servers.dir.resolve("fetchmail.log").toFile())
							.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
							.start();
					p.getOutputStream().close();
					assertTrue(p.waitFor(10, TimeUnit.MINUTES), "fetchmail did not end");
					double fs = (System.nanoTime() - f0) / 1e9;
					String log = Files.readString(servers.dir.resolve("fetchmail.log"));
					assertTrue(p.exitValue() == 0, "fetchmail exit " + p.exitValue() + ": " + log);
					double cpu = 0;
					for (String line : log.split("\n")) {
						if (line.startsWith("CPU ")) {
							String[] t = line.split(" ");
							cpu = (Long.parseLong(t[1]) + Long.parseLong(t[2])) / 100.0;
						}
					}
					report("fetchmail 6.4 (POP3S, " + delivery.replace("\"", "") + ")", round, fs, total, cpu);
				}
			}
			assertEquals(CARDS, servers.mailCount());
		}
	}

	private static void report(String what, int round, double seconds, long bytes, double cpuSeconds) {
		System.out.printf(Locale.ROOT, "BENCH round %d %-52s %6.2f s  %7.1f cards/s  %6.1f MB/s  CPU %5.1f s%n", round, what, seconds,
				CARDS / seconds, bytes / 1e6 / seconds, cpuSeconds);
	}

	/** User + system CPU of this JVM in clock ticks (1/100 s), from /proc/self/stat. */
	private static long selfCpuTicks() throws java.io.IOException {
		String stat = Files.readString(Path.of("/proc/self/stat"));
		String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(f[11]) + Long.parseLong(f[12]);
	}

	private static void delete(Path dir) throws Exception {
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
