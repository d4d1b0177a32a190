package org.qslmail.log.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.qslmail.log.AdifField;
import org.qslmail.log.ImportProblem;
import org.qslmail.log.ImportSummary;
import org.qslmail.log.Qso;

/** QSOs from an ADI file. */
public final class AdiSource implements QsoSource {

	private final AdiParser parser;
	private final AdiParser.Record record = new AdiParser.Record();
	private final ImportSummary summary;
	private final String stationCallsign;

	public AdiSource(InputStream in, Charset forced, int maxFieldLength, String stationCallsign, ImportSummary summary) {
		this.summary = summary;
		this.stationCallsign = stationCallsign;
		this.parser = new AdiParser(in, forced, maxFieldLength, summary::skip);
	}

	@Override
	public Qso next() throws IOException {
		while (parser.next(record)) {
			List<AdifField> fields = new ArrayList<>(record.size());
			for (int i = 0; i < record.size(); i++) {
				fields.add(new AdifField(record.name(i), record.value(i)));
			}
			try {
				Qso q = AdifMapping.toQso(fields);
				if (q.stationCallsign() == null && stationCallsign != null) {
					q.setStationCallsign(stationCallsign);
				}
				return q;
			} catch (BadRecordException e) {
				summary.skip(new ImportProblem(record.offset(), record.line(), e.reason(), e.getMessage()));
			}
		}
		return null;
	}

	@Override
	public long position() {
		return parser.position();
	}

	@Override
	public List<String[]> userFields() {
		List<String[]> out = new ArrayList<>();
		for (String[] h : parser.header()) {
			if (h[0].toUpperCase(Locale.ROOT).startsWith("USERDEF")) { //$NON-NLS-1$
				// <USERDEF1:19:E>SWEATERSIZE,{S,M,L}
				String v = h[1];
				int comma = v.indexOf(',');
				String name = comma < 0 ? v.trim() : v.substring(0, comma).trim();
				String spec = comma < 0 ? null : v.substring(comma + 1);
				out.add(new String[] { name, h[2], spec });
			}
		}
		return out;
	}

	@Override
	public void close() throws IOException {
		parser.close();
	}
}
