package org.qslmail.tests.util.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.PlatformUI;
import org.qslmail.ui.internal.WidgetIds;

/**
 * What UI tests need from a non-UI test thread: run code on the UI thread and wait, with a
 * deadline, for a condition such as a dialog having opened. (SWTBot is not on Maven Central.)
 */
public final class UiThread {

	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

	private UiThread() {
	}

	public static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	public static <T> T call(Supplier<T> supplier) {
		AtomicReference<T> result = new AtomicReference<>();
		display().syncExec(() -> result.set(supplier.get()));
		return result.get();
	}

	public static void run(Runnable runnable) {
		display().syncExec(runnable);
	}

	/** Polls on the UI thread until {@code supplier} gives a value, or fails after the timeout. */
	public static <T> T waitFor(String what, Supplier<T> supplier) throws InterruptedException {
		long deadline = System.nanoTime() + DEFAULT_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			T value = call(supplier);
			if (value != null) {
				return value;
			}
			Thread.sleep(20);
		}
		return fail("timed out after " + DEFAULT_TIMEOUT.toSeconds() + " s waiting for " + what);
	}

	/** The open shell tagged with {@code id}, or null. Call on the UI thread. */
	public static Shell findShell(String id) {
		return Arrays.stream(display().getShells()).filter(s -> !s.isDisposed() && s.isVisible())
				.filter(s -> id.equals(s.getData(WidgetIds.KEY))).findFirst().orElse(null);
	}

	/** The widget tagged with {@code id} under {@code parent}, or null. Call on the UI thread. */
	@SuppressWarnings("unchecked")
	public static <W extends Widget> W find(Composite parent, String id) {
		for (Control child : parent.getChildren()) {
			if (Objects.equals(id, child.getData(WidgetIds.KEY))) {
				return (W) child;
			}
			if (child instanceof Composite composite) {
				W found = find(composite, id);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
