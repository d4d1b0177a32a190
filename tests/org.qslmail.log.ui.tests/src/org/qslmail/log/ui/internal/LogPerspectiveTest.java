package org.qslmail.log.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.qslmail.tests.util.ui.UiThread;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.qslmail.core.Band;
import org.qslmail.core.LogZone;
import org.qslmail.log.ImportOptions;
import org.qslmail.log.Qso;
import org.qslmail.log.QsoFilter;

/** The Log perspective in the real workbench (Xvfb in the build): shortcut, table, import Job, QSO entry. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LogPerspectiveTest {

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	private static LogView showLog() {
		return UiThread.call(() -> {
			try {
				IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(LogPerspective.ID, window());
				return (LogView) page.findView(LogView.ID);
			} catch (WorkbenchException e) {
				throw new AssertionError(e);
			}
		});
	}

	@Test
	@Order(1)
	void windowOpenPerspectiveOffersLog() {
		List<String> shortcuts = UiThread.call(() -> Arrays.asList(window().getActivePage().getPerspectiveShortcuts()));
		assertTrue(shortcuts.contains(LogPerspective.ID), shortcuts.toString());
		assertEquals("org.qslmail.ui.perspectives.activity",
				UiThread.call(() -> PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective()),
				"the initial perspective stays the Activity perspective");
	}

	@Test
	@Order(2)
	void importShowsTheQsosInTheVirtualTable() throws Exception {
		LogView view = showLog();
		assertNotNull(view);
		long before = LogAccess.store().count(QsoFilter.ALL);
		Path file = Files.createTempFile("log-ui", ".adi");
		Files.writeString(file, "<EOH>\n<CALL:6>JA1UIT<QSO_DATE:8>20240101<TIME_ON:4>1200<BAND:3>20m<MODE:2>CW<EOR>\n"
				+ "<CALL:6>JA2UIT<QSO_DATE:8>20240102<TIME_ON:4>1300<BAND:3>40m<MODE:3>SSB<EOR>\n", StandardCharsets.US_ASCII);
		Job job = UiThread.call(() -> ImportWizard.schedule(List.of(file), ImportOptions.defaults(), view));
		assertTrue(job.join(60_000, null), "the import job ends");
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		// The summary dialog opens when the job is done; close it.
		Shell summary = UiThread.waitFor("the import summary", () -> Arrays.stream(UiThread.display().getShells())
				.filter(s -> s.isVisible() && Messages.ImportWizard_title.equals(s.getText())).findFirst().orElse(null));
		UiThread.run(summary::close);
		Integer rows = UiThread.waitFor("the table to show the new QSOs", () -> {
			Table table = UiThread.find(window().getShell(), LogView.TABLE);
			return table.getItemCount() == before + 2 ? table.getItemCount() : null;
		});
		assertEquals(before + 2, rows.longValue());
		// Virtual rows are filled from the store on demand: the newest QSO is the first row.
		String firstCall = UiThread.call(() -> {
			Table table = UiThread.find(window().getShell(), LogView.TABLE);
			return table.getItem(0).getText(2);
		});
		assertEquals("JA2UIT", firstCall);
	}

	@Test
	@Order(3)
	void entryChecksTheCallAndStoresTheQso() throws Exception {
		showLog();
		UiThread.display().asyncExec(() -> new QsoEntryDialog(window().getShell()).open());
		Shell shell = UiThread.waitFor("the entry dialog", () -> UiThread.findShell(QsoEntryDialog.SHELL));
		UiThread.run(() -> {
			UiThread.<Text>find(shell, QsoEntryDialog.CALL).setText("not a call");
			UiThread.<Text>find(shell, QsoEntryDialog.DATE).setText("2024-05-05");
			UiThread.<Text>find(shell, QsoEntryDialog.TIME).setText("09:30");
			UiThread.<Text>find(shell, QsoEntryDialog.FREQ).setText("7.074");
			UiThread.<Combo>find(shell, QsoEntryDialog.MODE).setText("FT8");
			shell.getDefaultButton().notifyListeners(SWT.Selection, null);
		});
		assertTrue(UiThread.call(() -> !shell.isDisposed()), "a wrong call keeps the dialog open");
		assertEquals("40m", UiThread.call(() -> UiThread.<Combo>find(shell, QsoEntryDialog.BAND).getText()),
				"the band follows the frequency");
		UiThread.run(() -> {
			UiThread.<Text>find(shell, QsoEntryDialog.CALL).setText("ja3uit/3");
			shell.getDefaultButton().notifyListeners(SWT.Selection, null);
		});
		UiThread.waitFor("the dialog to close", () -> shell.isDisposed() ? Boolean.TRUE : null);
		// Times are typed in the display zone (JST by default): 09:30 JST is 00:30 UTC.
		LogZone zone = LogAccess.displayZone();
		Instant expected = java.time.LocalDateTime.parse("2024-05-05T09:30").toInstant(zone.offset());
		List<Qso> found = LogAccess.store().findByCall("JA3UIT/3", expected, expected);
		assertEquals(1, found.size());
		assertEquals(Band.B40M, found.get(0).band());
		assertEquals("FT8", found.get(0).mode());
		assertEquals(zone, found.get(0).zone());
	}
}
