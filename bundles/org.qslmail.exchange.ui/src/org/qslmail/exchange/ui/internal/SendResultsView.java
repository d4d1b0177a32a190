package org.qslmail.exchange.ui.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.qslmail.exchange.send.SendResult;
import org.qslmail.exchange.send.SendSummary;
import org.qslmail.ui.internal.WidgetIds;

/** The result of each QSO of the last send run, and its summary. */
public final class SendResultsView extends ViewPart {

	public static final String ID = "org.qslmail.exchange.ui.sendResults"; //$NON-NLS-1$
	static final String TABLE = "exchange.results.table"; //$NON-NLS-1$
	static final String SUMMARY = "exchange.results.summary"; //$NON-NLS-1$
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC); //$NON-NLS-1$

	private Table table;
	private Label summary;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		summary = WidgetIds.tag(new Label(parent, SWT.WRAP), SUMMARY);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		table = WidgetIds.tag(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI), TABLE);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String[] c : new String[][] { { Messages.Results_status, "140" }, { Messages.Results_call, "110" }, //$NON-NLS-1$ //$NON-NLS-2$
				{ Messages.Results_time, "140" }, { Messages.Results_address, "200" }, { Messages.Results_detail, "400" } }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(c[0]);
			column.setWidth(Integer.parseInt(c[1]));
		}
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	/** A new run starts: the table is emptied. */
	void clear() {
		table.removeAll();
		summary.setText(Messages.Results_running);
	}

	void add(SendResult r) {
		TableItem item = new TableItem(table, SWT.NONE);
		item.setText(new String[] { status(r.status()), r.call() == null ? "" : r.call(), //$NON-NLS-1$
				r.time() == null ? "" : TIME.format(r.time()), r.address() == null ? "" : r.address(), //$NON-NLS-1$ //$NON-NLS-2$
				r.detail() == null ? r.cardName() == null ? "" : r.cardName() : r.detail() }); //$NON-NLS-1$
	}

	void done(SendSummary s) {
		var c = s.counts();
		String line = NLS.bind(Messages.Results_summary, new Object[] { c.get(SendResult.Status.SENT) + c.get(SendResult.Status.RECOVERED),
				c.get(SendResult.Status.NOT_REGISTERED), c.get(SendResult.Status.REJECTED),
				c.get(SendResult.Status.FAILED) + c.get(SendResult.Status.UNCERTAIN) + c.get(SendResult.Status.INVALID),
				c.get(SendResult.Status.NOT_SENT) });
		if (s.canceled()) {
			line += ' ' + Messages.Results_canceled;
		}
		if (s.problem() != null) {
			line += ' ' + s.problem();
		}
		summary.setText(line);
		summary.getParent().layout();
	}

	int rows() {
		return table.getItemCount();
	}

	static String status(SendResult.Status status) {
		return switch (status) {
		case SENT -> Messages.Status_sent;
		case RECOVERED -> Messages.Status_recovered;
		case NOT_REGISTERED -> Messages.Status_notRegistered;
		case REJECTED -> Messages.Status_rejected;
		case FAILED -> Messages.Status_failed;
		case UNCERTAIN -> Messages.Status_uncertain;
		case INVALID -> Messages.Status_invalid;
		case NOT_SENT -> Messages.Status_notSent;
		};
	}
}
