package org.qslmail.directory.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server from Debian's packages, started for the tests on 127.0.0.1 and a free
 * port, in a fresh data folder, and stopped and deleted afterwards. As root (CI), the server runs as the
 * {@code postgres} user, since PostgreSQL refuses to run as root.
 */
final class PostgresServer implements AutoCloseable {

	private final Path bin;
	private final Path folder;
	private final Path data;
	private final int port;
	private final boolean asPostgres;

	private PostgresServer(Path bin, Path folder, int port, boolean asPostgres) {
		this.bin = bin;
		this.folder = folder;
		this.data = folder.resolve("data");
		this.port = port;
		this.asPostgres = asPostgres;
	}

	/** Starts a server; the test is skipped (not passed) when PostgreSQL is not installed. */
	static PostgresServer start() throws Exception {
		Path bin;
		try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
			bin = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
					.max(Comparator.comparing(Path::toString)).orElse(null);
		} catch (IOException e) {
			bin = null;
		}
		assumeTrue(bin != null, "PostgreSQL is not installed (releng/scripts/install-prerequisites.sh installs it)");
		boolean root = "root".equals(System.getProperty("user.name"));
		Path folder = Files.createTempDirectory("qslmail-pg");
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		PostgresServer server = new PostgresServer(bin, folder, port, root);
		if (root) {
			run(List.of("chown", "postgres", folder.toString()));
		}
		server.pg("initdb", "-D", server.data.toString(), "-U", "qslmail", "--auth=trust", "-E", "UTF8", "--no-sync");
		server.pg("pg_ctl", "-D", server.data.toString(), "-w", "-t", "60", "-l", folder.resolve("log").toString(),
				"-o", "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
		return server;
	}

	/** A new, empty database on this server. */
	String createDatabase(String name) throws Exception {
		Properties user = new Properties();
		user.setProperty("user", "qslmail");
		try (Connection c = new org.postgresql.Driver().connect(url("postgres"), user);
				Statement s = c.createStatement()) {
			s.execute("CREATE DATABASE " + name);
		}
		return url(name);
	}

	String url(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	private void pg(String program, String... arguments) throws Exception {
		List<String> command = new ArrayList<>();
		if (asPostgres) {
			command.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		command.add(bin.resolve(program).toString());
		command.addAll(Arrays.asList(arguments));
		run(command);
	}

	private static void run(List<String> command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(new File(System.getProperty("java.io.tmpdir"), "qslmail-pg.log")))
				.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException(command + " did not finish within 120 s");
		}
		if (process.exitValue() != 0) {
			throw new IOException(command + " failed with exit code " + process.exitValue() + "; see "
					+ System.getProperty("java.io.tmpdir") + "/qslmail-pg.log");
		}
	}

	@Override
	public void close() throws Exception {
		try {
			pg("pg_ctl", "-D", data.toString(), "-w", "-t", "60", "-m", "fast", "stop");
		} finally {
			try (Stream<Path> files = Files.walk(folder)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
