package org.qslmail.log;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The outcome of one import: what was added, what was already there, and what was skipped and why. */
public final class ImportSummary {

	/** How many problems are kept with their position; the counts go on beyond. */
	public static final int MAX_PROBLEMS = 1000;

	private final Path file;
	private final LogFormat format;
	private long imported;
	private long duplicates;
	private final Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
	private final List<ImportProblem> problems = new ArrayList<>();

	public ImportSummary(Path file, LogFormat format) {
		this.file = file;
		this.format = format;
	}

	public Path file() {
		return file;
	}

	public LogFormat format() {
		return format;
	}

	/** QSOs added to the log. */
	public long imported() {
		return imported;
	}

	/** QSOs that were in the log already (same station call, call, time, band and mode), or twice in the file. */
	public long duplicates() {
		return duplicates;
	}

	/** Records skipped, by reason. */
	public Map<SkipReason, Long> skipped() {
		return Collections.unmodifiableMap(skipped);
	}

	public long skippedTotal() {
		return skipped.values().stream().mapToLong(Long::longValue).sum();
	}

	/** The first {@link #MAX_PROBLEMS} skipped records with their position. */
	public List<ImportProblem> problems() {
		return Collections.unmodifiableList(problems);
	}

	/** Called by the importer. */
	public void addImported(long count) {
		imported += count;
	}

	/** Called by the importer. */
	public void addDuplicates(long count) {
		duplicates += count;
	}

	/** Called by the readers. */
	public void skip(ImportProblem problem) {
		skipped.merge(problem.reason(), 1L, Long::sum);
		if (problems.size() < MAX_PROBLEMS) {
			problems.add(problem);
		}
	}
}
