package org.qslmail.tests.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Throw-away server certificates made with the JDK's keytool. */
/** Self-signed certificates made with openssl, for TLS tests. */
public final class TestCertificates {

	/** A PKCS#12 key store (password {@code changeit}) with a self-signed RSA certificate, and its PEM. */
	public record SelfSigned(Path keyStore, Path certificatePem) {
	}

	public static SelfSigned selfSigned(Path dir, String dnsName) throws IOException, InterruptedException {
		return selfSigned(dir, dnsName, null, 30);
	}

	/** With {@code startDate} (keytool syntax, e.g. {@code -10d}) and validity in days: expired certificates. */
	public static SelfSigned selfSigned(Path dir, String dnsName, String startDate, int days) throws IOException, InterruptedException {
		Path store = dir.resolve("server.p12");
		Path pem = dir.resolve("server.pem");
		String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
		java.util.List<String> command = new java.util.ArrayList<>(List.of(keytool, "-genkeypair", "-alias", "server", "-keyalg",
				"RSA", "-keysize", "2048", "-dname", "CN=" + dnsName, "-ext", "SAN=dns:" + dnsName + ",ip:127.0.0.1",
				"-validity", String.valueOf(days), "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass",
				"changeit", "-keypass", "changeit"));
		if (startDate != null) {
			command.add("-startdate");
			command.add(startDate);
		}
		run(command);
		run(List.of(keytool, "-exportcert", "-rfc", "-alias", "server", "-keystore", store.toString(), "-storepass",
				"changeit", "-file", pem.toString()));
		return new SelfSigned(store, pem);
	}

	public static void run(List<String> command) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		if (!p.waitFor(60, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			throw new IOException("timed out: " + command);
		}
		String out = new String(p.getInputStream().readAllBytes());
		if (p.exitValue() != 0) {
			throw new IOException(command + " failed: " + out);
		}
	}

	public static Path tempDir() throws IOException {
		return Files.createTempDirectory("qslmail-mail-test");
	}

	private TestCertificates() {
	}
}
