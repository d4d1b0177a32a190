package org.qslmail.exchange.receive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.UUID;

import org.qslmail.tests.util.RealMailServers;

/** Delivery into dovecot's maildir as an MDA does it (tmp/, then a rename into new/), owned by the mail user. */
final class ReceiveRealServersTestSupport {

	private static final java.util.concurrent.atomic.AtomicLong LAST_STAMP = new java.util.concurrent.atomic.AtomicLong();

	static void deliver(RealMailServers servers, String address, byte[] raw) throws IOException {
		Path d = servers.dir.resolve("mail").resolve(address);
		for (String sub : List.of("", "tmp", "new", "cur")) {
			Path p = d.resolve(sub);
			if (!Files.isDirectory(p)) {
				Files.createDirectories(p);
				chownNobody(p);
			}
		}
		// strictly increasing names: dovecot orders new mail by name, and two deliveries in one millisecond
		// would otherwise be ordered by the random part
		long stamp = LAST_STAMP.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis()));
		String name = stamp + ".Q" + UUID.randomUUID().toString().replace("-", "") + ".qslmail-test";
		Path tmp = d.resolve("tmp").resolve(name);
		Files.write(tmp, raw);
		chownNobody(tmp);
		Files.move(tmp, d.resolve("new").resolve(name));
	}

	static void chownNobody(Path p) throws IOException {
		UserPrincipalLookupService lookup = p.getFileSystem().getUserPrincipalLookupService();
		PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
		view.setOwner(lookup.lookupPrincipalByName("nobody"));
		view.setGroup(lookup.lookupPrincipalByGroupName("nogroup"));
	}

	private ReceiveRealServersTestSupport() {
	}
}
