package org.qslmail.matching.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.part.ViewPart;
import org.qslmail.core.QslColumn;
import org.qslmail.exchange.store.ReceivedCardStore;
import org.qslmail.log.LogException;
import org.qslmail.log.Qso;
import org.qslmail.log.QsoStore;
import org.qslmail.matching.AdifConfirmations;
import org.qslmail.matching.CardFolder;
import org.qslmail.matching.CardMatcher;
import org.qslmail.matching.CardOrigin;
import org.qslmail.matching.CardStore;
import org.qslmail.matching.LoggedQso;
import org.qslmail.matching.MarkWriter;
import org.qslmail.matching.MatchResult;
import org.qslmail.matching.MatchState;
import org.qslmail.matching.MatchingException;
import org.qslmail.matching.ReceivedCard;
import org.qslmail.matching.StoreQsoSource;
import org.qslmail.ui.internal.WidgetIds;

/**
 * The QSO-matching view (交信の照合): choose a card folder, an ADIF confirmation file or the received-card
 * store, match it against the log as a Job, and act on the results. Right after matching the NG rows and the OK rows without a received
 * mark are chosen (vermilion) and selected, as in hQSL; Space toggles the choice of the selected rows, Enter or
 * a double-click shows the card image. Delete, Move and Copy act on the chosen rows' card files, Write marks on
 * the chosen OK rows' QSOs (one transaction), Undo takes the last write back.
 */
public final class MatchingView extends ViewPart {

	public static final String ID = "org.qslmail.matching.ui.matchingView"; //$NON-NLS-1$

	static final String SOURCE_KIND = "matching.sourceKind"; //$NON-NLS-1$
	static final String PATH = "matching.path"; //$NON-NLS-1$
	static final String RUN = "matching.run"; //$NON-NLS-1$
	static final String TABLE = "matching.table"; //$NON-NLS-1$
	static final String STATUS = "matching.status"; //$NON-NLS-1$
	static final String WRITE_MARKS = "matching.writeMarks"; //$NON-NLS-1$
	static final String UNDO = "matching.undo"; //$NON-NLS-1$

	/** What the source of the cards is. */
	enum SourceKind {
		CARD_FOLDER, ADIF_FILE, RECEIVED_STORE;

		static SourceKind at(int index) {
			return index < 0 ? CARD_FOLDER : values()[index];
		}
	}

	/** The questions the view asks the user; tests answer them themselves. */
	interface Questions {
		boolean confirm(String title, String message);

		void inform(String title, String message);

		Optional<Path> chooseFolder(String title);
	}

	/** One result as shown: the log's state and QSL column change when marks are written or undone. */
	static final class Row {
		final MatchResult result;
		MatchState state;
		QslColumn qsl;
		boolean chosen;
		Path file;
		String fileNote = ""; //$NON-NLS-1$

		Row(MatchResult result) {
			this.result = result;
			this.state = result.state();
			this.qsl = result.qso().map(LoggedQso::qslColumn).orElse(null);
			this.file = result.card().image().orElse(null);
		}

		Optional<Long> qsoId() {
			return result.isOk() ? result.qso().map(LoggedQso::id) : Optional.empty();
		}
	}

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm"); //$NON-NLS-1$

	private Combo sourceKind;
	private Text path;
	private Button run;
	private Table table;
	private Label status;
	private Button writeMarks;
	private Button undo;
	private Color vermilion;
	private final List<Row> rows = new ArrayList<>();
	private MarkWriter writer;
	private QsoStore writerStore;
	private Job running;
	/** The received-card store folder the shown results came from, when they did. */
	private Path shownStore;
	Questions questions = new Questions() {
		@Override
		public boolean confirm(String title, String message) {
			return MessageDialog.openQuestion(getSite().getShell(), title, message);
		}

		@Override
		public void inform(String title, String message) {
			MessageDialog.openInformation(getSite().getShell(), title, message);
		}

		@Override
		public Optional<Path> chooseFolder(String title) {
			DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
			dialog.setText(title);
			return Optional.ofNullable(dialog.open()).map(Path::of);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		vermilion = new Color(parent.getDisplay(), 0xF5, 0x9E, 0x86);
		parent.setLayout(new GridLayout(1, false));
		Composite source = new Composite(parent, SWT.NONE);
		source.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		source.setLayout(new GridLayout(6, false));
		new Label(source, SWT.NONE).setText(Messages.MatchingView_source);
		sourceKind = WidgetIds.tag(new Combo(source, SWT.READ_ONLY), SOURCE_KIND);
		sourceKind.setItems(Messages.MatchingView_sourceFolder, Messages.MatchingView_sourceAdif,
				Messages.MatchingView_sourceStore);
		sourceKind.select(0);
		path = WidgetIds.tag(new Text(source, SWT.BORDER), PATH);
		path.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		path.setMessage(Messages.MatchingView_pathHint);
		String last = MatchingPreferences.lastSource();
		if (last.startsWith("adif:")) { //$NON-NLS-1$
			sourceKind.select(1);
			path.setText(last.substring(5));
		} else if (last.startsWith("folder:")) { //$NON-NLS-1$
			path.setText(last.substring(7));
		} else if (last.startsWith("store:")) { //$NON-NLS-1$
			sourceKind.select(2);
			path.setText(last.substring(6));
		}
		// the received-card store: the folder qslmail receive-qsl fills by default
		sourceKind.addListener(SWT.Selection, e -> {
			if (SourceKind.at(sourceKind.getSelectionIndex()) == SourceKind.RECEIVED_STORE) {
				path.setText(ReceivedCardStore.defaultFolder().toString());
			}
		});
		button(source, Messages.MatchingView_browse, null, this::browse);
		run = button(source, Messages.MatchingView_run, RUN, this::runFromFields);
		button(source, Messages.MatchingView_settings, null, this::openSettings);

		table = WidgetIds.tag(new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI), TABLE);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		String[] names = { Messages.MatchingView_colState, Messages.MatchingView_colCall, Messages.MatchingView_colCardTime,
				Messages.MatchingView_colBand, Messages.MatchingView_colMode, Messages.MatchingView_colQsl,
				Messages.MatchingView_colQso, Messages.MatchingView_colResult, Messages.MatchingView_colSource };
		int[] widths = { 50, 100, 130, 60, 70, 50, 130, 380, 300 };
		for (int i = 0; i < names.length; i++) {
			TableColumn c = new TableColumn(table, SWT.LEFT);
			c.setText(names[i]);
			c.setWidth(widths[i]);
		}
		table.addListener(SWT.SetData, e -> fill((TableItem) e.item, e.index));
		table.addListener(SWT.KeyDown, e -> {
			if (e.character == ' ') {
				e.doit = false;
				toggleChosen(table.getSelectionIndices());
			}
		});
		table.addListener(SWT.DefaultSelection, e -> showCard(table.getSelectionIndex()));

		// Right-click gives the same actions as the buttons (hQSL's list has the same menu).
		Menu menu = new Menu(table);
		menuItem(menu, Messages.MatchingView_show, () -> showCard(table.getSelectionIndex()));
		menuItem(menu, Messages.MatchingView_toggle, () -> toggleChosen(table.getSelectionIndices()));
		new MenuItem(menu, SWT.SEPARATOR);
		menuItem(menu, Messages.MatchingView_delete, this::deleteCards);
		menuItem(menu, Messages.MatchingView_move, () -> moveOrCopy(true));
		menuItem(menu, Messages.MatchingView_copy, () -> moveOrCopy(false));
		new MenuItem(menu, SWT.SEPARATOR);
		menuItem(menu, Messages.MatchingView_writeMarks, this::writeMarks);
		MenuItem undoItem = menuItem(menu, Messages.MatchingView_undo, this::undoMarks);
		menu.addListener(SWT.Show, e -> undoItem.setEnabled(writer != null && writer.canUndo()));
		table.setMenu(menu);

		Composite actions = new Composite(parent, SWT.NONE);
		actions.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		actions.setLayout(new GridLayout(8, false));
		button(actions, Messages.MatchingView_show, null, () -> showCard(table.getSelectionIndex()));
		button(actions, Messages.MatchingView_delete, null, this::deleteCards);
		button(actions, Messages.MatchingView_move, null, () -> moveOrCopy(true));
		button(actions, Messages.MatchingView_copy, null, () -> moveOrCopy(false));
		writeMarks = button(actions, Messages.MatchingView_writeMarks, WRITE_MARKS, this::writeMarks);
		undo = button(actions, Messages.MatchingView_undo, UNDO, this::undoMarks);
		undo.setEnabled(false);
		status = WidgetIds.tag(new Label(actions, SWT.NONE), STATUS);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		status.setText(Messages.MatchingView_ready);
	}

	private static Button button(Composite parent, String text, String id, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		if (id != null) {
			WidgetIds.tag(b, id);
		}
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	private static MenuItem menuItem(Menu menu, String text, Runnable action) {
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, e -> action.run());
		return item;
	}

	private void browse() {
		String chosen;
		if (SourceKind.at(sourceKind.getSelectionIndex()) != SourceKind.ADIF_FILE) {
			DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
			dialog.setText(Messages.MatchingView_chooseFolder);
			dialog.setFilterPath(path.getText());
			chosen = dialog.open();
		} else {
			FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
			dialog.setText(Messages.MatchingView_chooseAdif);
			dialog.setFilterExtensions(new String[] { "*.adi;*.adif;*.adx;*.ADI;*.ADIF;*.ADX", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
			chosen = dialog.open();
		}
		if (chosen != null) {
			path.setText(chosen);
		}
	}

	private void openSettings() {
		PreferencesUtil.createPreferenceDialogOn(getSite().getShell(), MatchingPreferencePage.ID,
				new String[] { MatchingPreferencePage.ID }, null).open();
	}

	private void runFromFields() {
		String text = path.getText().trim();
		SourceKind kind = SourceKind.at(sourceKind.getSelectionIndex());
		if (text.isEmpty() && kind == SourceKind.RECEIVED_STORE) {
			text = ReceivedCardStore.defaultFolder().toString();
			path.setText(text);
		}
		if (text.isEmpty()) {
			questions.inform(Messages.MatchingView_title, Messages.MatchingView_noSource);
			return;
		}
		startMatching(kind, Path.of(text));
	}

	/** Starts matching as a Job (progress in the Progress view, cancel stops it); the results replace the table. */
	Job startMatching(SourceKind kind, Path source) {
		if (running != null) {
			running.cancel();
		}
		MatchingPreferences.save(MatchingPreferences.LAST_SOURCE, switch (kind) {
		case CARD_FOLDER -> "folder:"; //$NON-NLS-1$
		case ADIF_FILE -> "adif:"; //$NON-NLS-1$
		case RECEIVED_STORE -> "store:"; //$NON-NLS-1$
		} + source);
		status.setText(Messages.MatchingView_running);
		run.setEnabled(false);
		var rules = MatchingPreferences.rules();
		Job job = new Job(NLS.bind(Messages.MatchingView_jobName, source.getFileName())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, 100);
				try {
					List<ReceivedCard> cards;
					List<String> problems = new ArrayList<>();
					if (kind == SourceKind.CARD_FOLDER) {
						CardFolder.Contents contents = CardFolder.read(source, progress.split(20));
						cards = contents.cards();
						contents.problems().forEach(p -> problems.add(p.file().getFileName() + ": " + p.message())); //$NON-NLS-1$
					} else if (kind == SourceKind.RECEIVED_STORE) {
						if (!ReceivedCardStore.exists(source)) {
							show(null, null, List.of(), NLS.bind(Messages.MatchingView_storeMissing, source), source);
							return Status.OK_STATUS;
						}
						try (ReceivedCardStore received = ReceivedCardStore.open(source)) {
							cards = CardStore.read(new ReceivedCardStoreSource(received), progress.split(20));
						}
						if (cards.isEmpty()) {
							show(null, null, List.of(), NLS.bind(Messages.MatchingView_storeEmpty, source), source);
							return Status.OK_STATUS;
						}
					} else {
						AdifConfirmations.Contents contents = AdifConfirmations.read(source, progress.split(20));
						cards = contents.cards();
						contents.problems().forEach(p -> problems.add(p.message()));
						if (contents.notConfirmed() > 0) {
							problems.add(NLS.bind(Messages.MatchingView_notConfirmed, contents.notConfirmed()));
						}
					}
					QsoStore store = MatchAccess.store();
					List<MatchResult> results = CardMatcher.match(cards, new StoreQsoSource(store), rules, progress.split(80));
					show(store, results, problems, null, kind == SourceKind.RECEIVED_STORE ? source : null);
					return Status.OK_STATUS;
				} catch (OperationCanceledException e) {
					show(null, null, List.of(), Messages.MatchingView_cancelled, null);
					return Status.CANCEL_STATUS;
				} catch (IOException | LogException | MatchingException e) {
					String message = NLS.bind(Messages.MatchingView_failed, e.getMessage());
					show(null, null, List.of(), message, null);
					return Status.error(message, e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == MatchAccess.JOB_FAMILY;
			}
		};
		job.setUser(true);
		running = job;
		job.schedule();
		return job;
	}

	private void show(QsoStore store, List<MatchResult> results, List<String> problems, String failure, Path receivedStore) {
		if (table == null || table.isDisposed()) {
			return;
		}
		table.getDisplay().asyncExec(() -> {
			if (table.isDisposed()) {
				return;
			}
			run.setEnabled(true);
			if (results == null) {
				if (receivedStore != null) {
					// the store is missing or empty: say so, with an empty table
					shownStore = receivedStore;
					showResults(List.of(), List.of());
				}
				status.setText(failure);
				status.getParent().layout();
				return;
			}
			if (writer == null || writerStore != store) {
				writer = new MarkWriter(store);
				writerStore = store;
			}
			shownStore = receivedStore;
			showResults(results, problems);
		});
	}

	/** Replaces the rows; NG and OK-unmarked rows are chosen and selected. */
	void showResults(List<MatchResult> results, List<String> problems) {
		rows.clear();
		List<Integer> preselected = new ArrayList<>();
		for (MatchResult result : results) {
			Row row = new Row(result);
			row.chosen = row.state == MatchState.NG || row.state == MatchState.OK_UNMARKED;
			if (row.chosen) {
				preselected.add(rows.size());
			}
			rows.add(row);
		}
		table.clearAll();
		table.setItemCount(rows.size());
		table.setSelection(preselected.stream().mapToInt(Integer::intValue).toArray());
		if (!preselected.isEmpty()) {
			table.showSelection();
		}
		updateStatus(problems.size());
		if (!problems.isEmpty()) {
			table.setToolTipText(String.join("\n", problems.subList(0, Math.min(20, problems.size())))); //$NON-NLS-1$
		} else {
			table.setToolTipText(null);
		}
		undo.setEnabled(writer != null && writer.canUndo());
	}

	private void updateStatus(int problems) {
		Map<MatchState, Integer> counts = new EnumMap<>(MatchState.class);
		for (MatchState s : MatchState.values()) {
			counts.put(s, 0);
		}
		int chosen = 0;
		for (Row r : rows) {
			counts.merge(r.state, 1, Integer::sum);
			chosen += r.chosen ? 1 : 0;
		}
		status.setText(NLS.bind(Messages.MatchingView_summary, new Object[] { rows.size(), counts.get(MatchState.OK_UNMARKED),
				counts.get(MatchState.OK_RECEIVED), counts.get(MatchState.NG), chosen, problems }));
		status.getParent().layout();
	}

	private void fill(TableItem item, int index) {
		if (index >= rows.size()) {
			return;
		}
		Row row = rows.get(index);
		ReceivedCard card = row.result.card();
		String state = switch (row.state) {
		case NG -> Messages.MatchingView_stateNg;
		case OK_UNMARKED -> Messages.MatchingView_stateOk;
		case OK_RECEIVED -> Messages.MatchingView_stateReceived;
		};
		String qso = row.result.qso().map(q -> TIME.format(q.time().atOffset(MatchAccess.displayOffset()))
				+ MatchAccess.displayZone().suffix() + ' ' + q.band().map(b -> b.adifName()).orElse("") //$NON-NLS-1$
				+ ' ' + q.submode().orElse(q.mode())).orElse(""); //$NON-NLS-1$
		String result = row.state == row.result.state() ? row.result.describe()
				: row.state == MatchState.OK_RECEIVED ? Messages.MatchingView_markedNow : Messages.MatchingView_markUndone;
		item.setText(new String[] { state, card.sender().text(),
				TIME.format(card.time().atOffset(card.zone().offset())) + card.zone().suffix(),
				card.band().map(b -> b.adifName()).orElse(""), card.mode(), //$NON-NLS-1$
				row.qsl == null ? "" : row.qsl.toString(), qso, result, source(row) + row.fileNote }); //$NON-NLS-1$
		item.setBackground(row.chosen ? vermilion : null);
	}

	private static String source(Row row) {
		CardOrigin origin = row.result.card().origin();
		if (row.file != null) {
			return row.file.toString();
		}
		return origin.position() > 0 ? origin.location() + '#' + origin.position() : origin.location();
	}

	/** Space: chosen rows become unchosen and the other way round. */
	void toggleChosen(int[] indices) {
		for (int i : indices) {
			if (i >= 0 && i < rows.size()) {
				rows.get(i).chosen = !rows.get(i).chosen;
				table.clear(i);
			}
		}
		updateStatus(0);
	}

	List<Row> rows() {
		return rows;
	}

	private List<Row> chosen() {
		return rows.stream().filter(r -> r.chosen).toList();
	}

	void showCard(int index) {
		if (index < 0 || index >= rows.size()) {
			return;
		}
		Row row = rows.get(index);
		if (row.file == null || !Files.isRegularFile(row.file)) {
			questions.inform(Messages.MatchingView_title, Messages.MatchingView_noImage);
			return;
		}
		new CardImageDialog(getSite().getShell(), row.file,
				NLS.bind(Messages.MatchingView_cardTitle, row.result.card().sender().text(), row.file.getFileName())).open();
	}

	private List<Row> chosenFiles() {
		return chosen().stream().filter(r -> r.file != null && r.result.card().origin().kind() == CardOrigin.Kind.CARD_FILE
				&& Files.isRegularFile(r.file)).toList();
	}

	void deleteCards() {
		List<Row> stored = chosen().stream()
				.filter(r -> r.result.card().origin().kind() == CardOrigin.Kind.CARD_STORE && r.fileNote.isEmpty()).toList();
		if (!stored.isEmpty() && shownStore != null) {
			deleteFromStore(stored);
			return;
		}
		List<Row> files = chosenFiles();
		if (files.isEmpty()) {
			questions.inform(Messages.MatchingView_title, Messages.MatchingView_noFiles);
			return;
		}
		if (!questions.confirm(Messages.MatchingView_deleteTitle, NLS.bind(Messages.MatchingView_deleteConfirm, files.size()))) {
			return;
		}
		int done = 0;
		List<String> failed = new ArrayList<>();
		for (Row r : files) {
			try {
				Files.delete(r.file);
				r.fileNote = Messages.MatchingView_deleted;
				r.chosen = false;
				done++;
			} catch (IOException e) {
				failed.add(r.file.getFileName() + ": " + e.getMessage()); //$NON-NLS-1$
			}
		}
		afterFiles(Messages.MatchingView_deleteTitle, NLS.bind(Messages.MatchingView_deleted_summary, done), failed);
	}

	/** Delete for cards of the received-card store: removed from the store through {@link CardStore#delete}. */
	private void deleteFromStore(List<Row> stored) {
		if (!questions.confirm(Messages.MatchingView_storeDeleteTitle,
				NLS.bind(Messages.MatchingView_storeDeleteConfirm, stored.size()))) {
			return;
		}
		List<String> keys = stored.stream().map(r -> r.result.card().origin().location()).toList();
		try (ReceivedCardStore received = ReceivedCardStore.open(shownStore)) {
			new ReceivedCardStoreSource(received).delete(keys);
		} catch (IOException e) {
			questions.inform(Messages.MatchingView_storeDeleteTitle,
					NLS.bind(Messages.MatchingView_storeDeleteFailed, shownStore, e.getMessage()));
			return;
		}
		for (Row r : stored) {
			r.fileNote = Messages.MatchingView_deleted;
			r.file = null;
			r.chosen = false;
		}
		afterFiles(Messages.MatchingView_storeDeleteTitle, NLS.bind(Messages.MatchingView_storeDeleted, stored.size()),
				List.of());
	}

	void moveOrCopy(boolean move) {
		List<Row> files = chosenFiles();
		String title = move ? Messages.MatchingView_moveTitle : Messages.MatchingView_copyTitle;
		if (files.isEmpty()) {
			questions.inform(Messages.MatchingView_title, Messages.MatchingView_noFiles);
			return;
		}
		Optional<Path> target = questions.chooseFolder(title);
		if (target.isEmpty()) {
			return;
		}
		if (!questions.confirm(title, NLS.bind(move ? Messages.MatchingView_moveConfirm : Messages.MatchingView_copyConfirm,
				files.size(), target.get()))) {
			return;
		}
		try {
			Files.createDirectories(target.get());
		} catch (IOException e) {
			questions.inform(title, NLS.bind(Messages.MatchingView_filesFailed, files.size(), e.getMessage()));
			return;
		}
		int done = 0;
		List<String> failed = new ArrayList<>();
		for (Row r : files) {
			Path to = target.get().resolve(r.file.getFileName());
			try {
				if (move) {
					Files.move(r.file, to);
					r.file = to;
					r.chosen = false;
				} else {
					Files.copy(r.file, to);
				}
				done++;
			} catch (IOException e) {
				failed.add(r.file.getFileName() + ": " + e.getMessage()); //$NON-NLS-1$
			}
		}
		afterFiles(title, NLS.bind(move ? Messages.MatchingView_moved : Messages.MatchingView_copied, done, target.get()),
				failed);
	}

	private void afterFiles(String title, String summary, List<String> failed) {
		table.clearAll();
		updateStatus(0);
		String message = failed.isEmpty() ? summary
				: summary + '\n' + NLS.bind(Messages.MatchingView_filesFailed, failed.size(),
						String.join("\n", failed.subList(0, Math.min(10, failed.size())))); //$NON-NLS-1$
		questions.inform(title, message);
	}

	/** Writes received marks for the chosen OK rows, after a confirmation; a summary follows. */
	void writeMarks() {
		if (writer == null) {
			questions.inform(Messages.MatchingView_marksTitle, Messages.MatchingView_nothingMatched);
			return;
		}
		List<MatchResult> ok = chosen().stream().filter(r -> r.state != MatchState.NG && r.qsoId().isPresent())
				.map(r -> r.result).toList();
		if (ok.isEmpty()) {
			questions.inform(Messages.MatchingView_marksTitle, Messages.MatchingView_nothingToMark);
			return;
		}
		var rule = MatchingPreferences.markRule();
		if (!questions.confirm(Messages.MatchingView_marksTitle,
				NLS.bind(Messages.MatchingView_marksConfirm, ok.size(), rule.text()))) {
			return;
		}
		MarkWriter.Write[] write = new MarkWriter.Write[1];
		String[] failure = new String[1];
		BusyIndicator.showWhile(table.getDisplay(), () -> {
			try {
				write[0] = writer.write(ok, rule, LocalDate.now(ZoneOffset.UTC));
			} catch (MatchingException e) {
				failure[0] = e.getMessage();
			}
		});
		if (failure[0] != null) {
			MessageDialog.openError(getSite().getShell(), Messages.MatchingView_marksTitle, failure[0]);
			return;
		}
		Map<Long, Qso> after = new HashMap<>();
		write[0].after().forEach(q -> after.put(q.id(), q));
		for (Row r : rows) {
			Qso q = r.qsoId().map(after::get).orElse(null);
			if (q != null) {
				r.state = MatchState.OK_RECEIVED;
				r.qsl = q.qslColumn();
				r.chosen = false;
			}
		}
		table.clearAll();
		updateStatus(0);
		undo.setEnabled(writer.canUndo());
		questions.inform(Messages.MatchingView_marksTitle, NLS.bind(Messages.MatchingView_marksWritten, write[0].written()));
	}

	/** Takes back the last write of marks, after a confirmation. */
	void undoMarks() {
		if (writer == null || writer.last().isEmpty()) {
			return;
		}
		MarkWriter.Write last = writer.last().get();
		if (!questions.confirm(Messages.MatchingView_undoTitle, NLS.bind(Messages.MatchingView_undoConfirm, last.written()))) {
			return;
		}
		try {
			writer.undoLast();
		} catch (MatchingException e) {
			MessageDialog.openError(getSite().getShell(), Messages.MatchingView_undoTitle, e.getMessage());
			return;
		}
		Map<Long, Qso> before = new HashMap<>();
		last.before().forEach(q -> before.put(q.id(), q));
		for (Row r : rows) {
			Qso q = r.qsoId().map(before::get).orElse(null);
			if (q != null) {
				r.state = q.isQslReceived() ? MatchState.OK_RECEIVED : MatchState.OK_UNMARKED;
				r.qsl = q.qslColumn();
				r.chosen = true;
			}
		}
		table.clearAll();
		updateStatus(0);
		undo.setEnabled(writer.canUndo());
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void dispose() {
		if (running != null) {
			running.cancel();
		}
		if (vermilion != null) {
			vermilion.dispose();
		}
		super.dispose();
	}
}
