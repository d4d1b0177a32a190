package org.qslmail.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qslmail.core.Band;
import org.qslmail.core.LogZone;

/** Reading a folder of received cards named by the card-name scheme. */
class CardFolderTest {

	@TempDir
	Path folder;

	@Test
	void cardsAreReadFromTheirNamesAndBadNamesAreReported() throws Exception {
		Files.writeString(folder.resolve("JA2XYZ_JA1ZZZ_20250101-0900J_40m_CW.jpg"), "jpeg");
		Files.writeString(folder.resolve("KH0-JA1ABC-P_JA1ZZZ_20241231-2359J_70cm_MFSK+FT4.jpg"), "jpeg");
		Files.writeString(folder.resolve("holiday photo.jpg"), "jpeg");
		Files.writeString(folder.resolve("notes.txt"), "not a card");
		Files.createDirectory(folder.resolve("sub.jpg"));

		CardFolder.Contents contents = CardFolder.read(folder, new NullProgressMonitor());

		assertEquals(2, contents.cards().size());
		ReceivedCard first = contents.cards().get(0);
		assertEquals("JA2XYZ", first.sender().text());
		assertEquals(Instant.parse("2025-01-01T00:00:00Z"), first.time());
		assertEquals(LogZone.JST, first.zone());
		assertEquals(Optional.of(Band.B40M), first.band());
		assertEquals("CW", first.mode());
		assertEquals(Optional.of(folder.resolve("JA2XYZ_JA1ZZZ_20250101-0900J_40m_CW.jpg")), first.image());
		ReceivedCard portable = contents.cards().get(1);
		assertEquals("KH0/JA1ABC/P", portable.sender().text());
		assertEquals("FT4", portable.mode());

		assertEquals(1, contents.problems().size());
		assertEquals(folder.resolve("holiday photo.jpg"), contents.problems().get(0).file());
		assertTrue(!contents.problems().get(0).message().isBlank());
	}
}
