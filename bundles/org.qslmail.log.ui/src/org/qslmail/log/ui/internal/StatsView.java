package org.qslmail.log.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.part.ViewPart;
import org.qslmail.log.LogException;
import org.qslmail.log.LogStats;
import org.qslmail.ui.internal.WidgetIds;

/** QSOs and confirmations by band, by mode and by month, as bar charts; computed in a Job. */
public final class StatsView extends ViewPart {

	public static final String ID = "org.qslmail.log.ui.statsView"; //$NON-NLS-1$
	static final String SUMMARY = "log.stats.summary"; //$NON-NLS-1$

	private Label summary;
	private Chart byBand;
	private Chart byMode;
	private Chart byMonth;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		summary = WidgetIds.tag(new Label(parent, SWT.NONE), SUMMARY);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button refresh = new Button(parent, SWT.PUSH);
		refresh.setText(Messages.StatsView_refresh);
		refresh.addListener(SWT.Selection, e -> refresh());
		TabFolder tabs = new TabFolder(parent, SWT.TOP);
		tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		byBand = chart(tabs, Messages.StatsView_byBand);
		byMode = chart(tabs, Messages.StatsView_byMode);
		byMonth = chart(tabs, Messages.StatsView_byMonth);
		refresh();
	}

	private static Chart chart(TabFolder tabs, String title) {
		TabItem item = new TabItem(tabs, SWT.NONE);
		item.setText(title);
		Chart chart = new Chart(tabs, SWT.NONE);
		chart.getTitle().setVisible(false);
		chart.getAxisSet().getXAxis(0).getTitle().setVisible(false);
		chart.getAxisSet().getYAxis(0).getTitle().setText(Messages.StatsView_qsos);
		item.setControl(chart);
		return chart;
	}

	/** Computes the statistics in a Job and shows them. */
	public void refresh() {
		Display display = summary.getDisplay();
		Job job = new Job(Messages.StatsView_job) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					LogStats stats = LogAccess.store().stats();
					display.asyncExec(() -> show(stats));
					return Status.OK_STATUS;
				} catch (LogException e) {
					display.asyncExec(() -> {
						if (!summary.isDisposed()) {
							summary.setText(e.getMessage());
						}
					});
					return Status.OK_STATUS;
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == LogAccess.JOB_FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private void show(LogStats stats) {
		if (summary.isDisposed()) {
			return;
		}
		summary.setText(NLS.bind(Messages.StatsView_summary, new Object[] { Long.toString(stats.qsos()),
				Long.toString(stats.confirmed()), Long.toString(stats.sent()), Long.toString(stats.distinctCalls()) }));
		fill(byBand, stats.byBand());
		fill(byMode, stats.byMode());
		fill(byMonth, stats.byMonth());
	}

	private static void fill(Chart chart, List<LogStats.Row> rows) {
		String[] keys = rows.stream().map(r -> r.key().isEmpty() ? "-" : r.key()).toArray(String[]::new); //$NON-NLS-1$
		double[] qsos = rows.stream().mapToDouble(LogStats.Row::qsos).toArray();
		double[] confirmed = rows.stream().mapToDouble(LogStats.Row::confirmed).toArray();
		for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(s.getId());
		}
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.setCategorySeries(keys);
		x.enableCategory(true);
		IBarSeries<?> all = (IBarSeries<?>) chart.getSeriesSet().createSeries(ISeries.SeriesType.BAR, Messages.StatsView_qsos);
		all.setYSeries(qsos);
		all.setBarColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
		IBarSeries<?> conf = (IBarSeries<?>) chart.getSeriesSet().createSeries(ISeries.SeriesType.BAR,
				Messages.StatsView_confirmed);
		conf.setYSeries(confirmed);
		conf.setBarColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
		chart.getAxisSet().adjustRange();
		chart.redraw();
	}

	@Override
	public void setFocus() {
		summary.getParent().setFocus();
	}
}
