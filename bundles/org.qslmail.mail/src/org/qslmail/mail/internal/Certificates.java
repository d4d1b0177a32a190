package org.qslmail.mail.internal;

import java.net.IDN;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

import org.qslmail.mail.CertificateInfo;

/** Certificate facts and the RFC 6125 host-name match used for every mail protocol. */
public final class Certificates {

	private static final int SAN_DNS = 2;
	private static final int SAN_IP = 7;

	public static String sha256(X509Certificate certificate) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException | CertificateEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	public static CertificateInfo info(X509Certificate c) {
		return new CertificateInfo(c.getSubjectX500Principal().getName(), names(c), c.getIssuerX500Principal().getName(),
				c.getNotBefore().toInstant(), c.getNotAfter().toInstant(), sha256(c));
	}

	/** The DNS and IP subject alternative names; the subject CN when there are no DNS names. */
	public static List<String> names(X509Certificate c) {
		List<String> names = new ArrayList<>();
		boolean dns = false;
		try {
			Collection<List<?>> sans = c.getSubjectAlternativeNames();
			if (sans != null) {
				for (List<?> san : sans) {
					int type = (Integer) san.get(0);
					if (type == SAN_DNS) {
						names.add(String.valueOf(san.get(1)));
						dns = true;
					} else if (type == SAN_IP) {
						names.add(String.valueOf(san.get(1)));
					}
				}
			}
		} catch (CertificateParsingException e) {
			// no usable SANs: fall through to the CN
		}
		if (!dns) {
			String cn = commonName(c);
			if (cn != null) {
				names.add(cn);
			}
		}
		return names;
	}

	private static String commonName(X509Certificate c) {
		try {
			for (Rdn rdn : new LdapName(c.getSubjectX500Principal().getName()).getRdns()) {
				if ("CN".equalsIgnoreCase(rdn.getType())) { //$NON-NLS-1$
					return String.valueOf(rdn.getValue());
				}
			}
		} catch (InvalidNameException e) {
			return null;
		}
		return null;
	}

	/** Whether the certificate carries the host (DNS name with a left-most wildcard label, or IP address). */
	public static boolean matches(String host, X509Certificate c) {
		String h = normalize(host);
		for (String name : names(c)) {
			if (matchesName(h, normalize(name))) {
				return true;
			}
		}
		return false;
	}

	static boolean matchesName(String host, String pattern) {
		if (pattern.startsWith("*.")) { //$NON-NLS-1$
			int dot = host.indexOf('.');
			return dot > 0 && host.substring(dot).equals(pattern.substring(1)) && pattern.indexOf('.', 2) > 0;
		}
		return host.equals(pattern);
	}

	private static String normalize(String name) {
		String n = name.trim().toLowerCase(Locale.ROOT);
		if (n.endsWith(".")) { //$NON-NLS-1$
			n = n.substring(0, n.length() - 1);
		}
		if (n.startsWith("[") && n.endsWith("]")) { //$NON-NLS-1$ //$NON-NLS-2$
			n = n.substring(1, n.length() - 1);
		}
		try {
			return n.indexOf(':') >= 0 ? n : IDN.toASCII(n, IDN.ALLOW_UNASSIGNED);
		} catch (IllegalArgumentException e) {
			return n;
		}
	}

	private Certificates() {
	}
}
