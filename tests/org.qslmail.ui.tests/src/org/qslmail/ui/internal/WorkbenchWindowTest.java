package org.qslmail.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.qslmail.tests.util.ui.UiThread;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.qslmail.ui.UiPreferences;

/** The QSL Mail window as the product opens it, in a real SWT display (Xvfb in the build). */
class WorkbenchWindowTest {

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	@Test
	void windowIsTitledQslMail() {
		assertEquals("QSL Mail", UiThread.call(() -> window().getShell().getText()));
	}

	@Test
	void menuBarHasFileWindowAndHelp() {
		List<String> menus = UiThread.call(() -> Arrays.stream(window().getShell().getMenuBar().getItems())
				.map(MenuItem::getText).map(t -> t.replace("&", "")).toList());
		assertEquals(List.of("File", "Window", "Help"), menus);
	}

	@Test
	void activityPerspectiveShowsTheProgressView() {
		String perspective = UiThread.call(() -> window().getActivePage().getPerspective().getId());
		assertEquals(UiPreferences.ACTIVITY_PERSPECTIVE_ID, perspective);
		assertNotNull(UiThread.call(() -> {
			IWorkbenchPage page = window().getActivePage();
			return page.findView(ActivityPerspective.PROGRESS_VIEW_ID);
		}), "the Progress view is open");
	}

	@Test
	void perspectiveSwitcherIsShown() {
		boolean shown = UiThread.call(() -> {
			MWindow model = window().getService(MWindow.class);
			MUIElement switcher = window().getService(EModelService.class).find("PerspectiveSwitcher", model);
			return switcher != null && switcher.isToBeRendered() && switcher.isVisible()
					&& switcher.getWidget() instanceof Control control && control.isVisible();
		});
		assertTrue(shown, "the perspective switcher is in the window's top trim");
	}

	@Test
	void helpMenuOffersAbout() {
		List<String> items = UiThread.call(() -> {
			MenuItem help = Arrays.stream(window().getShell().getMenuBar().getItems())
					.filter(m -> m.getText().replace("&", "").equals("Help")).findFirst().orElseThrow();
			return Arrays.stream(help.getMenu().getItems()).map(i -> i.getText().replace("&", "")).toList();
		});
		assertTrue(items.contains("About QSL Mail"), items.toString());
	}

	@Test
	void preferencesDialogHasTheQslMailPage() {
		IPreferenceNode node = UiThread.call(() -> PlatformUI.getWorkbench().getPreferenceManager()
				.find("org.qslmail.ui.preferences.general"));
		assertNotNull(node);
		assertEquals("QSL Mail", node.getLabelText());
	}

	@Test
	void aboutDialogShowsTheProductVersion() throws Exception {
		// The About command opens a modal dialog; run it asynchronously and wait for the dialog.
		UiThread.display().asyncExec(() -> {
			try {
				window().getService(IHandlerService.class).executeCommand("org.eclipse.ui.help.aboutAction", null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		Shell dialog = UiThread.waitFor("the About dialog", () -> UiThread.findShell(WidgetIds.ABOUT_DIALOG));
		try {
			assertEquals("About QSL Mail", UiThread.call(dialog::getText));
			String release = UiThread.call(() -> ((Label) UiThread.find(dialog, WidgetIds.ABOUT_VERSION)).getText());
			org.osgi.framework.Version version = FrameworkUtil.getBundle(AboutInfo.class).getVersion();
			assertEquals("Version " + version.getMajor() + "." + version.getMinor() + "." + version.getMicro()
					+ " (build " + version.getQualifier() + ")", release);
			String details = UiThread.call(() -> ((Text) UiThread.find(dialog, WidgetIds.ABOUT_DETAILS)).getText());
			assertTrue(details.contains("Java: " + System.getProperty("java.version")), details);
		} finally {
			UiThread.run(dialog::close);
		}
	}
}
