package org.qslmail.exchange.ui.internal;

import java.time.YearMonth;
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
import org.qslmail.account.AccountException;
import org.qslmail.account.AccountSettings;
import org.qslmail.exchange.receive.ReceiveOptions;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.ReceiveSettings;
import org.qslmail.mail.Security;
import org.qslmail.ui.internal.WidgetIds;

/**
 * What a receive run needs: the station account saved in Account settings (its mailbox, authentication, trusted
 * certificates and password), or the mailbox typed here; and what to take from it. A typed password is never
 * remembered; the rest is kept in the dialog settings.
 */
final class ReceiveQslDialog extends Dialog {

	static final String SHELL = "exchange.receive.dialog"; //$NON-NLS-1$
	/** Widget ids of the fields: this prefix and the field's settings key. */
	static final String FIELD = "exchange.receive."; //$NON-NLS-1$
	static final String PROBLEM = "exchange.receive.problem"; //$NON-NLS-1$

	/**
	 * What the user entered. {@code account} is the saved station account when one was chosen (the mailbox fields
	 * then only show it), else null.
	 */
	record Input(String address, String user, char[] password, Protocol protocol, String host, int port, Security security,
			ReceiveOptions options, MailAccount account) {
	}

	private final IDialogSettings settings;
	private Combo account;
	private Text address;
	private Text user;
	private Text password;
	private Combo protocol;
	private Text host;
	private Text port;
	private Combo security;
	private Text newest;
	private Text cutoff;
	private Button allMail;
	private Button delete;
	private Label problem;
	private Input input;

	ReceiveQslDialog(Shell parent, IDialogSettings settings) {
		super(parent);
		this.settings = settings;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Receive_title);
		WidgetIds.tag(shell, SHELL);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite c = new Composite(area, SWT.NONE);
		c.setLayout(new GridLayout(2, false));
		c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		account = StationAccountChoice.create(c, settings, FIELD);
		address = field(c, Messages.Send_address, "address", SWT.NONE); //$NON-NLS-1$
		user = field(c, Messages.Receive_user, "user", SWT.NONE); //$NON-NLS-1$
		password = WidgetIds.tag(field(c, Messages.Send_password, null, SWT.PASSWORD), FIELD + "password"); //$NON-NLS-1$
		new Label(c, SWT.NONE).setText(Messages.Receive_protocol);
		protocol = WidgetIds.tag(new Combo(c, SWT.READ_ONLY), FIELD + "protocol"); //$NON-NLS-1$
		protocol.setItems("POP3", "IMAP"); //$NON-NLS-1$ //$NON-NLS-2$
		protocol.select(settings.get("protocol") == null ? 0 : settings.getInt("protocol")); //$NON-NLS-1$ //$NON-NLS-2$
		host = field(c, Messages.Receive_host, "host", SWT.NONE); //$NON-NLS-1$
		port = field(c, Messages.Send_smtpPort, "port", SWT.NONE); //$NON-NLS-1$
		security = SecurityChoice.create(c, settings, FIELD);
		newest = field(c, Messages.Receive_newest, "newest", SWT.NONE); //$NON-NLS-1$
		cutoff = field(c, Messages.Receive_cutoff, "cutoff", SWT.NONE); //$NON-NLS-1$
		new Label(c, SWT.NONE);
		allMail = WidgetIds.tag(new Button(c, SWT.CHECK), FIELD + "allMail"); //$NON-NLS-1$
		allMail.setText(Messages.Receive_allMail);
		allMail.setSelection(settings.getBoolean("allMail")); //$NON-NLS-1$
		new Label(c, SWT.NONE);
		delete = WidgetIds.tag(new Button(c, SWT.CHECK), FIELD + "delete"); //$NON-NLS-1$
		delete.setText(Messages.Receive_delete);
		delete.setSelection(settings.getBoolean("delete")); //$NON-NLS-1$
		problem = WidgetIds.tag(new Label(c, SWT.WRAP), PROBLEM);
		problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		account.addListener(SWT.Selection, e -> showAccount());
		showAccount();
		return area;
	}

	/** Fills the mailbox fields from the chosen saved account and locks them, or unlocks them for typing. */
	private void showAccount() {
		Optional<AccountSettings> saved = StationAccountChoice.selected(account).flatMap(StationAccounts::settings);
		saved.ifPresent(a -> {
			address.setText(a.address());
			user.setText(a.user());
			protocol.select(a.receiveProtocol() == Protocol.IMAP ? 1 : 0);
			host.setText(a.receiveHost());
			port.setText(Integer.toString(a.receivePort()));
			SecurityChoice.select(security, a.receiveSecurity());
			password.setText(""); //$NON-NLS-1$
			delete.setSelection(a.deleteAfterReceive());
		});
		for (Control field : new Control[] { address, user, password, protocol, host, port, security }) {
			field.setEnabled(saved.isEmpty());
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
		try {
			if (station.isPresent()) {
				MailAccount mail = StationAccounts.use(station.get()).mail();
				ReceiveSettings r = mail.receive();
				input = new Input(mail.address(), mail.loginUser(), mail.password(), r.protocol(), r.host(), r.port(),
						r.security(), options(), mail);
				remember();
				super.okPressed();
				return;
			}
		} catch (AccountException e) {
			showProblem(e.getMessage());
			return;
		} catch (IllegalArgumentException e) {
			showProblem(NLS.bind(Messages.Send_badValue, e.getMessage()));
			return;
		}
		try {
			if (address.getText().strip().indexOf('@') < 1 || host.getText().isBlank()) {
				throw new IllegalArgumentException(Messages.Receive_missing);
			}
			Protocol p = protocol.getSelectionIndex() == 1 ? Protocol.IMAP : Protocol.POP3;
			int number = port.getText().isBlank() ? p.defaultPort(security()) : Integer.parseInt(port.getText().strip());
			String name = user.getText().isBlank() ? address.getText().strip() : user.getText().strip();
			input = new Input(address.getText().strip(), name, password.getText().toCharArray(), p, host.getText().strip(),
					number, security(), options(), null);
		} catch (IllegalArgumentException e) {
			// NumberFormatException included; the cut-off's and the options' messages name the value
			showProblem(e.getMessage() != null && e.getMessage().equals(Messages.Receive_missing) ? e.getMessage()
					: NLS.bind(Messages.Send_badValue, e.getMessage()));
			return;
		}
		for (String[] kv : new String[][] { { "address", address.getText() }, { "user", user.getText() }, //$NON-NLS-1$ //$NON-NLS-2$
				{ "host", host.getText() }, { "port", port.getText() } }) { //$NON-NLS-1$ //$NON-NLS-2$
			settings.put(kv[0], kv[1]);
		}
		settings.put("protocol", protocol.getSelectionIndex()); //$NON-NLS-1$
		SecurityChoice.remember(security, settings);
		remember();
		super.okPressed();
	}

	/** What to take from the mailbox. */
	private ReceiveOptions options() {
		int n = newest.getText().isBlank() ? 0 : Integer.parseInt(newest.getText().strip());
		YearMonth cut = ReceiveOptions.parseCutoff(cutoff.getText());
		return new ReceiveOptions(allMail.getSelection(), n, cut, delete.getSelection());
	}

	/** Keeps the options and the account choice for the next run. */
	private void remember() {
		settings.put("newest", newest.getText()); //$NON-NLS-1$
		settings.put("cutoff", cutoff.getText()); //$NON-NLS-1$
		settings.put("allMail", allMail.getSelection()); //$NON-NLS-1$
		settings.put("delete", delete.getSelection()); //$NON-NLS-1$
		StationAccountChoice.remember(account, settings);
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
		createButton(parent, IDialogConstants.OK_ID, Messages.Receive_start, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	Input input() {
		return input;
	}
}
