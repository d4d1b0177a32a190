package org.qslmail.exchange.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.commands.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;
import org.qslmail.exchange.card.CardElement;
import org.qslmail.exchange.card.CardTemplates;
import org.qslmail.exchange.card.Field;
import org.qslmail.tests.util.ui.UiThread;

/** The card design view in the real workbench (Xvfb in the build), driven through its tagged widgets. */
class CardDesignViewTest {

	private static CardDesignView show() {
		return UiThread.call(() -> {
			try {
				IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
				return (CardDesignView) page.showView(CardDesignView.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	private static Composite root(CardDesignView view) {
		return (Composite) UiThread.call(() -> ((Composite) view.getSite().getShell()).getChildren()[0].getParent());
	}

	private static <W extends Widget> W find(CardDesignView view, String id) {
		W w = UiThread.call(() -> UiThread.find(root(view), id));
		assertNotNull(w, id);
		return w;
	}

	private static void fire(Widget w, int type) {
		UiThread.run(() -> w.notifyListeners(type, new Event()));
	}

	private static byte[] pixels(BufferedImage image) {
		return ((DataBufferByte) image.getRaster().getDataBuffer()).getData().clone();
	}

	@Test
	void changingAFieldRedrawsThePreviewAndTheTemplateSurvivesSaveAndLoad() throws Exception {
		CardDesignView view = show();
		List elements = find(view, CardDesignView.ELEMENTS);
		int partner = UiThread.call(() -> Arrays.asList(elements.getItems()).indexOf("Field: partnerCall"));
		assertTrue(partner >= 0, UiThread.call(() -> Arrays.toString(elements.getItems())));
		UiThread.run(() -> elements.setSelection(partner));
		fire(elements, SWT.Selection);
		Spinner x = find(view, CardDesignView.X);
		assertEquals(60, (int) UiThread.call(x::getSelection));
		byte[] before = UiThread.call(() -> pixels(view.preview()));

		UiThread.run(() -> x.setSelection(400));
		fire(x, SWT.Selection);
		byte[] after = UiThread.call(() -> pixels(view.preview()));
		assertFalse(Arrays.equals(before, after), "the preview is drawn again");
		assertEquals(400, UiThread.call(() -> view.template().elements().get(partner).x()));

		Spinner size = find(view, CardDesignView.SIZE);
		UiThread.run(() -> size.setSelection(70));
		fire(size, SWT.Selection);
		assertFalse(Arrays.equals(after, UiThread.call(() -> pixels(view.preview()))), "bigger text, other pixels");

		Path file = Files.createTempDirectory("card-design").resolve("mine.qslcard.xml");
		Text path = find(view, CardDesignView.PATH);
		UiThread.run(() -> path.setText(file.toString()));
		fire(find(view, CardDesignView.SAVE), SWT.Selection);
		assertTrue(Files.exists(file));
		CardElement saved = CardTemplates.read(file).elements().get(partner);
		assertEquals(400, saved.x());
		assertEquals(Field.PARTNER_CALL, ((CardElement.FieldText) saved).field());
		assertEquals(70, ((CardElement.FieldText) saved).style().size());

		// Move it again, then load the saved file: the saved position comes back.
		UiThread.run(() -> x.setSelection(10));
		fire(x, SWT.Selection);
		assertEquals(10, UiThread.call(() -> view.template().elements().get(partner).x()));
		Button load = find(view, CardDesignView.LOAD);
		fire(load, SWT.Selection);
		assertEquals(400, UiThread.call(() -> view.template().elements().get(partner).x()));
		assertEquals(400, (int) UiThread.call(x::getSelection));
	}

	@Test
	void qslMenuCommandsAreDefined() {
		ICommandService commands = UiThread.call(() -> PlatformUI.getWorkbench().getService(ICommandService.class));
		for (String id : new String[] { "org.qslmail.exchange.ui.sendQsl", "org.qslmail.exchange.ui.designCard" }) {
			Command command = UiThread.call(() -> commands.getCommand(id));
			assertTrue(UiThread.call(command::isDefined), id);
			assertTrue(UiThread.call(command::isHandled), id);
		}
	}
}
