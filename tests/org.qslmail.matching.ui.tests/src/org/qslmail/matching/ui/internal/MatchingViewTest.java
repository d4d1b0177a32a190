package org.qslmail.matching.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qslmail.exchange.store.ReceivedCardStore;
import org.qslmail.log.ImportOptions;
import org.qslmail.log.Qso;
import org.qslmail.log.QsoStore;
import org.qslmail.matching.MatchState;
import org.qslmail.tests.util.ui.UiThread;

/**
 * The QSO-matching view in the real workbench (Xvfb in the build), against the real log store of the test
 * instance area and a generated folder of card images: match as a Job, states and preselection, Space,
 * Enter, marks written and undone, card files copied.
 */
class MatchingViewTest {

	private static Path cards;
	private static final List<String> informed = new ArrayList<>();

	@BeforeAll
	static void logAndCards() throws Exception {
		QsoStore store = MatchAccess.store();
		Path adi = Files.createTempFile("matching-ui", ".adi");
		Files.writeString(adi, "test log\n<EOH>\n"
				+ "<CALL:6>JA1UIA<QSO_DATE:8>20250101<TIME_ON:4>0002<BAND:3>40m<MODE:2>CW<EOR>\n"
				+ "<CALL:6>JA1UIB<QSO_DATE:8>20250102<TIME_ON:4>0000<BAND:3>20m<MODE:3>SSB<QSL_RCVD:1>Y<EOR>\n"
				+ "<CALL:6>JA1UIC<QSO_DATE:8>20250103<TIME_ON:4>0000<BAND:3>15m<MODE:3>FT8<EOR>\n"
				+ "<CALL:6>JA1UID<QSO_DATE:8>20250104<TIME_ON:4>0000<BAND:3>10m<MODE:2>CW<EOR>\n", StandardCharsets.US_ASCII);
		store.importFile(adi, ImportOptions.defaults().withStationCallsign("JA1ZZZ"), new NullProgressMonitor());
		cards = Files.createTempDirectory("matching-ui-cards");
		for (String name : List.of("JA1UIA_JA1ZZZ_20250101-0900J_40m_CW.jpg", // OK, not yet received
				"JA1UIB_JA1ZZZ_20250102-0900J_20m_SSB.jpg", // OK, received
				"JA1UIC_JA1ZZZ_20250103-0900J_15m_CW.jpg", // NG: the log has FT8
				"JA1UID_JA1ZZZ_20250104-0900J_10m_A1.jpg")) { // OK through the default alias CW=A1
			jpeg(cards.resolve(name));
		}
	}

	private static void jpeg(Path file) {
		ImageData data = new ImageData(64, 40, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(file.toString(), SWT.IMAGE_JPEG);
	}

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	private static MatchingView showView() {
		MatchingView view = UiThread.call(() -> {
			try {
				IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(MatchingPerspective.ID, window());
				return (MatchingView) page.findView(MatchingView.ID);
			} catch (WorkbenchException e) {
				throw new AssertionError(e);
			}
		});
		assertNotNull(view);
		view.questions = new MatchingView.Questions() {
			@Override
			public boolean confirm(String title, String message) {
				return true;
			}

			@Override
			public void inform(String title, String message) {
				informed.add(message);
			}

			@Override
			public Optional<Path> chooseFolder(String title) {
				return Optional.of(cards.resolveSibling(cards.getFileName() + "-copies"));
			}
		};
		return view;
	}

	private static Qso logged(String call) throws Exception {
		return MatchAccess.store().findByCall(call, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")).get(0);
	}

	private static Table table() {
		return UiThread.find(window().getShell(), MatchingView.TABLE);
	}

	@Test
	void matchMarkUndoAndCopy() throws Exception {
		List<String> shortcuts = UiThread.call(() -> Arrays.asList(window().getActivePage().getPerspectiveShortcuts()));
		assertTrue(shortcuts.contains(MatchingPerspective.ID), shortcuts.toString());
		MatchingView view = showView();

		Job job = UiThread.call(() -> view.startMatching(MatchingView.SourceKind.CARD_FOLDER, cards));
		assertTrue(job.join(60_000, null), "the matching job ends");
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		UiThread.waitFor("the results in the table", () -> table().getItemCount() == 4 ? Boolean.TRUE : null);

		List<MatchState> states = UiThread.call(() -> view.rows().stream().map(r -> r.state).toList());
		assertEquals(List.of(MatchState.OK_UNMARKED, MatchState.OK_RECEIVED, MatchState.NG, MatchState.OK_UNMARKED), states);
		List<String> glyphs = UiThread.call(() -> List.of(table().getItem(0).getText(0), table().getItem(1).getText(0),
				table().getItem(2).getText(0)));
		assertEquals(List.of(Messages.MatchingView_stateOk, Messages.MatchingView_stateReceived, Messages.MatchingView_stateNg),
				glyphs);
		assertEquals("*", UiThread.call(() -> table().getItem(1).getText(5)).substring(2),
				"the log's QSL column as it is");
		assertTrue(UiThread.call(() -> table().getItem(2).getText(7)).contains("FT8"), "the NG reason names the log's mode");
		// Right after matching: NG rows and OK rows without a mark are chosen and selected.
		assertArrayEquals(new int[] { 0, 2, 3 }, UiThread.call(() -> table().getSelectionIndices()));
		assertEquals(List.of(true, false, true, true), UiThread.call(() -> view.rows().stream().map(r -> r.chosen).toList()));

		// Right-click offers the same actions as the buttons.
		List<String> menu = UiThread.call(() -> Arrays.stream(table().getMenu().getItems()).map(i -> i.getText())
				.filter(t -> !t.isEmpty()).toList());
		assertTrue(menu.containsAll(List.of(Messages.MatchingView_show, Messages.MatchingView_toggle,
				Messages.MatchingView_delete, Messages.MatchingView_move, Messages.MatchingView_copy,
				Messages.MatchingView_writeMarks, Messages.MatchingView_undo)), menu.toString());

		// Space on the selected NG row takes it out of the choice; again puts it back.
		pressSpaceOn(2);
		assertEquals(false, UiThread.call(() -> view.rows().get(2).chosen));
		pressSpaceOn(2);
		assertEquals(true, UiThread.call(() -> view.rows().get(2).chosen));

		// Enter shows the card image.
		UiThread.run(() -> {
			table().setSelection(0);
			UiThread.display().asyncExec(() -> table().notifyListeners(SWT.DefaultSelection, new Event()));
		});
		Shell image = UiThread.waitFor("the card image", () -> UiThread.findShell(CardImageDialog.SHELL));
		assertTrue(UiThread.call(image::getText).contains("JA1UIA"));
		UiThread.run(image::close);

		// Write marks: the two chosen OK rows; the NG row is not written.
		UiThread.run(() -> view.rows().get(1).chosen = true); // already received: written again by the rule
		UiThread.run(view::writeMarks);
		assertEquals('E', logged("JA1UIA").qslColumn().received());
		assertEquals("Y", logged("JA1UIA").qslReceived());
		assertEquals('E', logged("JA1UID").qslColumn().received());
		assertEquals('*', logged("JA1UIB").qslColumn().received(), "the default rule E keeps other marks");
		assertTrue(!logged("JA1UIC").isQslReceived(), "NG: no mark");
		assertEquals(MatchState.OK_RECEIVED, UiThread.call(() -> view.rows().get(0).state));
		assertEquals("E", UiThread.call(() -> table().getItem(0).getText(5)).substring(2));
		assertTrue(informed.get(informed.size() - 1).contains("3"), informed.toString());
		assertTrue(UiThread.call(() -> UiThread.<org.eclipse.swt.widgets.Button>find(window().getShell(),
				MatchingView.UNDO).isEnabled()));

		UiThread.run(view::undoMarks);
		assertEquals(' ', logged("JA1UIA").qslColumn().received());
		assertTrue(!logged("JA1UIA").isQslReceived());
		assertEquals(' ', logged("JA1UID").qslColumn().received());
		assertEquals(MatchState.OK_UNMARKED, UiThread.call(() -> view.rows().get(0).state));

		// Copy the chosen card files (confirmation answered above).
		UiThread.run(() -> view.moveOrCopy(false));
		Path copies = cards.resolveSibling(cards.getFileName() + "-copies");
		assertTrue(Files.isRegularFile(copies.resolve("JA1UIA_JA1ZZZ_20250101-0900J_40m_CW.jpg")),
				informed.toString());
		assertTrue(Files.isRegularFile(cards.resolve("JA1UIA_JA1ZZZ_20250101-0900J_40m_CW.jpg")), "copy keeps the card");
	}

	private static String statusText() {
		return UiThread.call(() -> UiThread.<org.eclipse.swt.widgets.Label>find(window().getShell(), MatchingView.STATUS)
				.getText());
	}

	@Test
	void receivedQslMailStoreAsSource() throws Exception {
		MatchingView view = showView();
		assertEquals(3, UiThread.call(() -> UiThread.<org.eclipse.swt.widgets.Combo>find(window().getShell(),
				MatchingView.SOURCE_KIND).getItemCount()));
		assertEquals(Messages.MatchingView_sourceStore, UiThread.call(() -> UiThread
				.<org.eclipse.swt.widgets.Combo>find(window().getShell(), MatchingView.SOURCE_KIND).getItem(2)));

		// No store yet: the view says so, and looking creates nothing.
		Path missing = Files.createTempDirectory("matching-ui-nostore").resolve("received-cards");
		Job job = UiThread.call(() -> view.startMatching(MatchingView.SourceKind.RECEIVED_STORE, missing));
		assertTrue(job.join(60_000, null));
		String missingText = NLS.bind(Messages.MatchingView_storeMissing, missing);
		UiThread.waitFor("the missing store is named", () -> missingText.equals(statusText()) ? Boolean.TRUE : null);
		assertFalse(Files.exists(missing));

		// An empty store: said so too.
		Path folder = Files.createTempDirectory("matching-ui-store").resolve("received-cards");
		ReceivedCardStore.open(folder).close();
		job = UiThread.call(() -> view.startMatching(MatchingView.SourceKind.RECEIVED_STORE, folder));
		assertTrue(job.join(60_000, null));
		String emptyText = NLS.bind(Messages.MatchingView_storeEmpty, folder);
		UiThread.waitFor("the empty store is named", () -> emptyText.equals(statusText()) ? Boolean.TRUE : null);

		// Two cards received as QSL mail, against two logged QSOs.
		Path adi = Files.createTempFile("matching-ui-store", ".adi");
		Files.writeString(adi, "test log\n<EOH>\n"
				+ "<CALL:6>JA1UIS<QSO_DATE:8>20250201<TIME_ON:4>0000<BAND:3>40m<MODE:2>CW<EOR>\n"
				+ "<CALL:6>JA1UIT<QSO_DATE:8>20250202<TIME_ON:4>0000<BAND:3>20m<MODE:3>SSB<EOR>\n", StandardCharsets.US_ASCII);
		MatchAccess.store().importFile(adi, ImportOptions.defaults().withStationCallsign("JA1ZZZ"), new NullProgressMonitor());
		String ok;
		String ng;
		try (ReceivedCardStore store = ReceivedCardStore.open(folder)) {
			ok = StoreCards.store(store, "JA1UIS", "JA1ZZZ", "2025-02-01T00:04:00Z", "40m", "CW");
			ng = StoreCards.store(store, "JA1UIT", "JA1ZZZ", "2025-02-02T00:00:00Z", "20m", "FT8");
		}
		job = UiThread.call(() -> view.startMatching(MatchingView.SourceKind.RECEIVED_STORE, folder));
		assertTrue(job.join(60_000, null));
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		UiThread.waitFor("the store's cards in the table", () -> table().getItemCount() == 2 ? Boolean.TRUE : null);
		assertEquals(List.of(MatchState.OK_UNMARKED, MatchState.NG),
				UiThread.call(() -> view.rows().stream().map(r -> r.state).toList()));
		assertTrue(UiThread.call(() -> table().getItem(0).getText(8)).startsWith(folder.toString()),
				"the card image in the store is the row's file");

		// Enter shows the card image from the store.
		UiThread.run(() -> {
			table().setSelection(0);
			UiThread.display().asyncExec(() -> table().notifyListeners(SWT.DefaultSelection, new Event()));
		});
		Shell image = UiThread.waitFor("the stored card image", () -> UiThread.findShell(CardImageDialog.SHELL));
		assertTrue(UiThread.call(image::getText).contains("JA1UIS"));
		UiThread.run(image::close);

		// Delete (confirmed) removes the chosen NG card from the store through the interface.
		UiThread.run(() -> {
			view.rows().get(0).chosen = false;
			view.rows().get(1).chosen = true;
		});
		UiThread.run(view::deleteCards);
		assertEquals(NLS.bind(Messages.MatchingView_storeDeleted, 1), informed.get(informed.size() - 1));
		try (ReceivedCardStore store = ReceivedCardStore.open(folder)) {
			assertEquals(List.of(ok), store.list().stream().map(c -> c.key()).toList());
			assertFalse(store.hasCard(ng));
		}

		// Marks are written as before.
		UiThread.run(() -> view.rows().get(0).chosen = true);
		UiThread.run(view::writeMarks);
		assertEquals('E', logged("JA1UIS").qslColumn().received());
		assertTrue(!logged("JA1UIT").isQslReceived());
		UiThread.run(view::undoMarks);
		assertEquals(' ', logged("JA1UIS").qslColumn().received());
	}

	private static void pressSpaceOn(int row) {
		UiThread.run(() -> {
			table().setSelection(row);
			Event e = new Event();
			e.character = ' ';
			e.doit = true;
			table().notifyListeners(SWT.KeyDown, e);
		});
	}
}
