package org.qslmail.log.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.qslmail.log.AdifField;

/**
 * Writes ADI in UTF-8. Lengths count characters (Unicode code points), as the ADIF specification counts them;
 * QSL Mail's reader accepts both counts.
 */
public final class AdiWriter implements AutoCloseable {

	private final Writer out;

	public AdiWriter(OutputStream stream) {
		this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
	}

	/** The header: program, ADIF version, user-defined fields ({name, type, spec}). */
	public void header(String programVersion, List<String[]> userFields) throws IOException {
		out.write("QSL Mail ADIF export\r\n"); //$NON-NLS-1$
		field("ADIF_VER", "3.1.6"); //$NON-NLS-1$ //$NON-NLS-2$
		field("PROGRAMID", "QSL Mail"); //$NON-NLS-1$ //$NON-NLS-2$
		field("PROGRAMVERSION", programVersion); //$NON-NLS-1$
		int n = 1;
		for (String[] u : userFields) {
			String value = u[2] == null ? u[0] : u[0] + ',' + u[2];
			out.write('<');
			out.write("USERDEF" + n++); //$NON-NLS-1$
			out.write(':');
			out.write(Integer.toString(value.codePointCount(0, value.length())));
			if (u[1] != null && !u[1].isEmpty()) {
				out.write(':');
				out.write(u[1]);
			}
			out.write('>');
			out.write(value);
			out.write("\r\n"); //$NON-NLS-1$
		}
		out.write("<EOH>\r\n"); //$NON-NLS-1$
	}

	public void record(List<AdifField> fields) throws IOException {
		for (AdifField f : fields) {
			field(f.name(), f.value());
		}
		out.write("<EOR>\r\n"); //$NON-NLS-1$
	}

	private void field(String name, String value) throws IOException {
		out.write('<');
		out.write(name);
		out.write(':');
		out.write(Integer.toString(value.codePointCount(0, value.length())));
		out.write('>');
		out.write(value);
		out.write(' ');
	}

	@Override
	public void close() throws IOException {
		out.close();
	}
}
