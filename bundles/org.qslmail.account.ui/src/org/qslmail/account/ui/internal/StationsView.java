package org.qslmail.account.ui.internal;

import java.util.List;

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
