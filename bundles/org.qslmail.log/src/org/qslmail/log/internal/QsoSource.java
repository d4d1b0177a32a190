package org.qslmail.log.internal;

import java.io.IOException;
import java.util.List;

import org.qslmail.log.Qso;

/** A streaming reader of QSOs from a file: bad records go to the import summary, good ones come out one by one. */
public interface QsoSource extends AutoCloseable {

	/** The next good QSO, or {@code null} at the end of the file. */
	Qso next() throws IOException;

	/** Bytes of the file consumed so far, for progress. */
	long position();

	/** User-defined fields declared by the file ({@code USERDEFn}), each {name, type, enumeration or range}. */
	default List<String[]> userFields() {
		return List.of();
	}

	@Override
	void close() throws IOException;
}
