package org.qslmail.log.ui.internal;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.qslmail.log.ImportOptions;
import org.qslmail.log.ImportSummary;
import org.qslmail.log.LogException;
import org.qslmail.log.LogFormat;
import org.qslmail.log.SkipReason;

/** Chooses files and options, then imports them in a Job with progress and cancel. */
final class ImportWizard extends Wizard {

	private final LogView view;
	private Page page;

	ImportWizard(LogView view) {
		this.view = view;
		setWindowTitle(Messages.ImportWizard_title);
	}

	@Override
	public void addPages() {
		page = new Page();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		ImportOptions options = ImportOptions.defaults();
		int f = page.format.getSelectionIndex();
		if (f > 0) {
			options = options.withFormat(LogFormat.values()[f - 1]);
		}
		if (page.encoding.getSelectionIndex() > 0) {
			options = options.withCharset(Charset.forName(page.encoding.getText()));
		}
		if (!page.station.getText().isBlank()) {
			options = options.withStationCallsign(page.station.getText().trim());
		}
		List<Path> files = new ArrayList<>();
		for (String s : page.files.getItems()) {
			files.add(Path.of(s));
		}
		schedule(files, options, view);
		return true;
	}

	/** Imports files in a Job; shows the summary and refreshes the view at the end. */
	static Job schedule(List<Path> files, ImportOptions options, LogView view) {
		Job job = new Job(Messages.ImportWizard_job) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, files.size());
				StringBuilder report = new StringBuilder();
				try {
					for (Path file : files) {
						ImportSummary s = LogAccess.store().importFile(file, options, progress.split(1));
						report.append(NLS.bind(Messages.ImportWizard_summary, new Object[] { file.getFileName(),
								Long.toString(s.imported()), Long.toString(s.duplicates()), Long.toString(s.skippedTotal()) }));
						for (var e : s.skipped().entrySet()) {
							SkipReason reason = e.getKey();
							report.append(NLS.bind(Messages.ImportWizard_skipped, reason.label(), e.getValue()));
						}
						s.problems().stream().limit(10).forEach(p -> report.append(NLS.bind(Messages.ImportWizard_problem,
								new Object[] { Long.toString(p.line()), Long.toString(p.byteOffset()), p.detail() })));
					}
				} catch (OperationCanceledException e) {
					refresh(view, null);
					return Status.CANCEL_STATUS;
				} catch (LogException e) {
					refresh(view, null);
					return Status.error(e.getMessage(), e);
				}
				refresh(view, report.toString());
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == LogAccess.JOB_FAMILY;
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	private static void refresh(LogView view, String report) {
		Display display = view == null ? Display.getDefault() : view.getSite().getShell().getDisplay();
		display.asyncExec(() -> {
			if (view != null) {
				view.refresh();
			}
			if (report != null && view != null && !view.getSite().getShell().isDisposed()) {
				MessageDialog.openInformation(view.getSite().getShell(), Messages.ImportWizard_title, report);
			}
		});
	}

	private final class Page extends WizardPage {
		org.eclipse.swt.widgets.List files;
		Combo format;
		Combo encoding;
		Text station;

		Page() {
			super("import"); //$NON-NLS-1$
			setTitle(Messages.ImportWizard_title);
			setDescription(Messages.ImportWizard_description);
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(2, false));
			files = new org.eclipse.swt.widgets.List(c, SWT.BORDER | SWT.V_SCROLL);
			GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true, 1, 2);
			gd.heightHint = 100;
			files.setLayoutData(gd);
			Button add = new Button(c, SWT.PUSH);
			add.setText(Messages.ImportWizard_add);
			add.addListener(SWT.Selection, e -> {
				FileDialog d = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
				d.setFilterExtensions(new String[] { "*.adi;*.adif;*.adx;*.csv;*.log;*.cbr", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
				if (d.open() != null) {
					for (String n : d.getFileNames()) {
						files.add(Path.of(d.getFilterPath(), n).toString());
					}
				}
				setPageComplete(files.getItemCount() > 0);
			});
			Button remove = new Button(c, SWT.PUSH);
			remove.setText(Messages.ImportWizard_remove);
			remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
			remove.addListener(SWT.Selection, e -> {
				files.remove(files.getSelectionIndices());
				setPageComplete(files.getItemCount() > 0);
			});
			new Label(c, SWT.NONE).setText(Messages.ImportWizard_format);
			format = new Combo(c, SWT.READ_ONLY);
			format.add(Messages.ImportWizard_detect);
			for (LogFormat f : LogFormat.values()) {
				format.add(f.id());
			}
			format.select(0);
			new Label(c, SWT.NONE).setText(Messages.ImportWizard_encoding);
			encoding = new Combo(c, SWT.READ_ONLY);
			encoding.setItems(Messages.ImportWizard_detect, "UTF-8", "windows-31j"); //$NON-NLS-1$ //$NON-NLS-2$
			encoding.select(0);
			new Label(c, SWT.NONE).setText(Messages.ImportWizard_station);
			station = new Text(c, SWT.BORDER);
			station.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			setControl(c);
		}
	}
}
