package org.qslmail.mail.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import javax.security.sasl.SaslClient;
import javax.security.sasl.SaslException;

/**
 * DIGEST-MD5 (RFC 2831) client with qop "auth": answers the server's nonce, and checks the server's
 * {@code rspauth} so a server that does not know the password cannot pretend it does. A realm is sent only
 * when the server offered one.
 */
final class DigestMd5Client implements SaslClient {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String user;
	private final char[] password;
	private final String digestUri;
	private int step;
	private String expectedRspauth;
	private boolean complete;

	DigestMd5Client(String user, char[] password, String digestUri) {
		this.user = user;
		this.password = password;
		this.digestUri = digestUri;
	}

	@Override
	public String getMechanismName() {
		return "DIGEST-MD5"; //$NON-NLS-1$
	}

	@Override
	public boolean hasInitialResponse() {
		return false;
	}

	@Override
	public byte[] evaluateChallenge(byte[] challenge) throws SaslException {
		step++;
		Map<String, String> fields = parse(new String(challenge, StandardCharsets.ISO_8859_1));
		if (step == 1) {
			return respond(fields);
		}
		if (step == 2) {
			String rspauth = fields.get("rspauth"); //$NON-NLS-1$
			if (rspauth == null || !rspauth.equalsIgnoreCase(expectedRspauth)) {
				throw new SaslException("DIGEST-MD5: the server's rspauth does not match"); //$NON-NLS-1$
			}
			complete = true;
			return new byte[0];
		}
		throw new SaslException("DIGEST-MD5: unexpected challenge"); //$NON-NLS-1$
	}

	private byte[] respond(Map<String, String> challenge) throws SaslException {
		String nonce = challenge.get("nonce"); //$NON-NLS-1$
		if (nonce == null) {
			throw new SaslException("DIGEST-MD5: no nonce"); //$NON-NLS-1$
		}
		String qop = challenge.getOrDefault("qop", "auth"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!java.util.Arrays.asList(qop.split("\\s*,\\s*")).contains("auth")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new SaslException("DIGEST-MD5: server requires qop " + qop); //$NON-NLS-1$
		}
		boolean utf8 = "utf-8".equalsIgnoreCase(challenge.get("charset")); //$NON-NLS-1$ //$NON-NLS-2$
		Charset charset = utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
		String realm = challenge.get("realm"); //$NON-NLS-1$
		byte[] random = new byte[16];
		RANDOM.nextBytes(random);
		String cnonce = Base64.getEncoder().withoutPadding().encodeToString(random);
		String nc = "00000001"; //$NON-NLS-1$
		byte[] userHash = md5((user + ':' + (realm == null ? "" : realm) + ':' + new String(password)).getBytes(charset)); //$NON-NLS-1$
		byte[] a1 = concat(userHash, (':' + nonce + ':' + cnonce).getBytes(charset));
		String ha1 = hex(md5(a1));
		String response = hex(md5((ha1 + ':' + nonce + ':' + nc + ':' + cnonce + ":auth:" //$NON-NLS-1$
				+ hex(md5(("AUTHENTICATE:" + digestUri).getBytes(charset)))).getBytes(charset))); //$NON-NLS-1$
		expectedRspauth = hex(md5((ha1 + ':' + nonce + ':' + nc + ':' + cnonce + ":auth:" //$NON-NLS-1$
				+ hex(md5((':' + digestUri).getBytes(charset)))).getBytes(charset)));
		StringBuilder b = new StringBuilder();
		if (utf8) {
			b.append("charset=utf-8,"); //$NON-NLS-1$
		}
		b.append("username=\"").append(quote(user)).append('"'); //$NON-NLS-1$
		if (realm != null) {
			b.append(",realm=\"").append(quote(realm)).append('"'); //$NON-NLS-1$
		}
		b.append(",nonce=\"").append(quote(nonce)).append('"'); //$NON-NLS-1$
		b.append(",cnonce=\"").append(cnonce).append('"'); //$NON-NLS-1$
		b.append(",nc=").append(nc).append(",qop=auth"); //$NON-NLS-1$
		b.append(",digest-uri=\"").append(quote(digestUri)).append('"'); //$NON-NLS-1$
		b.append(",response=").append(response); //$NON-NLS-1$
		return b.toString().getBytes(charset);
	}

	/** Parses {@code key=value} and {@code key="quoted value"} pairs; the first of repeated keys wins. */
	static Map<String, String> parse(String text) {
		Map<String, String> map = new HashMap<>();
		int i = 0;
		int n = text.length();
		while (i < n) {
			while (i < n && (text.charAt(i) == ',' || Character.isWhitespace(text.charAt(i)))) {
				i++;
			}
			int eq = text.indexOf('=', i);
			if (eq < 0) {
				break;
			}
			String key = text.substring(i, eq).trim().toLowerCase(java.util.Locale.ROOT);
			i = eq + 1;
			StringBuilder value = new StringBuilder();
			if (i < n && text.charAt(i) == '"') {
				i++;
				while (i < n && text.charAt(i) != '"') {
					if (text.charAt(i) == '\\' && i + 1 < n) {
						i++;
					}
					value.append(text.charAt(i++));
				}
				i++;
			} else {
				while (i < n && text.charAt(i) != ',') {
					value.append(text.charAt(i++));
				}
			}
			map.putIfAbsent(key, value.toString().trim());
		}
		return map;
	}

	private static String quote(String s) {
		return s.replace("\\", "\\\\").replace("\"", "\\\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static byte[] md5(byte[] data) {
		try {
			return MessageDigest.getInstance("MD5").digest(data); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] r = new byte[a.length + b.length];
		System.arraycopy(a, 0, r, 0, a.length);
		System.arraycopy(b, 0, r, a.length, b.length);
		return r;
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	@Override
	public boolean isComplete() {
		return complete;
	}

	@Override
	public byte[] unwrap(byte[] incoming, int offset, int len) {
		throw new IllegalStateException();
	}

	@Override
	public byte[] wrap(byte[] outgoing, int offset, int len) {
		throw new IllegalStateException();
	}

	@Override
	public Object getNegotiatedProperty(String propName) {
		return complete && javax.security.sasl.Sasl.QOP.equals(propName) ? "auth" : null; //$NON-NLS-1$
	}

	@Override
	public void dispose() {
		// nothing held
	}
}
