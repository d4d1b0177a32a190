package org.qslmail.account.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.FileDialog;
import org.qslmail.account.AccountFile;
import org.qslmail.account.AccountProperties;
import org.qslmail.account.AccountValidator;
import org.qslmail.account.Issue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.qslmail.account.AccountException;
import org.qslmail.account.AccountStore;
import org.qslmail.ui.internal.WidgetIds;

/** The stations with a saved account (one account per callsign); opens the account editor. */
public final class StationsView extends ViewPart {

	public static final String ID = "org.qslmail.account.ui.stationsView"; //$NON-NLS-1$
	static final String LIST = "account.stations.list"; //$NON-NLS-1$
	static final String CALLSIGN = "account.stations.callsign"; //$NON-NLS-1$
	static final String IMPORT = "account.stations.import"; //$NON-NLS-1$

	private org.eclipse.swt.widgets.List list;
	private Text callsign;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		Label heading = new Label(parent, SWT.WRAP);
		heading.setText(Messages.StationsView_heading);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		list = WidgetIds.tag(new org.eclipse.swt.widgets.List(parent, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL), LIST);
		list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		list.addListener(SWT.DefaultSelection, e -> {
			if (list.getSelectionCount() == 1) {
				open(getSite().getPage(), list.getSelection()[0]);
			}
		});
		callsign = WidgetIds.tag(new Text(parent, SWT.BORDER), CALLSIGN);
		callsign.setMessage(Messages.StationsView_callsignHint);
		callsign.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button open = new Button(parent, SWT.PUSH);
		open.setText(Messages.StationsView_open);
		open.addListener(SWT.Selection, e -> open(getSite().getPage(), callsign.getText()));
		Button importButton = WidgetIds.tag(new Button(parent, SWT.PUSH), IMPORT);
		importButton.setText(Messages.StationsView_import);
		importButton.setToolTipText(Messages.StationsView_importTip);
		importButton.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		importButton.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(parent.getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.properties", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
			String chosen = dialog.open();
			if (chosen != null) {
				List<String> problems = importFile(Path.of(chosen));
				if (!problems.isEmpty()) {
					MessageDialog.openError(parent.getShell(), Messages.StationsView_importFailedTitle,
							NLS.bind(Messages.StationsView_importFailed, chosen, String.join("\n", problems))); //$NON-NLS-1$
				}
			}
		});
		refresh();
		// Opening the perspective shows the current station's account right away.
		parent.getDisplay().asyncExec(() -> {
			if (!parent.isDisposed() && getSite().getPage().getEditorReferences().length == 0) {
				String current = ""; //$NON-NLS-1$
				try {
					AccountStore store = AccountAccess.service().store();
					current = store.current().orElse(""); //$NON-NLS-1$
				} catch (AccountException e) {
					// the editor shows the problem
				}
				open(getSite().getPage(), current);
			}
		});
	}

	/**
	 * Imports an account file (the backup format, no passwords): every problem is returned and nothing is saved
	 * while there is one; otherwise the account is saved and its editor opened.
	 */
	List<String> importFile(Path file) {
		List<String> problems = new ArrayList<>();
		try {
			AccountStore store = AccountAccess.service().store();
			AccountProperties.Parsed parsed = AccountFile.read(file, store.newAccount("")); //$NON-NLS-1$
			problems.addAll(parsed.problems());
			AccountValidator.validate(parsed.settings(), null, null).stream().filter(Issue::isError)
					.forEach(issue -> problems.add(issue.message()));
			if (problems.isEmpty()) {
				store.save(parsed.settings());
				refresh();
				open(getSite().getPage(), parsed.settings().callsign());
			}
		} catch (IOException | AccountException e) {
			problems.add(String.valueOf(e.getMessage()));
		}
		return problems;
	}

	/** Reloads the list of saved stations. */
	public void refresh() {
		if (list == null || list.isDisposed()) {
			return;
		}
		try {
			List<String> calls = AccountAccess.service().store().callsigns();
			list.setItems(calls.toArray(String[]::new));
		} catch (AccountException e) {
			list.setItems(e.getMessage());
		}
	}

	/** Opens (or brings up) the account editor of {@code callsign}. */
	public static AccountEditor open(IWorkbenchPage page, String callsign) {
		try {
			return (AccountEditor) page.openEditor(new AccountEditorInput(callsign), AccountEditor.ID);
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void setFocus() {
		list.setFocus();
	}
}
