package org.qslmail.tests.util;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's dovecot (POP3/IMAP, APOP, CRAM-MD5, DIGEST-MD5, SASL for postfix) and postfix (plain, submission
 * with STARTTLS required, SMTPS, an SMTPS port limited to TLS 1.2) started on 127.0.0.1 with free ports, own
 * configuration under a temporary folder and a throw-away CA made with openssl. Postfix delivers into the
 * maildirs dovecot serves, so a send check can be received. {@link #close()} stops both and deletes the folder.
 */
public final class RealMailServers implements AutoCloseable {

	public static final String DOVECOT = "/usr/sbin/dovecot";
	public static final String POSTFIX = "/usr/sbin/postfix";
	public static final String MASTER = "/usr/lib/postfix/sbin/master";
	public static final String OPENSSL = "/usr/bin/openssl";
	/** The first station's mailbox (login = address). */
	public static final String ADDRESS = "ja1abc@example.test";
	/** A second station's mailbox on the same servers, for exchanges between two stations. */
	public static final String SECOND_ADDRESS = "ja2xyz@example.test";
	/** The password of both mailboxes. */
	public static final String PASSWORD = "secret";

	public final Path dir;
	/** The CA that signed the servers' certificate (for trust settings). */
	public final Path caPem;
	public final int pop3, pop3s, imap, imaps, auth, smtp, submission, smtps, smtps12;
	private final List<Process> processes = new ArrayList<>();

	/** Skips (JUnit assumption, with the reason) when the server binaries are not installed. */
	public static void assumeInstalled() {
		for (String binary : List.of(DOVECOT, POSTFIX, MASTER, OPENSSL)) {
			assumeTrue(Files.isExecutable(Path.of(binary)), binary
					+ " is not installed: run releng/scripts/install-prerequisites.sh (dovecot-core dovecot-pop3d dovecot-imapd postfix openssl)");
		}
	}

	public RealMailServers() throws Exception {
		if (!"root".equals(System.getProperty("user.name"))) {
			throw new IllegalStateException("the real-server tests start postfix's master and need root (CI runs as root)");
		}
		dir = Files.createTempDirectory("qslmail-servers");
		Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
		int[] ports = freePorts(9);
		pop3 = ports[0];
		pop3s = ports[1];
		imap = ports[2];
		imaps = ports[3];
		auth = ports[4];
		smtp = ports[5];
		submission = ports[6];
		smtps = ports[7];
		smtps12 = ports[8];
		caPem = certificates();
		try {
			startDovecot();
			startPostfix();
			for (int port : ports) {
				awaitListening(port);
			}
		} catch (Exception | Error e) {
			close();
			throw e;
		}
	}

	private static int[] freePorts(int n) throws IOException {
		List<ServerSocket> sockets = new ArrayList<>();
		try {
			int[] ports = new int[n];
			for (int i = 0; i < n; i++) {
				ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
				sockets.add(s);
				ports[i] = s.getLocalPort();
			}
			return ports;
		} finally {
			for (ServerSocket s : sockets) {
				s.close();
			}
		}
	}

	private Path certificates() throws Exception {
		Path ca = dir.resolve("ca.pem");
		run(OPENSSL, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", dir.resolve("ca.key").toString(), "-out",
				ca.toString(), "-subj", "/CN=QSL Mail Test CA", "-days", "30");
		run(OPENSSL, "req", "-newkey", "rsa:2048", "-nodes", "-keyout", dir.resolve("server.key").toString(), "-out",
				dir.resolve("server.csr").toString(), "-subj", "/CN=mail.example.test");
		Files.writeString(dir.resolve("san.ext"), "subjectAltName=DNS:mail.example.test,DNS:*.example.test,IP:127.0.0.1\n");
		run(OPENSSL, "x509", "-req", "-in", dir.resolve("server.csr").toString(), "-CA", ca.toString(), "-CAkey",
				dir.resolve("ca.key").toString(), "-CAcreateserial", "-out", dir.resolve("server.crt").toString(), "-days",
				"30", "-extfile", dir.resolve("san.ext").toString());
		Files.setPosixFilePermissions(dir.resolve("server.key"), PosixFilePermissions.fromString("rw-r--r--"));
		return ca;
	}

	private void startDovecot() throws Exception {
		Path d = Files.createDirectories(dir.resolve("dovecot"));
		Files.createDirectories(d.resolve("state"));
		Files.createDirectories(d.resolve("run"));
		Path mail = Files.createDirectories(dir.resolve("mail"));
		chown(mail, "nobody", "nogroup");
		Files.writeString(d.resolve("users"), ADDRESS + ":{PLAIN}" + PASSWORD + "\n" + SECOND_ADDRESS + ":{PLAIN}" + PASSWORD + "\n");
		String conf = """
				base_dir = %1$s/run/
				state_dir = %1$s/state
				log_path = %1$s/dovecot.log
				protocols = pop3 imap
				listen = 127.0.0.1
				ssl = yes
				ssl_cert = <%2$s/server.crt
				ssl_key = <%2$s/server.key
				ssl_min_protocol = TLSv1.2
				disable_plaintext_auth = no
				auth_mechanisms = plain login cram-md5 digest-md5 apop
				auth_verbose = yes
				auth_failure_delay = 0
				mail_location = maildir:%2$s/mail/%%u
				first_valid_uid = 100
				passdb {
				  driver = passwd-file
				  args = scheme=PLAIN %1$s/users
				}
				userdb {
				  driver = static
				  args = uid=65534 gid=65534 home=%2$s/mail/%%u
				}
				service pop3-login {
				  inet_listener pop3 {
				    port = %3$d
				  }
				  inet_listener pop3s {
				    port = %4$d
				    ssl = yes
				  }
				}
				service imap-login {
				  inet_listener imap {
				    port = %5$d
				  }
				  inet_listener imaps {
				    port = %6$d
				    ssl = yes
				  }
				}
				service anvil {
				  unix_listener anvil-auth-penalty {
				    mode = 0
				  }
				}
				service auth {
				  inet_listener {
				    address = 127.0.0.1
				    port = %7$d
				  }
				}
				""".formatted(d, dir, pop3, pop3s, imap, imaps, auth);
		Files.writeString(d.resolve("dovecot.conf"), conf);
		processes.add(new ProcessBuilder(DOVECOT, "-F", "-c", d.resolve("dovecot.conf").toString())
				.redirectErrorStream(true).redirectOutput(d.resolve("stdout").toFile()).start());
	}

	private void startPostfix() throws Exception {
		Path p = Files.createDirectories(dir.resolve("postfix"));
		Path etc = Files.createDirectories(p.resolve("etc"));
		Files.createDirectories(p.resolve("queue"));
		Path data = Files.createDirectories(p.resolve("data"));
		chown(data, "postfix", "postfix");
		for (String file : List.of("postfix-files", "dynamicmaps.cf")) {
			if (Files.exists(Path.of("/etc/postfix", file))) {
				Files.copy(Path.of("/etc/postfix", file), etc.resolve(file));
			}
		}
		Files.writeString(etc.resolve("vmailbox"), ADDRESS + " " + ADDRESS + "/\n" + SECOND_ADDRESS + " " + SECOND_ADDRESS + "/\n");
		String main = """
				compatibility_level = 3.6
				queue_directory = %1$s/queue
				data_directory = %1$s/data
				meta_directory = %1$s/etc
				command_directory = /usr/sbin
				daemon_directory = /usr/lib/postfix/sbin
				mail_owner = postfix
				setgid_group = postdrop
				inet_interfaces = 127.0.0.1
				inet_protocols = ipv4
				myhostname = mail.example.test
				mydomain = example.test
				myorigin = example.test
				mydestination =
				mynetworks = 127.0.0.0/8
				local_recipient_maps =
				alias_maps =
				alias_database =
				virtual_mailbox_domains = example.test
				virtual_mailbox_base = %2$s/mail
				virtual_mailbox_maps = texthash:%1$s/etc/vmailbox
				virtual_uid_maps = static:65534
				virtual_gid_maps = static:65534
				smtpd_sasl_type = dovecot
				smtpd_sasl_path = inet:127.0.0.1:%3$d
				smtpd_sasl_auth_enable = yes
				smtpd_tls_cert_file = %2$s/server.crt
				smtpd_tls_key_file = %2$s/server.key
				smtpd_tls_security_level = may
				smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
				smtpd_recipient_restrictions = permit_sasl_authenticated, reject
				maillog_file_prefixes = %1$s
				maillog_file = %1$s/postfix.log
				biff = no
				smtputf8_enable = no
				""".formatted(p, dir, auth);
		Files.writeString(etc.resolve("main.cf"), main);
		String services = """
				127.0.0.1:%1$d inet n - n - - smtpd -o smtpd_tls_security_level=none
				127.0.0.1:%2$d inet n - n - - smtpd -o smtpd_tls_security_level=encrypt -o smtpd_tls_auth_only=yes
				127.0.0.1:%3$d inet n - n - - smtpd -o smtpd_tls_wrappermode=yes
				127.0.0.1:%4$d inet n - n - - smtpd -o smtpd_tls_wrappermode=yes -o smtpd_tls_protocols=<=TLSv1.2 -o smtpd_tls_mandatory_protocols=<=TLSv1.2
				postlog unix-dgram n - n - 1 postlogd
				pickup unix n - n 60 1 pickup
				cleanup unix n - n - 0 cleanup
				qmgr unix n - n 300 1 qmgr
				tlsmgr unix - - n 1000? 1 tlsmgr
				rewrite unix - - n - - trivial-rewrite
				bounce unix - - n - 0 bounce
				defer unix - - n - 0 bounce
				trace unix - - n - 0 bounce
				verify unix - - n - 1 verify
				flush unix n - n 1000? 0 flush
				proxymap unix - - n - - proxymap
				smtp unix - - n - - smtp
				relay unix - - n - - smtp
				showq unix n - n - - showq
				error unix - - n - - error
				retry unix - - n - - error
				discard unix - - n - - discard
				local unix - n n - - local
				virtual unix - n n - - virtual
				lmtp unix - - n - - lmtp
				anvil unix - - n - 1 anvil
				scache unix - - n - 1 scache
				""".formatted(smtp, submission, smtps, smtps12);
		Files.writeString(etc.resolve("master.cf"), services);
		// "postfix check" creates the queue directories with their owners.
		run(POSTFIX, "-c", etc.toString(), "check");
		processes.add(new ProcessBuilder(MASTER, "-c", etc.toString(), "-d").redirectErrorStream(true)
				.redirectOutput(p.resolve("master.out").toFile()).start());
	}

	private static void chown(Path path, String user, String group) throws IOException {
		UserPrincipalLookupService lookup = path.getFileSystem().getUserPrincipalLookupService();
		UserPrincipal owner = lookup.lookupPrincipalByName(user);
		GroupPrincipal g = lookup.lookupPrincipalByGroupName(group);
		PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
		view.setOwner(owner);
		view.setGroup(g);
	}

	private void awaitListening(int port) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (true) {
			try (Socket s = new Socket()) {
				s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
				return;
			} catch (IOException e) {
				for (Process p : processes) {
					if (!p.isAlive()) {
						throw new IllegalStateException("a mail server exited: " + logs(), e);
					}
				}
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("port " + port + " not listening after 30 s: " + logs(), e);
				}
				TimeUnit.MILLISECONDS.sleep(100);
			}
		}
	}

	public String logs() {
		StringBuilder b = new StringBuilder();
		for (Path log : List.of(dir.resolve("dovecot/stdout"), dir.resolve("dovecot/dovecot.log"),
				dir.resolve("postfix/master.out"), dir.resolve("postfix/postfix.log"))) {
			try {
				if (Files.exists(log)) {
					List<String> lines = Files.readAllLines(log);
					b.append("\n--- ").append(log).append('\n')
							.append(String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
				}
			} catch (IOException e) {
				b.append(e);
			}
		}
		return b.toString();
	}

	/** Messages waiting in the maildir of the first station. */
	public long mailCount() throws IOException {
		return mailCount(ADDRESS);
	}

	/** Messages waiting in the maildir of one of the two mailboxes. */
	public long mailCount(String address) throws IOException {
		long n = 0;
		for (String sub : List.of("new", "cur")) {
			Path d = dir.resolve("mail").resolve(address).resolve(sub);
			if (Files.isDirectory(d)) {
				try (Stream<Path> files = Files.list(d)) {
					n += files.count();
				}
			}
		}
		return n;
	}

	private static void run(String... command) throws IOException, InterruptedException {
		TestCertificates.run(List.of(command));
	}

	@Override
	public void close() throws Exception {
		for (Process p : processes) {
			List<ProcessHandle> children = p.descendants().toList();
			p.destroy();
			if (!p.waitFor(15, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				p.waitFor(5, TimeUnit.SECONDS);
			}
			for (ProcessHandle child : children) {
				if (child.isAlive()) {
					child.destroyForcibly();
				}
			}
		}
		if (Files.exists(dir)) {
			try (Stream<Path> walk = Files.walk(dir)) {
				walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}
}
