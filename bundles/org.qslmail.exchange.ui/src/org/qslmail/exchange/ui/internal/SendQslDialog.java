package org.qslmail.exchange.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.qslmail.account.AccountException;
import org.qslmail.account.AccountSettings;
import org.qslmail.core.Callsign;
import org.qslmail.exchange.send.RateLimit;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.Security;
import org.qslmail.ui.internal.WidgetIds;

/**
 * What a send run needs: the station account saved in Account settings (its send server, passwords and directory
 * login), or the QSL directory, our call and the send server typed here; and the choice of QSOs. Typed passwords
 * are never remembered; the rest is kept in the dialog settings.
 */
final class SendQslDialog extends Dialog {

	static final String SHELL = "exchange.send.dialog"; //$NON-NLS-1$
	/** Widget ids of the fields: this prefix and the field's settings key. */
	static final String FIELD = "exchange.send."; //$NON-NLS-1$
	static final String PROBLEM = "exchange.send.problem"; //$NON-NLS-1$

	/**
	 * What the user entered. {@code account} is the saved station account when one was chosen (the send server
	 * fields then only show it), else null.
	 */
	record Input(String directory, Callsign call, char[] directoryPassword, String address, String smtpHost, int smtpPort,
			Security security, char[] password, LocalDate since, boolean force, RateLimit rate, String template,
			MailAccount account) {
	}

	private final IDialogSettings settings;
	private Combo account;
	private Text directory;
	private Text call;
	private Text directoryPassword;
	private Text address;
	private Text host;
	private Text port;
	private Combo security;
	private Text password;
	private Text since;
	private Button force;
	private Text rate;
	private Text template;
	private Label problem;
	private Input input;

	SendQslDialog(Shell parent, IDialogSettings settings) {
		super(parent);
		this.settings = settings;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Send_title);
		WidgetIds.tag(shell, SHELL);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite c = new Composite(area, SWT.NONE);
		c.setLayout(new GridLayout(2, false));
		c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		account = StationAccountChoice.create(c, settings, FIELD);
		directory = field(c, Messages.Send_directory, "directory", SWT.NONE); //$NON-NLS-1$
		call = field(c, Messages.Send_call, "call", SWT.NONE); //$NON-NLS-1$
		directoryPassword = WidgetIds.tag(field(c, Messages.Send_directoryPassword, null, SWT.PASSWORD), FIELD + "directoryPassword"); //$NON-NLS-1$
		address = field(c, Messages.Send_address, "address", SWT.NONE); //$NON-NLS-1$
		host = field(c, Messages.Send_smtpHost, "smtpHost", SWT.NONE); //$NON-NLS-1$
		port = field(c, Messages.Send_smtpPort, "smtpPort", SWT.NONE); //$NON-NLS-1$
		security = SecurityChoice.create(c, settings, FIELD);
		password = WidgetIds.tag(field(c, Messages.Send_password, null, SWT.PASSWORD), FIELD + "password"); //$NON-NLS-1$
		since = WidgetIds.tag(field(c, Messages.Send_since, null, SWT.NONE), FIELD + "since"); //$NON-NLS-1$
		new Label(c, SWT.NONE);
		force = new Button(c, SWT.CHECK);
		force.setText(Messages.Send_force);
		rate = field(c, Messages.Send_rate, "rate", SWT.NONE); //$NON-NLS-1$
		template = field(c, Messages.Send_template, "template", SWT.NONE); //$NON-NLS-1$
		problem = WidgetIds.tag(new Label(c, SWT.WRAP), PROBLEM);
		problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		account.addListener(SWT.Selection, e -> showAccount());
		showAccount();
		return area;
	}

	/** Fills the account's fields from the chosen saved account and locks them, or unlocks them for typing. */
	private void showAccount() {
		Optional<AccountSettings> saved = StationAccountChoice.selected(account).flatMap(StationAccounts::settings);
		saved.ifPresent(a -> {
			StationAccounts.directory().ifPresent(directory::setText);
			call.setText(a.callsign());
			address.setText(a.address());
			host.setText(a.smtpHost());
			port.setText(Integer.toString(a.smtpPort()));
			SecurityChoice.select(security, a.smtpSecurity());
		});
		boolean typed = saved.isEmpty();
		for (Control field : new Control[] { call, directoryPassword, address, host, port, security, password }) {
			field.setEnabled(typed);
		}
		directory.setEnabled(typed || StationAccounts.directory().isEmpty());
		if (!typed) {
			directoryPassword.setText(""); //$NON-NLS-1$
			password.setText(""); //$NON-NLS-1$
		}
	}

	private Text field(Composite c, String label, String key, int style) {
		new Label(c, SWT.NONE).setText(label);
		Text t = new Text(c, SWT.BORDER | style);
		if (key != null) {
			WidgetIds.tag(t, FIELD + key);
		}
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 320;
		t.setLayoutData(data);
		if (key != null && settings.get(key) != null) {
			t.setText(settings.get(key));
		}
		return t;
	}

	@Override
	protected void okPressed() {
		Optional<String> station = StationAccountChoice.selected(account);
		if (station.isPresent()) {
			okWithAccount(station.get());
			return;
		}
		try {
			Callsign callsign = Callsign.parse(call.getText());
			int smtpPort = port.getText().isBlank() ? Protocol.SMTP.defaultPort(security())
					: Integer.parseInt(port.getText().strip());
			LocalDate date = since.getText().isBlank() ? null : LocalDate.parse(since.getText().strip());
			RateLimit limit = rate.getText().isBlank() ? RateLimit.NONE : RateLimit.parse(rate.getText());
			if (directory.getText().isBlank() || address.getText().indexOf('@') < 1 || host.getText().isBlank()) {
				throw new IllegalArgumentException(Messages.Send_missing);
			}
			input = new Input(directory.getText().strip(), callsign, directoryPassword.getText().toCharArray(),
					address.getText().strip(), host.getText().strip(), smtpPort, security(), password.getText().toCharArray(),
					date, force.getSelection(), limit, template.getText().strip(), null);
		} catch (NumberFormatException | DateTimeParseException e) {
			problem.setText(NLS.bind(Messages.Send_badValue, e.getMessage()));
			problem.getParent().layout();
			return;
		} catch (IllegalArgumentException e) {
			problem.setText(e.getMessage());
			problem.getParent().layout();
			return;
		}
		for (String[] kv : new String[][] { { "directory", directory.getText() }, { "call", call.getText() }, //$NON-NLS-1$ //$NON-NLS-2$
				{ "address", address.getText() }, { "smtpHost", host.getText() }, { "smtpPort", port.getText() }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				{ "rate", rate.getText() }, { "template", template.getText() } }) { //$NON-NLS-1$ //$NON-NLS-2$
			settings.put(kv[0], kv[1]);
		}
		SecurityChoice.remember(security, settings);
		StationAccountChoice.remember(account, settings);
		super.okPressed();
	}

	/** Takes the saved account of {@code station} with its passwords, and the run's options from the fields. */
	private void okWithAccount(String station) {
		try {
			LocalDate date = since.getText().isBlank() ? null : LocalDate.parse(since.getText().strip());
			RateLimit limit = rate.getText().isBlank() ? RateLimit.NONE : RateLimit.parse(rate.getText());
			StationAccounts.Chosen chosen = StationAccounts.use(station);
			String url = chosen.directory().orElse(directory.getText().strip());
			if (url.isBlank()) {
				throw new IllegalArgumentException(Messages.Send_missing);
			}
			MailAccount mail = chosen.mail();
			input = new Input(url, Callsign.parse(chosen.settings().callsign()), chosen.directoryPassword(), mail.address(),
					mail.smtp().host(), mail.smtp().port(), mail.smtp().security(), mail.password(), date, force.getSelection(),
					limit, template.getText().strip(), mail);
		} catch (DateTimeParseException e) {
			showProblem(NLS.bind(Messages.Send_badValue, e.getMessage()));
			return;
		} catch (AccountException | IllegalArgumentException e) {
			showProblem(e.getMessage());
			return;
		}
		for (String[] kv : new String[][] { { "directory", directory.getText() }, { "rate", rate.getText() }, //$NON-NLS-1$ //$NON-NLS-2$
				{ "template", template.getText() } }) { //$NON-NLS-1$
			settings.put(kv[0], kv[1]);
		}
		StationAccountChoice.remember(account, settings);
		super.okPressed();
	}

	private void showProblem(String text) {
		problem.setText(text);
		problem.getParent().layout();
	}

	private Security security() {
		return SecurityChoice.selected(security);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Send_start, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	Input input() {
		return input;
	}

	static AuthMethod auth() {
		return AuthMethod.AUTOMATIC;
	}

	static Shell activeShell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}
}
