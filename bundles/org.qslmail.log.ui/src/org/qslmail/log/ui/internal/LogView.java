package org.qslmail.log.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.qslmail.core.Band;
import org.qslmail.log.LogException;
import org.qslmail.log.Qso;
import org.qslmail.log.QsoFilter;
import org.qslmail.log.QsoStore;
import org.qslmail.ui.internal.WidgetIds;

/**
 * The QSO table: a virtual table that asks the store for pages of 200 QSOs as rows become visible, so it stays
 * fast with a million QSOs; filters by call, band, mode, date range (in the display zone) and QSL state.
 */
public final class LogView extends ViewPart {

	public static final String ID = "org.qslmail.log.ui.logView"; //$NON-NLS-1$

	static final String TABLE = "log.table"; //$NON-NLS-1$
	static final String FILTER_CALL = "log.filter.call"; //$NON-NLS-1$
	static final String FILTER_APPLY = "log.filter.apply"; //$NON-NLS-1$
	static final String STATUS = "log.status"; //$NON-NLS-1$
	static final int PAGE = 200;
	private static final int PAGES_KEPT = 50;
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd"); //$NON-NLS-1$
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm"); //$NON-NLS-1$

	private Table table;
	private Text call;
	private Combo band;
	private Text mode;
	private Text from;
	private Text to;
	private Combo qsl;
	private Label status;
	private QsoFilter filter = QsoFilter.ALL;
	private final Map<Long, List<Qso>> pages = new LinkedHashMap<>(64, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, List<Qso>> eldest) {
			return size() > PAGES_KEPT;
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite filters = new Composite(parent, SWT.NONE);
		filters.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		filters.setLayout(new GridLayout(14, false));
		new Label(filters, SWT.NONE).setText(Messages.LogView_call);
		call = WidgetIds.tag(new Text(filters, SWT.BORDER), FILTER_CALL);
		call.setLayoutData(new GridData(90, SWT.DEFAULT));
		call.setToolTipText(Messages.LogView_callTip);
		new Label(filters, SWT.NONE).setText(Messages.LogView_band);
		band = new Combo(filters, SWT.READ_ONLY);
		band.add(Messages.LogView_all);
		for (Band b : Band.values()) {
			band.add(b.adifName());
		}
		band.select(0);
		new Label(filters, SWT.NONE).setText(Messages.LogView_mode);
		mode = new Text(filters, SWT.BORDER);
		mode.setLayoutData(new GridData(60, SWT.DEFAULT));
		new Label(filters, SWT.NONE).setText(Messages.LogView_from);
		from = new Text(filters, SWT.BORDER);
		from.setMessage("yyyy-mm-dd"); //$NON-NLS-1$
		from.setLayoutData(new GridData(90, SWT.DEFAULT));
		new Label(filters, SWT.NONE).setText(Messages.LogView_to);
		to = new Text(filters, SWT.BORDER);
		to.setMessage("yyyy-mm-dd"); //$NON-NLS-1$
		to.setLayoutData(new GridData(90, SWT.DEFAULT));
		new Label(filters, SWT.NONE).setText(Messages.LogView_qsl);
		qsl = new Combo(filters, SWT.READ_ONLY);
		qsl.setItems(Messages.LogView_all, Messages.LogView_qslNotSent, Messages.LogView_qslSent,
				Messages.LogView_qslNotReceived, Messages.LogView_qslReceived);
		qsl.select(0);
		Button apply = WidgetIds.tag(new Button(filters, SWT.PUSH), FILTER_APPLY);
		apply.setText(Messages.LogView_apply);
		apply.addListener(SWT.Selection, e -> applyFilter());
		call.addListener(SWT.DefaultSelection, e -> applyFilter());
		mode.addListener(SWT.DefaultSelection, e -> applyFilter());

		Composite actions = new Composite(parent, SWT.NONE);
		actions.setLayout(new GridLayout(5, false));
		button(actions, Messages.LogView_newQso, this::newQso);
		button(actions, Messages.LogView_import, () -> openWizard(new ImportWizard(this)));
		button(actions, Messages.LogView_export, () -> openWizard(new ExportWizard(filter)));
		button(actions, Messages.LogView_refresh, this::refresh);
		status = WidgetIds.tag(new Label(actions, SWT.NONE), STATUS);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		table = WidgetIds.tag(new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI), TABLE);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		String[] names = { Messages.LogView_colDate, Messages.LogView_colTime, Messages.LogView_colCall,
				Messages.LogView_colBand, Messages.LogView_colFreq, Messages.LogView_colMode, Messages.LogView_colRstSent,
				Messages.LogView_colRstRcvd, Messages.LogView_colName, Messages.LogView_colQth, Messages.LogView_colQsl };
		int[] widths = { 90, 60, 100, 60, 80, 70, 50, 50, 120, 160, 50 };
		for (int i = 0; i < names.length; i++) {
			TableColumn c = new TableColumn(table, SWT.LEFT);
			c.setText(names[i]);
			c.setWidth(widths[i]);
		}
		table.addListener(SWT.SetData, e -> fill((TableItem) e.item, e.index));
		refresh();
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
	}

	private void openWizard(org.eclipse.jface.wizard.Wizard wizard) {
		new WizardDialog(getSite().getShell(), wizard).open();
	}

	private void newQso() {
		QsoEntryDialog dialog = new QsoEntryDialog(getSite().getShell());
		if (dialog.open() == QsoEntryDialog.OK) {
			refresh();
		}
	}

	private void applyFilter() {
		QsoFilter f = QsoFilter.ALL.withCall(call.getText()).withMode(mode.getText().trim());
		if (band.getSelectionIndex() > 0) {
			f = f.withBand(Band.values()[band.getSelectionIndex() - 1]);
		}
		try {
			Instant start = from.getText().isBlank() ? null
					: LocalDate.parse(from.getText().trim()).atStartOfDay().toInstant(LogAccess.displayOffset());
			Instant end = to.getText().isBlank() ? null
					: LocalDate.parse(to.getText().trim()).plusDays(1).atStartOfDay().toInstant(LogAccess.displayOffset());
			f = f.withRange(start, end);
		} catch (DateTimeParseException e) {
			MessageDialog.openError(getSite().getShell(), Messages.LogView_filterTitle,
					NLS.bind(Messages.LogView_badDate, e.getParsedString()));
			return;
		}
		f = f.withQsl(QsoFilter.QslState.values()[qsl.getSelectionIndex()]);
		filter = f;
		refresh();
	}

	/** Reloads the count and forgets the cached pages. */
	public void refresh() {
		if (table == null || table.isDisposed()) {
			return;
		}
		pages.clear();
		try {
			long count = LogAccess.store().count(filter);
			table.clearAll();
			table.setItemCount((int) Math.min(Integer.MAX_VALUE, count));
			status.setText(NLS.bind(Messages.LogView_count, Long.toString(count), LogAccess.displayZone().name()));
		} catch (LogException e) {
			table.setItemCount(0);
			status.setText(e.getMessage());
		}
		status.getParent().layout();
	}

	private void fill(TableItem item, int index) {
		long page = index / PAGE;
		List<Qso> rows = pages.get(page);
		if (rows == null) {
			try {
				QsoStore store = LogAccess.store();
				rows = store.page(filter, page * PAGE, PAGE);
			} catch (LogException e) {
				status.setText(e.getMessage());
				return;
			}
			pages.put(page, rows);
		}
		int i = index % PAGE;
		if (i >= rows.size()) {
			return;
		}
		Qso q = rows.get(i);
		OffsetDateTime t = q.instant().atOffset(LogAccess.displayOffset());
		item.setText(new String[] { DATE.format(t), TIME.format(t), q.call(), q.band() == null ? "" : q.band().adifName(), //$NON-NLS-1$
				nz(q.frequency()), q.submode() != null ? q.submode() : nz(q.mode()), nz(q.rstSent()), nz(q.rstReceived()),
				nz(q.name()), nz(q.qth()), q.qslColumn().toString() });
	}

	private static String nz(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}
}
