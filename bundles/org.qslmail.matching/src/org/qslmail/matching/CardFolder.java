package org.qslmail.matching;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.qslmail.core.CardName;
import org.qslmail.core.InvalidInputException;

/**
 * A folder of received card images named by the card-name scheme ({@link CardName}), as received cards
 * are kept. Every {@code .jpg} file is a card; a name that does not follow the scheme is reported, not
 * guessed at. Other files are not cards and are left alone.
 */
public final class CardFolder {

	/** A card file whose name does not follow the scheme, and why. */
	public record Problem(Path file, String message) {
		public Problem {
			Objects.requireNonNull(file);
			Objects.requireNonNull(message);
		}
	}

	/** The cards of a folder, sorted by file name, and the files that could not be read as cards. */
	public record Contents(List<ReceivedCard> cards, List<Problem> problems) {
		public Contents {
			cards = List.copyOf(cards);
			problems = List.copyOf(problems);
		}
	}

	private CardFolder() {
	}

	public static Contents read(Path folder, IProgressMonitor monitor) throws IOException {
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString().toLowerCase(Locale.ROOT);
				if (name.endsWith(CardName.EXTENSION) && Files.isRegularFile(entry)) {
					files.add(entry);
				}
			}
		}
		files.sort(null);
		SubMonitor progress = SubMonitor.convert(monitor, files.size());
		List<ReceivedCard> cards = new ArrayList<>(files.size());
		List<Problem> problems = new ArrayList<>();
		for (Path file : files) {
			progress.split(1);
			try {
				cards.add(card(file));
			} catch (InvalidInputException e) {
				problems.add(new Problem(file, e.getMessage()));
			}
		}
		return new Contents(cards, problems);
	}

	/** The card a file stands for; its name must follow the card-name scheme. */
	public static ReceivedCard card(Path file) {
		CardName name = CardName.parse(file.getFileName().toString());
		return new ReceivedCard(name.sender(), Optional.of(name.recipient()), name.time().toInstant(),
				name.time().zone(), Optional.of(name.band()), name.mode().label(), Optional.of(file),
				new CardOrigin(CardOrigin.Kind.CARD_FILE, file.toString(), 0));
	}
}
