package org.qslmail.exchange.ui.internal;

import java.nio.file.Path;

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
import org.qslmail.exchange.receive.MessageOutcome;
import org.qslmail.exchange.receive.MessageResult;
import org.qslmail.exchange.receive.ReceiveResult;
import org.qslmail.ui.internal.WidgetIds;

/** The result of each message of the last receive run, and its summary. */
public final class ReceiveResultsView extends ViewPart {

	public static final String ID = "org.qslmail.exchange.ui.receiveResults"; //$NON-NLS-1$
	static final String TABLE = "exchange.receiveResults.table"; //$NON-NLS-1$
	static final String SUMMARY = "exchange.receiveResults.summary"; //$NON-NLS-1$

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
		for (String[] c : new String[][] { { Messages.Results_status, "140" }, { Messages.ReceiveResults_sender, "110" }, //$NON-NLS-1$ //$NON-NLS-2$
				{ Messages.ReceiveResults_deleted, "120" }, { Messages.ReceiveResults_message, "160" }, //$NON-NLS-1$ //$NON-NLS-2$
				{ Messages.ReceiveResults_detail, "400" } }) { //$NON-NLS-1$
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
		summary.setText(Messages.ReceiveResults_running);
	}

	/** Shows the run's results; {@code result} null when it did not get to read the mailbox ({@code problem} says why). */
	void done(ReceiveResult result, boolean canceled, String problem, Path store) {
		table.removeAll();
		String line = ""; //$NON-NLS-1$
		if (result != null) {
			for (MessageResult m : result.messages()) {
				add(m);
			}
			line = NLS.bind(Messages.ReceiveResults_summary,
					new Object[] { result.count(MessageOutcome.STORED), result.count(MessageOutcome.ALREADY_STORED),
							result.count(MessageOutcome.QUARANTINED), result.count(MessageOutcome.NOT_QSL),
							result.count(MessageOutcome.DELETED_OLD), result.count(MessageOutcome.FAILED), result.deleted(),
							store });
			if (!result.ok() && result.failure() != null) {
				line += ' ' + NLS.bind(Messages.ReceiveResults_failure, failure(result));
			}
		}
		if (canceled) {
			line += (line.isEmpty() ? "" : " ") + Messages.ReceiveResults_canceled; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (problem != null) {
			line += (line.isEmpty() ? "" : " ") + problem; //$NON-NLS-1$ //$NON-NLS-2$
		}
		summary.setText(line);
		summary.getParent().layout();
	}

	private static String failure(ReceiveResult result) {
		var f = result.failure();
		if (f.hint() != null && !f.hint().isBlank()) {
			return f.hint();
		}
		return f.serverReply() == null ? String.valueOf(f.category()) : f.serverReply();
	}

	private void add(MessageResult m) {
		TableItem item = new TableItem(table, SWT.NONE);
		String detail;
		if (m.outcome() == MessageOutcome.STORED || m.outcome() == MessageOutcome.ALREADY_STORED) {
			detail = m.cardKey() == null ? "" : m.cardKey(); //$NON-NLS-1$
		} else {
			detail = (m.reason() == null ? "" : org.qslmail.exchange.internal.Messages.reason(m.reason())) //$NON-NLS-1$
					+ (m.detail() == null ? "" : (m.reason() == null ? "" : " (") + m.detail() + (m.reason() == null ? "" : ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		}
		item.setText(new String[] { outcome(m.outcome()), m.sender() == null ? "" : m.sender(), //$NON-NLS-1$
				m.deleted() ? Messages.ReceiveResults_yes : "", m.id() == null ? "" : m.id(), detail }); //$NON-NLS-1$ //$NON-NLS-2$
	}

	int rows() {
		return table.getItemCount();
	}

	String summaryText() {
		return summary.getText();
	}

	static String outcome(MessageOutcome outcome) {
		return switch (outcome) {
		case STORED -> Messages.Outcome_stored;
		case ALREADY_STORED -> Messages.Outcome_alreadyStored;
		case QUARANTINED -> Messages.Outcome_quarantined;
		case NOT_QSL -> Messages.Outcome_notQsl;
		case DELETED_OLD -> Messages.Outcome_deletedOld;
		case FAILED -> Messages.Outcome_failed;
		};
	}
}
