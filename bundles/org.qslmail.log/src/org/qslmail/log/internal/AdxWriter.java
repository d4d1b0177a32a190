package org.qslmail.log.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.qslmail.log.AdifField;

/**
 * Writes ADX (UTF-8). {@code APP_P_F} fields become {@code <APP PROGRAMID="P" FIELDNAME="F">} (the program id is
 * the part up to the next underscore); declared user fields become {@code <USERDEF FIELDNAME=..>}.
 */
public final class AdxWriter implements AutoCloseable {

	private final OutputStream stream;
	private final XMLStreamWriter xml;
	private final Set<String> userNames = new HashSet<>();

	public AdxWriter(OutputStream stream) throws IOException {
		this.stream = stream;
		try {
			this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(stream, "UTF-8"); //$NON-NLS-1$
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
	}

	public void header(String programVersion, List<String[]> userFields) throws IOException {
		try {
			xml.writeStartDocument("UTF-8", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
			xml.writeCharacters("\n"); //$NON-NLS-1$
			xml.writeStartElement("ADX"); //$NON-NLS-1$
			xml.writeStartElement("HEADER"); //$NON-NLS-1$
			element("ADIF_VER", "3.1.6"); //$NON-NLS-1$ //$NON-NLS-2$
			element("PROGRAMID", "QSL Mail"); //$NON-NLS-1$ //$NON-NLS-2$
			element("PROGRAMVERSION", programVersion); //$NON-NLS-1$
			int id = 1;
			for (String[] u : userFields) {
				xml.writeStartElement("USERDEF"); //$NON-NLS-1$
				xml.writeAttribute("FIELDID", Integer.toString(id++)); //$NON-NLS-1$
				if (u[1] != null) {
					xml.writeAttribute("TYPE", u[1]); //$NON-NLS-1$
				}
				if (u[2] != null) {
					xml.writeAttribute(u[2].contains(":") ? "RANGE" : "ENUM", u[2]); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
				xml.writeCharacters(u[0]);
				xml.writeEndElement();
				userNames.add(u[0].toUpperCase(Locale.ROOT));
			}
			xml.writeEndElement();
			xml.writeCharacters("\n"); //$NON-NLS-1$
			xml.writeStartElement("RECORDS"); //$NON-NLS-1$
			xml.writeCharacters("\n"); //$NON-NLS-1$
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
	}

	public void record(List<AdifField> fields) throws IOException {
		try {
			xml.writeStartElement("RECORD"); //$NON-NLS-1$
			for (AdifField f : fields) {
				String upper = f.name().toUpperCase(Locale.ROOT);
				int sep = upper.startsWith("APP_") ? upper.indexOf('_', 4) : -1; //$NON-NLS-1$
				if (sep > 4 && sep < upper.length() - 1) {
					xml.writeStartElement("APP"); //$NON-NLS-1$
					xml.writeAttribute("PROGRAMID", f.name().substring(4, sep)); //$NON-NLS-1$
					xml.writeAttribute("FIELDNAME", f.name().substring(sep + 1)); //$NON-NLS-1$
					xml.writeAttribute("TYPE", "M"); //$NON-NLS-1$ //$NON-NLS-2$
					xml.writeCharacters(f.value());
					xml.writeEndElement();
				} else if (userNames.contains(upper) || !isXmlName(f.name())) {
					xml.writeStartElement("USERDEF"); //$NON-NLS-1$
					xml.writeAttribute("FIELDNAME", f.name()); //$NON-NLS-1$
					xml.writeCharacters(f.value());
					xml.writeEndElement();
				} else {
					element(upper, f.value());
				}
			}
			xml.writeEndElement();
			xml.writeCharacters("\n"); //$NON-NLS-1$
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
	}

	private static boolean isXmlName(String name) {
		if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-'))) {
				return false;
			}
		}
		return true;
	}

	private void element(String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	@Override
	public void close() throws IOException {
		try {
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		} catch (XMLStreamException e) {
			throw new IOException(e);
		} finally {
			stream.close();
		}
	}
}
