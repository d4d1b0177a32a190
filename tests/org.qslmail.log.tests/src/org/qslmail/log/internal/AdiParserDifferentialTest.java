package org.qslmail.log.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.qslmail.log.ImportProblem;

/**
 * The fast {@link AdiParser} against {@link ReferenceAdiParser} (the parser before the speed work) on generated
 * files, valid and damaged: the same records, values, types, positions, problems, header and charset, whatever the
 * size of the read buffer and however the input stream cuts its reads (so every tag and value also lies across a
 * buffer edge somewhere).
 */
class AdiParserDifferentialTest {

	private static final Charset CP932 = Charset.forName("windows-31j");
	private static final String[] NAMES = { "CALL", "call", "Call", "STATION_CALLSIGN", "QSO_DATE", "TIME_ON", "BAND",
			"FREQ", "MODE", "RST_SENT", "RST_RCVD", "NAME", "QTH", "COMMENT", "NOTES", "APP_LOGGEN_SERIAL",
			"APP_X_BLOB", "USERDEF1", "EPC", "A", "CALLSIGN_X", "MY_VERY_LONG_APPLICATION_DEFINED_FIELD_NAME_X",
			"QSL_SENT", "QSLSDATE", "EOR", "EOH", "eorx", "E", "EO" };
	private static final String[] ASCII = { "", "Y", "59", "599", "CW", "FT8", "40m", "7.074", "JA1ABC", "20240101",
			"123456789", "a much longer comment value, with <angle> brackets and : colons", "x\ny", "line\r\n",
			"JA1ABC\u0000", "\u0000", "<EOR>", "tab\tbed" };
	private static final String[] JAPANESE = { "\u592a\u90ce", "\u82b1\u5b50", "\u3072\u308d\u3057",
			"\u6771\u4eac\u90fd\u6e0b\u8c37\u533a", "\uff8a\uff9d", "\u5927\u962a\u5e9c", "A\u592a" };

	@Test
	void sameAsReferenceOnGeneratedFiles() throws Exception {
		for (int seed = 1; seed <= 400; seed++) {
			Random r = new Random(seed);
			byte[] file = generate(r);
			Charset forced = switch (r.nextInt(10)) {
			case 0 -> StandardCharsets.UTF_8;
			case 1 -> CP932;
			default -> null;
			};
			int max = r.nextInt(5) == 0 ? 1 + r.nextInt(60) : 64 << 20;
			String expected = reference(file, forced, max);
			String context = "seed " + seed;
			assertEquals(expected, fast(new ByteArrayInputStream(file), forced, max, AdiParser.DEFAULT_BUFFER), context);
			assertEquals(expected, fast(new ChunkedStream(file, new Random(seed), 1), forced, max, 1), context + ", 1-byte buffer");
			assertEquals(expected, fast(new ChunkedStream(file, new Random(seed), 17), forced, max, 7), context + ", reads up to 17");
			assertEquals(expected, fast(new ChunkedStream(file, new Random(seed), 700), forced, max, 300), context + ", reads up to 700");
		}
	}

	@Test
	void sameAsReferenceOnABenchmarkStyleLog() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("adi-diff");
		try {
			java.nio.file.Path file = dir.resolve("log.adi");
			LogGenerator.write(file, 20_000, 99L);
			out.writeBytes(java.nio.file.Files.readAllBytes(file));
		} finally {
			try (var files = java.nio.file.Files.list(dir)) {
				for (java.nio.file.Path p : files.toList()) {
					java.nio.file.Files.delete(p);
				}
			}
			java.nio.file.Files.delete(dir);
		}
		byte[] file = out.toByteArray();
		String expected = reference(file, null, 64 << 20);
		assertEquals(expected, fast(new ByteArrayInputStream(file), null, 64 << 20, AdiParser.DEFAULT_BUFFER));
		assertEquals(expected, fast(new ChunkedStream(file, new Random(5), 4096), null, 64 << 20, 1000));
	}

	/** A file of random records: good ones, and damaged ones of every kind the parser reports. */
	static byte[] generate(Random r) {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		if (r.nextInt(20) == 0) {
			b.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}
		if (r.nextBoolean()) {
			ascii(b, r.nextBoolean() ? "Made by <my logger> v1\n" : "header text ");
			for (int i = r.nextInt(4); i > 0; i--) {
				field(b, r, r.nextBoolean() ? "ADIF_VER" : "USERDEF" + (i + 1), r.nextBoolean() ? "3.1.6" : "SIZE,{S,M,L}");
			}
			ascii(b, r.nextBoolean() ? "<EOH>\n" : "<eoh>");
		}
		int records = 1 + r.nextInt(60);
		for (int n = 0; n < records; n++) {
			int fields = r.nextInt(14);
			for (int f = 0; f < fields; f++) {
				if (r.nextInt(25) == 0) {
					damage(b, r);
				} else {
					field(b, r, NAMES[r.nextInt(r.nextInt(6) == 0 ? NAMES.length : 12)], null);
				}
			}
			String[] eor = { "<EOR>", "<eor>", "<EoR>", "<EOR>\n", "<eor>\r\n", "<EOR:0>", "<EOR >" };
			ascii(b, eor[r.nextInt(r.nextInt(10) == 0 ? eor.length : 5)]);
			ascii(b, separator(r));
		}
		byte[] bytes = b.toByteArray();
		switch (r.nextInt(6)) {
		case 0:
			return java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length + 1));
		case 1:
			byte[] junk = new byte[r.nextInt(300)];
			r.nextBytes(junk);
			ByteArrayOutputStream j = new ByteArrayOutputStream();
			j.writeBytes(bytes);
			j.writeBytes(junk);
			return j.toByteArray();
		default:
			return bytes;
		}
	}

	private static void field(ByteArrayOutputStream b, Random r, String name, String fixedValue) {
		byte[] value;
		int length;
		int kind = fixedValue != null ? 0 : r.nextInt(10);
		if (kind < 6) {
			String v = fixedValue != null ? fixedValue : ASCII[r.nextInt(ASCII.length)];
			value = v.getBytes(StandardCharsets.ISO_8859_1);
			length = value.length;
		} else if (kind < 9) {
			String v = JAPANESE[r.nextInt(JAPANESE.length)];
			value = v.getBytes(kind == 8 ? CP932 : StandardCharsets.UTF_8);
			// Writers count bytes or characters.
			length = r.nextBoolean() ? value.length : v.length();
		} else {
			value = r.nextBoolean() ? "Jos\u00e9".getBytes(StandardCharsets.ISO_8859_1)
					: "\ud83d\ude00ok".getBytes(StandardCharsets.UTF_8);
			length = r.nextInt(3) == 0 ? value.length - 1 - r.nextInt(3) : value.length;
		}
		String type = r.nextInt(6) == 0 ? ":" + "SDNMEx".charAt(r.nextInt(6)) : r.nextInt(30) == 0 ? ":SS" : "";
		ascii(b, "<" + name + ":" + length + type + ">");
		b.writeBytes(value);
		ascii(b, separator(r));
	}

	private static String separator(Random r) {
		return switch (r.nextInt(8)) {
		case 0 -> "";
		case 1 -> "\n";
		case 2 -> "\r\n";
		case 3 -> " \t ".repeat(1 + r.nextInt(12));
		case 4 -> " text between fields ";
		default -> " ";
		};
	}

	private static void damage(ByteArrayOutputStream b, Random r) {
		switch (r.nextInt(12)) {
		case 0 -> ascii(b, "<CALL:x>JA1ABC ");
		case 1 -> ascii(b, "<CALL:>JA1ABC ");
		case 2 -> ascii(b, "<CALL:12345678901>JA1ABC ");
		case 3 -> ascii(b, "<:5>abcde ");
		case 4 -> ascii(b, "<NOTES:" + (100 + r.nextInt(1_000_000)) + ">short ");
		case 5 -> ascii(b, "<CALL:6 JA1ABC ");
		case 6 -> ascii(b, "<" + "x".repeat(250 + r.nextInt(20)) + " ");
		case 7 -> ascii(b, "<CA<LL:6>JA1ABC ");
		case 8 -> ascii(b, "<CALL:006>JA1ABC <CALL:6:S:X>JA1ABC ");
		case 9 -> ascii(b, "<CALL:" + r.nextInt(12) + ">JA1ABC ");
		case 10 -> ascii(b, "<CALL:0000000006>JA1ABC<NAME:2>x");
		default -> {
			byte[] junk = new byte[r.nextInt(40)];
			r.nextBytes(junk);
			b.writeBytes(junk);
		}
		}
	}

	private static void ascii(ByteArrayOutputStream b, String s) {
		b.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
	}

	private static String reference(byte[] file, Charset forced, int max) throws IOException {
		StringBuilder out = new StringBuilder();
		List<ImportProblem> problems = new ArrayList<>();
		try (ReferenceAdiParser p = new ReferenceAdiParser(new ByteArrayInputStream(file), forced, max, problems::add)) {
			ReferenceAdiParser.Record r = new ReferenceAdiParser.Record();
			while (p.next(r)) {
				out.append(r.offset()).append('@').append(r.line()).append(':');
				for (int i = 0; i < r.size(); i++) {
					out.append('[').append(r.name(i)).append('|').append(r.key(i)).append('|').append(r.value(i))
							.append('|').append(r.type(i)).append(']');
				}
				out.append('\n');
				problems(out, problems);
			}
			problems(out, problems);
			for (String[] h : p.header()) {
				out.append("header ").append(String.join("|", h[0], h[1], String.valueOf(h[2]))).append('\n');
			}
			out.append("charset ").append(p.detectedCharset()).append(", end ").append(p.position());
		}
		return out.toString();
	}

	static String fast(InputStream in, Charset forced, int max, int bufferSize) throws IOException {
		StringBuilder out = new StringBuilder();
		List<ImportProblem> problems = new ArrayList<>();
		try (AdiParser p = new AdiParser(in, forced, max, problems::add, bufferSize)) {
			AdiParser.Record r = new AdiParser.Record();
			while (p.next(r)) {
				out.append(r.offset()).append('@').append(r.line()).append(':');
				for (int i = 0; i < r.size(); i++) {
					out.append('[').append(r.name(i)).append('|').append(r.key(i)).append('|').append(r.value(i))
							.append('|').append(r.type(i)).append(']');
				}
				out.append('\n');
				problems(out, problems);
			}
			problems(out, problems);
			for (String[] h : p.header()) {
				out.append("header ").append(String.join("|", h[0], h[1], String.valueOf(h[2]))).append('\n');
			}
			out.append("charset ").append(p.detectedCharset()).append(", end ").append(p.position());
		}
		return out.toString();
	}

	private static void problems(StringBuilder out, List<ImportProblem> problems) {
		for (ImportProblem p : problems) {
			out.append("problem ").append(p).append('\n');
		}
		problems.clear();
	}

	/** Hands out the bytes in reads of random sizes from 1 to {@code maxRead}. */
	static final class ChunkedStream extends InputStream {
		private final byte[] bytes;
		private final Random random;
		private final int maxRead;
		private int pos;

		ChunkedStream(byte[] bytes, Random random, int maxRead) {
			this.bytes = bytes;
			this.random = random;
			this.maxRead = maxRead;
		}

		@Override
		public int read() {
			return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (len == 0) {
				return 0;
			}
			if (pos >= bytes.length) {
				return -1;
			}
			int n = Math.min(Math.min(len, 1 + random.nextInt(maxRead)), bytes.length - pos);
			System.arraycopy(bytes, pos, b, off, n);
			pos += n;
			return n;
		}
	}
}
