package org.qslmail.log.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.qslmail.log.LogException;
import org.qslmail.log.LogFormat;
import org.qslmail.log.QsoFilter;

/** Exports the QSOs of the current filter to ADIF, ADX or HAMLOG CSV in a Job with progress and cancel. */
final class ExportWizard extends Wizard {

	private static final LogFormat[] FORMATS = { LogFormat.ADIF, LogFormat.ADX, LogFormat.HAMLOG_CSV };

	private final QsoFilter filter;
	private Combo format;
	private Text file;

	ExportWizard(QsoFilter filter) {
		this.filter = filter;
		setWindowTitle(Messages.ExportWizard_title);
	}

	@Override
	public void addPages() {
		addPage(new WizardPage("export") { //$NON-NLS-1$
			{
				setTitle(Messages.ExportWizard_title);
				setDescription(Messages.ExportWizard_description);
			}

			@Override
			public void createControl(Composite parent) {
				Composite c = new Composite(parent, SWT.NONE);
				c.setLayout(new GridLayout(3, false));
				new Label(c, SWT.NONE).setText(Messages.ExportWizard_format);
				format = new Combo(c, SWT.READ_ONLY);
				for (LogFormat f : FORMATS) {
					format.add(f.id());
				}
				format.select(0);
				new Label(c, SWT.NONE);
				new Label(c, SWT.NONE).setText(Messages.ExportWizard_file);
				file = new Text(c, SWT.BORDER);
				file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
				file.addListener(SWT.Modify, e -> setPageComplete(!file.getText().isBlank()));
				Button browse = new Button(c, SWT.PUSH);
				browse.setText(Messages.ExportWizard_browse);
				browse.addListener(SWT.Selection, e -> {
					FileDialog d = new FileDialog(getShell(), SWT.SAVE);
					d.setOverwrite(true);
					String chosen = d.open();
					if (chosen != null) {
						file.setText(chosen);
					}
				});
				setPageComplete(false);
				setControl(c);
			}
		});
	}

	@Override
	public boolean performFinish() {
		Path target = Path.of(file.getText().trim());
		LogFormat f = FORMATS[format.getSelectionIndex()];
		Job job = new Job(NLS.bind(Messages.ExportWizard_job, target.getFileName())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					long n = LogAccess.store().export(target, f, filter, monitor);
					return Status.info(NLS.bind(Messages.ExportWizard_done, Long.toString(n), target));
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (LogException e) {
					return Status.error(e.getMessage(), e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == LogAccess.JOB_FAMILY;
			}
		};
		job.setUser(true);
		job.schedule();
		return true;
	}
}
