package org.qslmail.log.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.qslmail.log.ImportProblem;
import org.qslmail.log.SkipReason;

class AdiParserTest {

	private static final Charset CP932 = Charset.forName("windows-31j");

	private final List<ImportProblem> problems = new ArrayList<>();

	private List<Map<String, String>> parse(byte[] bytes) throws Exception {
		List<Map<String, String>> out = new ArrayList<>();
		try (AdiParser p = new AdiParser(new ByteArrayInputStream(bytes), null, 64 << 20, problems::add)) {
			AdiParser.Record r = new AdiParser.Record();
			while (p.next(r)) {
				Map<String, String> m = new TreeMap<>();
				for (int i = 0; i < r.size(); i++) {
					m.put(r.key(i), r.value(i));
				}
				out.add(m);
			}
		}
		return out;
	}

	private static byte[] concat(Object... parts) {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		for (Object o : parts) {
			byte[] x = o instanceof byte[] bytes ? bytes : o.toString().getBytes(StandardCharsets.US_ASCII);
			b.writeBytes(x);
		}
		return b.toByteArray();
	}

	@Test
	void headerOptionalTagsCaseInsensitiveTypesKept() throws Exception {
		List<Map<String, String>> withHeader = parse("Header text <adif_ver:5>3.1.6 <eoh>\n<call:6:S>JA1ABC<Qso_Date:8:D>20240101<eor>".getBytes());
		assertEquals(1, withHeader.size());
		assertEquals("JA1ABC", withHeader.get(0).get("CALL"));
		assertEquals("20240101", withHeader.get(0).get("QSO_DATE"));
		List<Map<String, String>> noHeader = parse("<CALL:6>JA1ABC<EOR><CALL:5>K1ABC<EOR>".getBytes());
		assertEquals(2, noHeader.size());
		assertTrue(problems.isEmpty());
	}

	@Test
	void headerTextWithAngleBracketIsNotAnError() throws Exception {
		List<Map<String, String>> r = parse("Made by <my logger> v1\n<EOH>\n<CALL:6>JA1ABC<EOR>".getBytes());
		assertEquals(1, r.size());
		assertTrue(problems.isEmpty(), problems.toString());
	}

	@Test
	void utf8LengthInBytesOrCharacters() throws Exception {
		String name = "\u592a\u90ce\u3055\u3093"; // 4 characters, 12 bytes
		byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
		List<Map<String, String>> bytes = parse(concat("<CALL:6>JA1ABC<NAME:12>", utf8, "<QTH:5>Tokyo<EOR>"));
		List<Map<String, String>> chars = parse(concat("<CALL:6>JA1ABC<NAME:4>", utf8, " <QTH:5>Tokyo<EOR>"));
		assertEquals(name, bytes.get(0).get("NAME"));
		assertEquals(name, chars.get(0).get("NAME"));
		assertEquals("Tokyo", chars.get(0).get("QTH"));
		assertTrue(problems.isEmpty());
	}

	@Test
	void shiftJisLengthInBytesOrCharacters() throws Exception {
		String name = "\u82b1\u5b50\uff8a\uff9d"; // two kanji and two half-width katakana: 6 bytes in CP932
		byte[] sjis = name.getBytes(CP932);
		assertEquals(6, sjis.length);
		List<Map<String, String>> bytes = parse(concat("<CALL:6>JA1ABC<NAME:6>", sjis, "<EOR>"));
		List<Map<String, String>> chars = parse(concat("<CALL:6>JA1ABC<NAME:4>", sjis, "\r\n<EOR>"));
		assertEquals(name, bytes.get(0).get("NAME"));
		assertEquals(name, chars.get(0).get("NAME"));
	}

	@Test
	void truncatedRecordIsReportedWithOffsetAndLine() throws Exception {
		byte[] file = "<CALL:6>JA1ABC<EOR>\n<CALL:6>JA2XYZ<NAME:10>Tar".getBytes();
		List<Map<String, String>> r = parse(file);
		assertEquals(1, r.size());
		assertEquals(1, problems.size());
		assertEquals(SkipReason.TRUNCATED, problems.get(0).reason());
		assertEquals(20, problems.get(0).byteOffset());
		assertEquals(2, problems.get(0).line());
	}

	@Test
	void badLengthSkipsOnlyThatRecord() throws Exception {
		List<Map<String, String>> r = parse("<CALL:x>JA1ABC<EOR>\n<CALL:6>JA2XYZ<EOR>".getBytes());
		assertEquals(1, r.size());
		assertEquals("JA2XYZ", r.get(0).get("CALL"));
		assertEquals(SkipReason.SYNTAX, problems.get(0).reason());
	}

	@Test
	void absurdLengthIsRefusedAndParsingContinues() throws Exception {
		List<Map<String, String>> r = parse("<CALL:6>JA1ABC<NOTES:9999999999>x<EOR>\n<CALL:6>JA2XYZ<EOR>".getBytes());
		assertEquals(1, r.size());
		assertEquals(SkipReason.FIELD_TOO_LONG, problems.get(0).reason());
		problems.clear();
		try (AdiParser p = new AdiParser(new ByteArrayInputStream("<CALL:6>JA1ABC<NOTES:2000>x<EOR>".getBytes()), null, 1000,
				problems::add)) {
			assertFalse(p.next(new AdiParser.Record()));
		}
		assertEquals(SkipReason.FIELD_TOO_LONG, problems.get(0).reason());
	}

	@Test
	void binaryJunkDoesNotStopTheParser() throws Exception {
		byte[] junk = new byte[100_000];
		new java.util.Random(7).nextBytes(junk);
		for (int i = 0; i < junk.length; i++) {
			if (junk[i] == '<') {
				junk[i] = 'x';
			}
		}
		List<Map<String, String>> r = parse(concat("<CALL:6>JA1ABC<EOR>", junk, "<EOR>\n<CALL:6>JA2XYZ<EOR>"));
		assertEquals("JA1ABC", r.get(0).get("CALL"));
		assertEquals("JA2XYZ", r.get(r.size() - 1).get("CALL"));
	}

	@Test
	void tenMegabyteFieldIsRead() throws Exception {
		byte[] big = new byte[10 << 20];
		java.util.Arrays.fill(big, (byte) 'a');
		List<Map<String, String>> r = parse(concat("<CALL:6>JA1ABC<APP_X_BLOB:" + big.length + ">", big, "<EOR><CALL:6>JA2XYZ<EOR>"));
		assertEquals(2, r.size());
		assertEquals(big.length, r.get(0).get("APP_X_BLOB").length());
	}

	private List<Map<String, String>> parse(java.io.InputStream in, int bufferSize) throws Exception {
		List<Map<String, String>> out = new ArrayList<>();
		try (AdiParser p = new AdiParser(in, null, 64 << 20, problems::add, bufferSize)) {
			AdiParser.Record r = new AdiParser.Record();
			while (p.next(r)) {
				Map<String, String> m = new TreeMap<>();
				for (int i = 0; i < r.size(); i++) {
					m.put(r.key(i), r.value(i));
				}
				m.put("@", r.offset() + "/" + r.line());
				out.add(m);
			}
		}
		return out;
	}

	@Test
	void tagsAndValuesAcrossTheBufferEdgeAndReadsOfAnySize() throws Exception {
		String name = "\u592a\u90ce";
		byte[] file = concat("<ADIF_VER:5>3.1.6<EOH>\n", "<CALL:6>JA1ABC <STATION_CALLSIGN:6:S>JA1QSL <NOTES:10>two\r\nlines <NAME:6>",
				name.getBytes(StandardCharsets.UTF_8), " <QTH:2>", name.getBytes(StandardCharsets.UTF_8), "\n<EOR>\n",
				"<call:5>K1ABC <Station_Callsign:6>JA1QSL <COMMENT:40>" + "0123456789".repeat(4) + "<eor>\n");
		List<Map<String, String>> expected = parse(new ByteArrayInputStream(file), AdiParser.DEFAULT_BUFFER);
		assertEquals(2, expected.size());
		assertEquals("two\r\nlines", expected.get(0).get("NOTES"));
		assertEquals(name, expected.get(0).get("QTH"));
		assertEquals("K1ABC", expected.get(1).get("CALL"));
		for (int buffer = 1; buffer <= 40; buffer++) {
			for (int read = 1; read <= 9; read += 4) {
				var in = new AdiParserDifferentialTest.ChunkedStream(file, new java.util.Random(buffer * 31 + read), read);
				assertEquals(expected, parse(in, buffer), "buffer " + buffer + ", reads up to " + read);
			}
		}
		String text = new String(file, StandardCharsets.ISO_8859_1);
		assertEquals(text.indexOf("<CALL:6>") + "/2", expected.get(0).get("@"));
		assertEquals(text.indexOf("<call:5>") + "/5", expected.get(1).get("@"));
		assertTrue(problems.isEmpty(), problems.toString());
	}

	@Test
	void fieldLongerThanTheBuffer() throws Exception {
		byte[] big = new byte[300_000];
		java.util.Arrays.fill(big, (byte) 'a');
		big[1000] = '\n';
		byte[] file = concat("<CALL:6>JA1ABC<NOTES:" + big.length + ">", big, "<EOR>\n<CALL:6>JA2XYZ<EOR>");
		List<Map<String, String>> r = parse(new AdiParserDifferentialTest.ChunkedStream(file, new java.util.Random(3), 5000), 64);
		assertEquals(2, r.size());
		assertEquals(new String(big, StandardCharsets.ISO_8859_1), r.get(0).get("NOTES"));
		assertEquals("JA2XYZ", r.get(1).get("CALL"));
		assertEquals(file.length - "<CALL:6>JA2XYZ<EOR>".length() + "/3", r.get(1).get("@"));
	}

	@Test
	void repeatedValuesAreSharedButNeverConfused() throws Exception {
		StringBuilder b = new StringBuilder();
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			// Values of one field that differ only in length (a NUL byte), in case, or not at all; then unique ones.
			String v = switch (i % 5) {
			case 0 -> "59";
			case 1 -> "59\u0000";
			case 2 -> "FT8";
			case 3 -> "ft8";
			default -> i < 2500 ? "599" : Integer.toString(i * 7919);
			};
			values.add(v);
			b.append("<CALL:5>K1ABC <RST:").append(v.length()).append('>').append(v).append("<EOR>\n");
		}
		for (int i = 0; i < 3000; i++) {
			String v = Integer.toString(10_000_000 + i * 13);
			values.add(v);
			b.append("<RST:").append(v.length()).append('>').append(v).append("<EOR>\n");
		}
		List<Map<String, String>> r = parse(b.toString().getBytes(StandardCharsets.ISO_8859_1));
		assertEquals(values.size(), r.size());
		for (int i = 0; i < values.size(); i++) {
			assertEquals(values.get(i), r.get(i).get("RST"), "record " + i);
		}
	}

	@Test
	void namesInAnotherOrderThanTheRecordBefore() throws Exception {
		List<Map<String, String>> r = parse(("<CALL:5>K1ABC<CALL_X:1>1<BAND:3>20m<EOR>\n<CALL_X:1>2<CALL:5>K2ABC<EOR>\n"
				+ "<CALLX:1>3<BAND:3>40m<CALL:5>K3ABC<EOR>\n<call:5>K4ABC<BAND:3>40m<EOR>\n").getBytes());
		assertEquals(4, r.size());
		assertEquals("K1ABC", r.get(0).get("CALL"));
		assertEquals("1", r.get(0).get("CALL_X"));
		assertEquals("2", r.get(1).get("CALL_X"));
		assertEquals("K2ABC", r.get(1).get("CALL"));
		assertEquals("3", r.get(2).get("CALLX"));
		assertEquals("K3ABC", r.get(2).get("CALL"));
		assertEquals("K4ABC", r.get(3).get("CALL"));
		assertEquals("40m", r.get(3).get("BAND"));
		assertTrue(problems.isEmpty(), problems.toString());
	}
}
