package org.qslmail.log.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.osgi.util.NLS;
import org.qslmail.log.AdifField;
import org.qslmail.log.ImportProblem;
import org.qslmail.log.ImportSummary;
import org.qslmail.log.Qso;
import org.qslmail.log.SkipReason;

/**
 * QSOs from an ADX file, streamed with StAX. {@code <USERDEF FIELDNAME="X">} becomes field X,
 * {@code <APP PROGRAMID="P" FIELDNAME="F">} becomes {@code APP_P_F}. XML that is not well-formed ends the file
 * there: the damaged record is reported and the records before it are kept.
 */
public final class AdxSource implements QsoSource {

	private final CountingInputStream in;
	private final XMLStreamReader xml;
	private final ImportSummary summary;
	private final String stationCallsign;
	private final List<String[]> userFields = new ArrayList<>();
	private boolean done;

	public AdxSource(InputStream stream, String stationCallsign, ImportSummary summary) throws IOException {
		this.in = new CountingInputStream(stream);
		this.summary = summary;
		this.stationCallsign = stationCallsign;
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
		try {
			this.xml = factory.createXMLStreamReader(in);
		} catch (XMLStreamException e) {
			throw new IOException(NLS.bind(Messages.AdxSource_notXml, e.getMessage()), e);
		}
	}

	@Override
	public Qso next() throws IOException {
		long offset = 0;
		long line = 0;
		while (!done) {
			try {
				if (!xml.hasNext()) {
					done = true;
					break;
				}
				int event = xml.next();
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String element = xml.getLocalName().toUpperCase(Locale.ROOT);
				if (element.equals("USERDEF") && xml.getAttributeValue(null, "FIELDID") != null) { //$NON-NLS-1$ //$NON-NLS-2$
					String type = xml.getAttributeValue(null, "TYPE"); //$NON-NLS-1$
					String spec = xml.getAttributeValue(null, "ENUM"); //$NON-NLS-1$
					if (spec == null) {
						spec = xml.getAttributeValue(null, "RANGE"); //$NON-NLS-1$
					}
					userFields.add(new String[] { xml.getElementText().trim(), type, spec });
					continue;
				}
				if (!element.equals("RECORD")) { //$NON-NLS-1$
					continue;
				}
				Location at = xml.getLocation();
				offset = Math.max(0, at.getCharacterOffset());
				line = at.getLineNumber();
				List<AdifField> fields = new ArrayList<>();
				while (true) {
					int e = xml.next();
					if (e == XMLStreamConstants.END_ELEMENT) {
						break;
					}
					if (e != XMLStreamConstants.START_ELEMENT) {
						continue;
					}
					String name = xml.getLocalName();
					String upper = name.toUpperCase(Locale.ROOT);
					if (upper.equals("USERDEF")) { //$NON-NLS-1$
						name = xml.getAttributeValue(null, "FIELDNAME"); //$NON-NLS-1$
					} else if (upper.equals("APP")) { //$NON-NLS-1$
						name = "APP_" + xml.getAttributeValue(null, "PROGRAMID") + '_' //$NON-NLS-1$ //$NON-NLS-2$
								+ xml.getAttributeValue(null, "FIELDNAME"); //$NON-NLS-1$
					}
					String value = xml.getElementText();
					if (name != null) {
						fields.add(new AdifField(name, value));
					}
				}
				try {
					Qso q = AdifMapping.toQso(fields);
					if (q.stationCallsign() == null && stationCallsign != null) {
						q.setStationCallsign(stationCallsign);
					}
					return q;
				} catch (BadRecordException e) {
					summary.skip(new ImportProblem(offset, line, e.reason(), e.getMessage()));
				}
			} catch (XMLStreamException e) {
				Location at = e.getLocation();
				summary.skip(new ImportProblem(at == null ? offset : Math.max(0, at.getCharacterOffset()),
						at == null ? line : at.getLineNumber(), SkipReason.SYNTAX,
						NLS.bind(Messages.AdxSource_badXml, e.getMessage())));
				done = true;
			}
		}
		return null;
	}

	@Override
	public List<String[]> userFields() {
		return userFields;
	}

	@Override
	public long position() {
		return in.count();
	}

	@Override
	public void close() throws IOException {
		try {
			xml.close();
		} catch (XMLStreamException e) {
			// the stream is closed below
		}
		in.close();
	}
}
