package org.qslmail.account.ui.internal;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.qslmail.account.AccountException;
import org.qslmail.account.AccountService;
import org.qslmail.account.AccountSettings;
import org.qslmail.account.AccountValidator;
import org.qslmail.account.Issue;
import org.qslmail.account.Issue.Field;
import org.qslmail.account.PresetSettings;
import org.qslmail.account.Secrets;
import org.qslmail.account.SetupState;
import org.qslmail.account.SetupState.Check;
import org.qslmail.directory.DirectoryException;
import org.qslmail.directory.DirectoryStatus;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.Category;
import org.qslmail.mail.CertificateInfo;
import org.qslmail.mail.DetectOptions;
import org.qslmail.mail.DetectedSetting;
import org.qslmail.mail.MailResult;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.Security;
import org.qslmail.mail.TlsInfo;
import org.qslmail.presets.PresetNote;
import org.qslmail.presets.ProviderPreset;
import org.qslmail.ui.internal.WidgetIds;

/**
 * The account of one station, laid out as the five steps of the hQSL manual (seed 000): (1) directory login and
 * registration status, (2) address typed twice, account, password, timeout, (3) SMTP with the send check,
 * (4) POP3/IMAP with the receive check, (5) register and save, which is enabled only while both checks passed for
 * the values shown. Checks, detection and directory calls run as Jobs with progress and cancel.
 */
public final class AccountEditor extends EditorPart {

	public static final String ID = "org.qslmail.account.ui.editor"; //$NON-NLS-1$

	static final String EASY_SETUP = "account.easySetup"; //$NON-NLS-1$
	static final String DETECT = "account.detect"; //$NON-NLS-1$
	static final String DIRECTORY_LOCATION = "account.directory.location"; //$NON-NLS-1$
	static final String CALLSIGN = "account.callsign"; //$NON-NLS-1$
	static final String DIRECTORY_PASSWORD = "account.directory.password"; //$NON-NLS-1$
	static final String STATUS_BUTTON = "account.directory.statusButton"; //$NON-NLS-1$
	static final String DIRECTORY_STATUS = "account.directory.status"; //$NON-NLS-1$
	static final String UNREGISTER = "account.directory.unregister"; //$NON-NLS-1$
	static final String UNREGISTER_DIALOG = "account.directory.unregisterDialog"; //$NON-NLS-1$
	static final String UNREGISTER_CONFIRM = "account.directory.unregisterConfirm"; //$NON-NLS-1$
	static final String UNREGISTER_CANCEL = "account.directory.unregisterCancel"; //$NON-NLS-1$
	static final String ADDRESS = "account.address"; //$NON-NLS-1$
	static final String ADDRESS_AGAIN = "account.addressAgain"; //$NON-NLS-1$
	static final String USER = "account.user"; //$NON-NLS-1$
	static final String PASSWORD = "account.password"; //$NON-NLS-1$
	static final String SHOW_PASSWORD = "account.showPassword"; //$NON-NLS-1$
	static final String GENERATE = "account.generate"; //$NON-NLS-1$
	static final String GENERATE_LENGTH = "account.generateLength"; //$NON-NLS-1$
	static final String TIMEOUT = "account.timeout"; //$NON-NLS-1$
	static final String SMTP_HOST = "account.smtp.host"; //$NON-NLS-1$
	static final String SMTP_SECURITY = "account.smtp.security"; //$NON-NLS-1$
	static final String SMTP_PORT = "account.smtp.port"; //$NON-NLS-1$
	static final String SMTP_AUTH = "account.smtp.auth"; //$NON-NLS-1$
	static final String SMTP_SEPARATE = "account.smtp.separate"; //$NON-NLS-1$
	static final String SMTP_USER = "account.smtp.user"; //$NON-NLS-1$
	static final String SMTP_PASSWORD = "account.smtp.password"; //$NON-NLS-1$
	static final String SEND_CHECK = "account.sendCheck"; //$NON-NLS-1$
	static final String SEND_STATUS = "account.sendStatus"; //$NON-NLS-1$
	static final String RECEIVE_PROTOCOL = "account.receive.protocol"; //$NON-NLS-1$
	static final String RECEIVE_HOST = "account.receive.host"; //$NON-NLS-1$
	static final String RECEIVE_SECURITY = "account.receive.security"; //$NON-NLS-1$
	static final String RECEIVE_PORT = "account.receive.port"; //$NON-NLS-1$
	static final String APOP = "account.receive.apop"; //$NON-NLS-1$
	static final String DELETE_AFTER = "account.receive.deleteAfter"; //$NON-NLS-1$
	static final String RECEIVE_CHECK = "account.receiveCheck"; //$NON-NLS-1$
	static final String RECEIVE_STATUS = "account.receiveStatus"; //$NON-NLS-1$
	static final String REGISTER = "account.register"; //$NON-NLS-1$
	static final String REGISTER_STATUS = "account.registerStatus"; //$NON-NLS-1$
	static final String RESULT = "account.result"; //$NON-NLS-1$
	static final String TRUST = "account.trustCertificate"; //$NON-NLS-1$
	static final String MESSAGES_PREFIX = "account.messages.step"; //$NON-NLS-1$

	private static final Security[] SECURITIES = Security.values();
	private static final AuthMethod[] AUTHS = { AuthMethod.AUTOMATIC, AuthMethod.NONE, AuthMethod.PLAIN,
			AuthMethod.LOGIN, AuthMethod.CRAM_MD5, AuthMethod.DIGEST_MD5 };
	private static final Protocol[] RECEIVE_PROTOCOLS = { Protocol.POP3, Protocol.IMAP };

	private final SetupState state = new SetupState();
	/** What the screen does not show (preset id, pins, CA file); widgets are laid over it. */
	private AccountSettings hidden = new AccountSettings();
	private boolean updating;
	private boolean smtpPortCustom;
	private boolean receivePortCustom;
	private int runningJobs;
	private Check lastCheck;
	private MailResult lastResult;
	private Menu easySetupMenu;

	private ScrolledComposite scroller;
	private Composite body;
	private Label directoryLocation;
	private Text callsign;
	private Text directoryPassword;
	private Button statusButton;
	private Label directoryStatus;
	private Button unregisterButton;
	private Text address;
	private Text addressAgain;
	private Text user;
	private Composite passwordBox;
	private Text password;
	private Button showPassword;
	private Spinner generateLength;
	private Spinner timeout;
	private Text smtpHost;
	private Combo smtpSecurity;
	private Text smtpPort;
	private Combo smtpAuth;
	private Button smtpSeparate;
	private Text smtpUser;
	private Text smtpPassword;
	private Button sendCheck;
	private Label sendStatus;
	private Combo receiveProtocol;
	private Text receiveHost;
	private Combo receiveSecurity;
	private Text receivePort;
	private Button apop;
	private Button deleteAfter;
	private Button receiveCheck;
	private Label receiveStatus;
	private Button register;
	private Label registerStatus;
	private Text result;
	private Button trust;
	private final Map<Integer, Label> stepMessages = new java.util.HashMap<>();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof AccountEditorInput)) {
			throw new PartInitException(input.getName());
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// Saving is step 5, "register and save", which needs both checks.
	}

	@Override
	public void doSaveAs() {
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		(callsign.getText().isEmpty() ? callsign : address).setFocus();
	}

	@Override
	public void createPartControl(Composite parent) {
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		body = new Composite(scroller, SWT.NONE);
		// Steps 1 and 2 on the left, 3 and 4 on the right, then step 5 and the result across.
		body.setLayout(new GridLayout(2, false));
		scroller.setContent(body);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);

		createTopBar(body);
		createDirectoryStep(body);
		createSmtpStep(body);
		createMailStep(body);
		createReceiveStep(body);
		createRegisterStep(body);
		createResultPanel(body);

		load(((AccountEditorInput) getEditorInput()).callsign());
		scroller.addListener(SWT.Resize, e -> layoutBody());
		layoutBody();
	}

	private void layoutBody() {
		scroller.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		body.layout(true, true);
	}

	// ---------------------------------------------------------------- layout

	private void createTopBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(new GridLayout(3, false));
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		Button easy = tag(new Button(bar, SWT.PUSH), EASY_SETUP);
		easy.setText(Messages.AccountEditor_easySetup);
		easySetupMenu = new Menu(easy);
		easy.setMenu(easySetupMenu);
		easy.addListener(SWT.Selection, e -> {
			fillEasySetupMenu();
			Point p = easy.toDisplay(0, easy.getSize().y);
			easySetupMenu.setLocation(p);
			easySetupMenu.setVisible(true);
		});
		Button detect = tag(new Button(bar, SWT.PUSH), DETECT);
		detect.setText(Messages.AccountEditor_detect);
		detect.addListener(SWT.Selection, e -> detect());
		Label hint = new Label(bar, SWT.WRAP);
		hint.setText(Messages.AccountEditor_topHint);
		GridData hintData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		hintData.widthHint = 400;
		hint.setLayoutData(hintData);
	}

	private Group step(Composite parent, int number, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(new GridLayout(4, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, number == 5 ? 2 : 1, 1));
		return group;
	}

	private Label stepMessages(Group group, int number) {
		Label label = tag(new Label(group, SWT.WRAP), MESSAGES_PREFIX + number);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
		data.widthHint = 300;
		label.setLayoutData(data);
		stepMessages.put(number, label);
		return label;
	}

	private static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	private Text text(Composite parent, String id, int style, int span) {
		Text t = tag(new Text(parent, SWT.BORDER | style), id);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
		data.widthHint = 120;
		t.setLayoutData(data);
		t.addListener(SWT.Modify, e -> changed());
		return t;
	}

	private Combo combo(Composite parent, String id, String[] items) {
		Combo c = tag(new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN), id);
		c.setItems(items);
		c.select(0);
		c.addListener(SWT.Selection, e -> changed());
		return c;
	}

	private Button check(Composite parent, String id, String text, int span) {
		Button b = tag(new Button(parent, SWT.CHECK), id);
		b.setText(text);
		b.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, span, 1));
		b.addListener(SWT.Selection, e -> changed());
		return b;
	}

	private static <W extends org.eclipse.swt.widgets.Widget> W tag(W widget, String id) {
		return WidgetIds.tag(widget, id);
	}

	private void createDirectoryStep(Composite parent) {
		Group g = step(parent, 1, Messages.AccountEditor_step1);
		directoryLocation = tag(new Label(g, SWT.WRAP), DIRECTORY_LOCATION);
		GridData locationData = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
		locationData.widthHint = 300;
		directoryLocation.setLayoutData(locationData);
		label(g, Messages.AccountEditor_callsign);
		callsign = text(g, CALLSIGN, SWT.NONE, 1);
		label(g, Messages.AccountEditor_directoryPassword);
		directoryPassword = text(g, DIRECTORY_PASSWORD, SWT.PASSWORD, 1);
		statusButton = tag(new Button(g, SWT.PUSH), STATUS_BUTTON);
		statusButton.setText(Messages.AccountEditor_checkStatus);
		statusButton.addListener(SWT.Selection, e -> checkStatus());
		directoryStatus = tag(new Label(g, SWT.WRAP), DIRECTORY_STATUS);
		directoryStatus.setText(Messages.AccountEditor_statusUnknown);
		GridData directoryStatusData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		directoryStatusData.widthHint = 250;
		directoryStatus.setLayoutData(directoryStatusData);
		unregisterButton = tag(new Button(g, SWT.PUSH), UNREGISTER);
		unregisterButton.setText(Messages.AccountEditor_unregister);
		unregisterButton.addListener(SWT.Selection, e -> unregister());
		Label unregisterHint = new Label(g, SWT.WRAP);
		unregisterHint.setText(Messages.AccountEditor_unregisterHint);
		GridData unregisterHintData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		unregisterHintData.widthHint = 250;
		unregisterHint.setLayoutData(unregisterHintData);
		stepMessages(g, 1);
	}

	private void createMailStep(Composite parent) {
		Group g = step(parent, 2, Messages.AccountEditor_step2);
		label(g, Messages.AccountEditor_address);
		address = text(g, ADDRESS, SWT.NONE, 3);
		label(g, Messages.AccountEditor_addressAgain);
		addressAgain = text(g, ADDRESS_AGAIN, SWT.NONE, 3);
		label(g, Messages.AccountEditor_user);
		user = text(g, USER, SWT.NONE, 3);
		user.setMessage(Messages.AccountEditor_userHint);
		label(g, Messages.AccountEditor_password);
		passwordBox = new Composite(g, SWT.NONE);
		GridLayout boxLayout = new GridLayout(1, false);
		boxLayout.marginWidth = 0;
		boxLayout.marginHeight = 0;
		passwordBox.setLayout(boxLayout);
		passwordBox.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		password = text(passwordBox, PASSWORD, SWT.PASSWORD, 1);
		showPassword = tag(new Button(g, SWT.CHECK), SHOW_PASSWORD);
		showPassword.setText(Messages.AccountEditor_showPassword);
		showPassword.addListener(SWT.Selection, e -> showPassword(showPassword.getSelection()));
		new Label(g, SWT.NONE);
		Composite generate = new Composite(g, SWT.NONE);
		generate.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 3, 1));
		GridLayout generateLayout = new GridLayout(2, false);
		generateLayout.marginWidth = 0;
		generateLayout.marginHeight = 0;
		generate.setLayout(generateLayout);
		Button generateButton = tag(new Button(generate, SWT.PUSH), GENERATE);
		generateButton.setText(Messages.AccountEditor_generate);
		generateButton.setToolTipText(Messages.AccountEditor_generateTip);
		generateLength = tag(new Spinner(generate, SWT.BORDER), GENERATE_LENGTH);
		generateLength.setValues(PasswordGenerator.DEFAULT_LENGTH, PasswordGenerator.MIN_LENGTH,
				PasswordGenerator.MAX_LENGTH, 0, 1, 4);
		generateLength.setToolTipText(Messages.AccountEditor_generateLength);
		generateButton.addListener(SWT.Selection, e -> {
			password.setText(PasswordGenerator.generate(generateLength.getSelection()));
			showPassword.setSelection(true);
			showPassword(true);
		});
		label(g, Messages.AccountEditor_timeout);
		timeout = tag(new Spinner(g, SWT.BORDER), TIMEOUT);
		timeout.setValues(AccountSettings.DEFAULT_TIMEOUT_SECONDS, AccountValidator.MIN_TIMEOUT,
				AccountValidator.MAX_TIMEOUT, 0, 10, 60);
		timeout.addListener(SWT.Modify, e -> changed());
		Label timeoutHint = new Label(g, SWT.WRAP);
		timeoutHint.setText(Messages.AccountEditor_timeoutHint);
		GridData hintData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		hintData.widthHint = 200;
		timeoutHint.setLayoutData(hintData);
		stepMessages(g, 2);
	}

	private void createSmtpStep(Composite parent) {
		Group g = step(parent, 3, Messages.AccountEditor_step3);
		label(g, Messages.AccountEditor_server);
		smtpHost = text(g, SMTP_HOST, SWT.NONE, 3);
		label(g, Messages.AccountEditor_security);
		smtpSecurity = combo(g, SMTP_SECURITY, securityLabels());
		smtpSecurity.addListener(SWT.Selection, e -> portFollowsSecurity(true));
		label(g, Messages.AccountEditor_port);
		smtpPort = text(g, SMTP_PORT, SWT.NONE, 1);
		smtpPort.addListener(SWT.Modify, e -> {
			if (!updating) {
				smtpPortCustom = true;
			}
		});
		label(g, Messages.AccountEditor_auth);
		smtpAuth = combo(g, SMTP_AUTH, authLabels());
		new Label(g, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false, 2, 1));
		smtpSeparate = check(g, SMTP_SEPARATE, Messages.AccountEditor_separate, 4);
		label(g, Messages.AccountEditor_sendUser);
		smtpUser = text(g, SMTP_USER, SWT.NONE, 3);
		label(g, Messages.AccountEditor_sendPassword);
		smtpPassword = text(g, SMTP_PASSWORD, SWT.PASSWORD, 3);
		smtpPassword.setMessage(Messages.AccountEditor_sendPasswordHint);
		sendCheck = tag(new Button(g, SWT.PUSH), SEND_CHECK);
		sendCheck.setText(Messages.AccountEditor_sendCheck);
		sendCheck.addListener(SWT.Selection, e -> runCheck(Check.SEND));
		sendStatus = tag(new Label(g, SWT.WRAP), SEND_STATUS);
		GridData sendStatusData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		sendStatusData.widthHint = 250;
		sendStatus.setLayoutData(sendStatusData);
		stepMessages(g, 3);
	}

	private void createReceiveStep(Composite parent) {
		Group g = step(parent, 4, Messages.AccountEditor_step4);
		label(g, Messages.AccountEditor_protocol);
		receiveProtocol = combo(g, RECEIVE_PROTOCOL, new String[] { "POP3", "IMAP" }); //$NON-NLS-1$ //$NON-NLS-2$
		receiveProtocol.addListener(SWT.Selection, e -> portFollowsSecurity(false));
		new Label(g, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false, 2, 1));
		label(g, Messages.AccountEditor_server);
		receiveHost = text(g, RECEIVE_HOST, SWT.NONE, 3);
		label(g, Messages.AccountEditor_security);
		receiveSecurity = combo(g, RECEIVE_SECURITY, securityLabels());
		receiveSecurity.addListener(SWT.Selection, e -> portFollowsSecurity(false));
		label(g, Messages.AccountEditor_port);
		receivePort = text(g, RECEIVE_PORT, SWT.NONE, 1);
		receivePort.addListener(SWT.Modify, e -> {
			if (!updating) {
				receivePortCustom = true;
			}
		});
		apop = check(g, APOP, Messages.AccountEditor_apop, 4);
		deleteAfter = check(g, DELETE_AFTER, Messages.AccountEditor_deleteAfter, 4);
		receiveCheck = tag(new Button(g, SWT.PUSH), RECEIVE_CHECK);
		receiveCheck.setText(Messages.AccountEditor_receiveCheck);
		receiveCheck.addListener(SWT.Selection, e -> runCheck(Check.RECEIVE));
		receiveStatus = tag(new Label(g, SWT.WRAP), RECEIVE_STATUS);
		GridData receiveStatusData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		receiveStatusData.widthHint = 250;
		receiveStatus.setLayoutData(receiveStatusData);
		stepMessages(g, 4);
	}

	private void createRegisterStep(Composite parent) {
		Group g = step(parent, 5, Messages.AccountEditor_step5);
		register = tag(new Button(g, SWT.PUSH), REGISTER);
		register.setText(Messages.AccountEditor_register);
		register.addListener(SWT.Selection, e -> registerAndSave());
		registerStatus = tag(new Label(g, SWT.WRAP), REGISTER_STATUS);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		data.widthHint = 450;
		registerStatus.setLayoutData(data);
	}

	private void createResultPanel(Composite parent) {
		Group g = new Group(parent, SWT.NONE);
		g.setText(Messages.AccountEditor_result);
		g.setLayout(new GridLayout(1, false));
		g.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		result = tag(new Text(g, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER), RESULT);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 140;
		data.widthHint = 500;
		result.setLayoutData(data);
		trust = tag(new Button(g, SWT.PUSH), TRUST);
		trust.setText(Messages.AccountEditor_trust);
		trust.setEnabled(false);
		trust.addListener(SWT.Selection, e -> trustCertificate());
	}

	private static String[] securityLabels() {
		return new String[] { Messages.Security_none, Messages.Security_ssl, Messages.Security_starttls,
				Messages.Security_tls12, Messages.Security_tls13 };
	}

	private static String[] authLabels() {
		return new String[] { Messages.Auth_automatic, Messages.Auth_none, "PLAIN", "LOGIN", "CRAM-MD5", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"DIGEST-MD5" }; //$NON-NLS-1$
	}

	// ---------------------------------------------------------------- model <-> widgets

	private void load(String call) {
		AccountSettings settings;
		Secrets secrets = Secrets.NONE;
		try {
			AccountService service = AccountAccess.service();
			settings = call.isEmpty() ? service.store().newAccount("") : service.store().loadOrNew(call); //$NON-NLS-1$
			if (!call.isEmpty() && service.store().load(call).isPresent()) {
				secrets = service.store().secrets(call);
			}
		} catch (AccountException e) {
			settings = new AccountSettings().callsign(call);
			registerStatus.setText(e.getMessage());
		}
		show(settings, secrets);
		addressAgain.setText(settings.address());
		changed();
	}

	/** Puts settings (and passwords, when given) into the widgets. */
	void show(AccountSettings s, Secrets secrets) {
		updating = true;
		try {
			hidden = s.copy();
			callsign.setText(s.callsign());
			address.setText(s.address());
			user.setText(s.user());
			timeout.setSelection(s.timeoutSeconds());
			smtpHost.setText(s.smtpHost());
			smtpSecurity.select(indexOf(SECURITIES, s.smtpSecurity()));
			smtpPort.setText(Integer.toString(s.smtpPort()));
			smtpAuth.select(indexOf(AUTHS, s.smtpAuth()));
			smtpSeparate.setSelection(s.separateSendAccount());
			smtpUser.setText(s.smtpUser());
			receiveProtocol.select(indexOf(RECEIVE_PROTOCOLS, s.receiveProtocol()));
			receiveHost.setText(s.receiveHost());
			receiveSecurity.select(indexOf(SECURITIES, s.receiveSecurity()));
			receivePort.setText(Integer.toString(s.receivePort()));
			apop.setSelection(s.apop());
			deleteAfter.setSelection(s.deleteAfterReceive());
			smtpPortCustom = s.smtpPort() != Protocol.SMTP.defaultPort(s.smtpSecurity());
			receivePortCustom = s.receivePort() != s.receiveProtocol().defaultPort(s.receiveSecurity());
			if (secrets != null) {
				password.setText(new String(secrets.mailPassword()));
				smtpPassword.setText(new String(secrets.smtpPassword()));
				directoryPassword.setText(new String(secrets.directoryPassword()));
			}
		} finally {
			updating = false;
		}
	}

	/** The settings the widgets show now. */
	AccountSettings settings() {
		AccountSettings s = hidden.copy();
		s.callsign(callsign.getText().strip().toUpperCase(java.util.Locale.ROOT));
		s.address(address.getText().strip());
		s.user(user.getText().strip());
		s.timeoutSeconds(timeout.getSelection());
		s.smtpHost(smtpHost.getText().strip());
		s.smtpSecurity(SECURITIES[Math.max(0, smtpSecurity.getSelectionIndex())]);
		s.smtpPort(port(smtpPort));
		s.smtpAuth(AUTHS[Math.max(0, smtpAuth.getSelectionIndex())]);
		s.separateSendAccount(smtpSeparate.getSelection());
		s.smtpUser(smtpUser.getText().strip());
		s.receiveProtocol(RECEIVE_PROTOCOLS[Math.max(0, receiveProtocol.getSelectionIndex())]);
		s.receiveHost(receiveHost.getText().strip());
		s.receiveSecurity(SECURITIES[Math.max(0, receiveSecurity.getSelectionIndex())]);
		s.receivePort(port(receivePort));
		s.apop(apop.getSelection());
		s.deleteAfterReceive(deleteAfter.getSelection());
		return s;
	}

	/** The passwords the widgets show now. */
	Secrets secrets() {
		return Secrets.of(password.getText(), smtpSeparate.getSelection() ? smtpPassword.getText() : "", //$NON-NLS-1$
				directoryPassword.getText());
	}

	SetupState state() {
		return state;
	}

	private static int port(Text text) {
		try {
			return Integer.parseInt(text.getText().strip());
		} catch (NumberFormatException e) {
			return -1;
		}
	}

	private static <T> int indexOf(T[] values, T value) {
		for (int i = 0; i < values.length; i++) {
			if (values[i] == value) {
				return i;
			}
		}
		return 0;
	}

	private void portFollowsSecurity(boolean smtp) {
		updating = true;
		try {
			if (smtp && !smtpPortCustom) {
				smtpPort.setText(Integer.toString(Protocol.SMTP.defaultPort(SECURITIES[smtpSecurity.getSelectionIndex()])));
			} else if (!smtp && !receivePortCustom) {
				Protocol protocol = RECEIVE_PROTOCOLS[receiveProtocol.getSelectionIndex()];
				receivePort.setText(Integer.toString(protocol.defaultPort(SECURITIES[receiveSecurity.getSelectionIndex()])));
			}
		} finally {
			updating = false;
		}
		changed();
	}

	private void showPassword(boolean shown) {
		String value = password.getText();
		password.dispose();
		password = text(passwordBox, PASSWORD, shown ? SWT.NONE : SWT.PASSWORD, 1);
		updating = true;
		password.setText(value);
		updating = false;
		passwordBox.layout(true);
	}

	/** After every change: validation messages, check states and what may be pressed. */
	private void changed() {
		if (updating || body == null || body.isDisposed() || register == null) {
			return;
		}
		AccountSettings s = settings();
		Secrets secrets = secrets();
		List<Issue> issues = AccountValidator.validate(s, addressAgain.getText(), secrets);
		Map<Integer, List<Issue>> byStep = new java.util.TreeMap<>();
		for (Issue issue : issues) {
			byStep.computeIfAbsent(stepOf(issue.field()), k -> new ArrayList<>()).add(issue);
		}
		for (Map.Entry<Integer, Label> e : stepMessages.entrySet()) {
			List<Issue> list = byStep.getOrDefault(e.getKey(), List.of());
			StringBuilder text = new StringBuilder();
			boolean error = false;
			for (Issue issue : list) {
				text.append(issue.isError() ? Messages.AccountEditor_errorMark : Messages.AccountEditor_warningMark)
						.append(issue.message()).append('\n');
				error |= issue.isError();
			}
			e.getValue().setText(text.toString().strip());
			e.getValue().setForeground(body.getDisplay().getSystemColor(error ? SWT.COLOR_RED : SWT.COLOR_DARK_YELLOW));
		}
		boolean mailErrors = issues.stream().anyMatch(i -> i.isError() && stepOf(i.field()) == 2);
		boolean smtpErrors = issues.stream().anyMatch(i -> i.isError() && stepOf(i.field()) == 3);
		boolean receiveErrors = issues.stream().anyMatch(i -> i.isError() && stepOf(i.field()) == 4);
		boolean idle = runningJobs == 0;
		sendCheck.setEnabled(idle && !mailErrors && !smtpErrors);
		receiveCheck.setEnabled(idle && !mailErrors && !receiveErrors && state.sendToken().isPresent());
		sendStatus.setText(checkStatus(Check.SEND, s, secrets));
		receiveStatus.setText(checkStatus(Check.RECEIVE, s, secrets));
		Optional<AccountService.DirectoryTarget> directory = directory();
		directoryLocation.setText(directory.map(d -> NLS.bind(d.sandbox() ? Messages.AccountEditor_directorySandbox
				: Messages.AccountEditor_directoryAt, d.uri())).orElse(Messages.AccountEditor_noDirectory));
		directoryLocation.setForeground(directory.isPresent() ? null : body.getDisplay().getSystemColor(SWT.COLOR_RED));
		statusButton.setEnabled(idle && directory.isPresent() && !s.callsign().isEmpty());
		unregisterButton.setEnabled(idle && directory.isPresent() && !s.callsign().isEmpty());
		boolean canRegister = state.canRegister(s, secrets);
		register.setEnabled(idle && canRegister && !AccountValidator.hasErrors(issues) && directory.isPresent());
		if (idle && !canRegister) {
			registerStatus.setText(Messages.AccountEditor_registerNeedsChecks);
		} else if (idle && canRegister && registerStatus.getText().equals(Messages.AccountEditor_registerNeedsChecks)) {
			registerStatus.setText(Messages.AccountEditor_registerReady);
		}
		body.layout(true, true);
	}

	private String checkStatus(Check check, AccountSettings s, Secrets secrets) {
		Optional<SetupState.Outcome> outcome = state.outcome(check);
		if (outcome.isEmpty()) {
			return Messages.AccountEditor_checkNotRun;
		}
		if (!outcome.get().result().ok()) {
			return NLS.bind(Messages.AccountEditor_checkFailed, outcome.get().result().code());
		}
		return state.passed(check, s, secrets) ? Messages.AccountEditor_checkPassed : Messages.AccountEditor_checkStale;
	}

	private static int stepOf(Field field) {
		return switch (field) {
		case CALLSIGN, DIRECTORY_PASSWORD -> 1;
		case ADDRESS, ADDRESS_AGAIN, USER, PASSWORD, TIMEOUT -> 2;
		case SMTP_HOST, SMTP_PORT, SMTP_SECURITY, SMTP_AUTH, SMTP_USER -> 3;
		case RECEIVE_HOST, RECEIVE_PORT, RECEIVE_SECURITY, RECEIVE_AUTH, APOP -> 4;
		};
	}

	private static Optional<AccountService.DirectoryTarget> directory() {
		try {
			return AccountAccess.service().directory();
		} catch (AccountException e) {
			return Optional.empty();
		}
	}

	// ---------------------------------------------------------------- easy setup and detection

	private void fillEasySetupMenu() {
		for (MenuItem item : easySetupMenu.getItems()) {
			item.dispose();
		}
		List<ProviderPreset> presets;
		try {
			presets = AccountAccess.service().presets().map(r -> r.presets()).orElse(List.of());
		} catch (AccountException e) {
			presets = List.of();
		}
		if (presets.isEmpty()) {
			MenuItem none = new MenuItem(easySetupMenu, SWT.PUSH);
			none.setText(Messages.AccountEditor_noPresets);
			none.setEnabled(false);
		}
		for (ProviderPreset preset : presets) {
			MenuItem item = new MenuItem(easySetupMenu, SWT.PUSH);
			item.setText(preset.name().replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
			item.setData(WidgetIds.KEY, "preset:" + preset.id()); //$NON-NLS-1$
			item.addListener(SWT.Selection, e -> applyPreset(preset));
		}
	}

	/** The "Easy setup" menu, filled with the registry's presets (for tests). */
	Menu easySetupMenu() {
		fillEasySetupMenu();
		return easySetupMenu;
	}

	void applyPreset(ProviderPreset preset) {
		AccountSettings s = settings();
		List<PresetSettings.Unknown> unknown = PresetSettings.apply(preset, s);
		show(s, null);
		StringBuilder text = new StringBuilder(NLS.bind(Messages.AccountEditor_presetApplied, preset.name()));
		if (!unknown.isEmpty()) {
			text.append('\n').append(Messages.AccountEditor_presetUnknown);
		}
		for (PresetNote note : preset.notes()) {
			text.append('\n').append(Messages.AccountEditor_bullet).append(note.text())
					.append(note.url().map(u -> " (" + u + ')').orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		preset.documentation().ifPresent(d -> text.append('\n').append(d));
		showText(text.toString());
		changed();
	}

	private void detect() {
		AccountSettings s = settings();
		if (s.address().isEmpty()) {
			showText(Messages.Validation_typeAddressFirst);
			return;
		}
		schedule(Messages.AccountEditor_detectJob, monitor -> {
			List<DetectedSetting> found = AccountAccess.service().mail().detect(s.address(),
					new DetectOptions(Duration.ofSeconds(Math.min(s.timeoutSeconds(), 15)), s.trust(), null), monitor);
			return () -> applyDetected(found);
		});
	}

	private void applyDetected(List<DetectedSetting> found) {
		AccountSettings s = settings();
		Optional<DetectedSetting> smtp = found.stream().filter(d -> d.endpoint().protocol() == Protocol.SMTP).findFirst();
		Optional<DetectedSetting> receive = found.stream().filter(d -> d.endpoint().protocol() != Protocol.SMTP).findFirst();
		smtp.ifPresent(d -> s.smtpHost(d.endpoint().host()).smtpSecurity(d.endpoint().security()).smtpPort(d.endpoint().port()));
		receive.ifPresent(d -> s.receiveProtocol(d.endpoint().protocol()).receiveHost(d.endpoint().host())
				.receiveSecurity(d.endpoint().security()).receivePort(d.endpoint().port()).apop(false));
		show(s, null);
		StringBuilder text = new StringBuilder(found.isEmpty() ? Messages.AccountEditor_detectNothing : Messages.AccountEditor_detectFound);
		for (DetectedSetting d : found) {
			text.append('\n').append(Messages.AccountEditor_bullet).append(d.endpoint().protocol().id()).append(' ')
					.append(d.endpoint().host()).append(':').append(d.endpoint().port()).append(' ')
					.append(d.endpoint().security().id()).append(d.fromPreset() ? Messages.AccountEditor_fromPreset : "") //$NON-NLS-1$
					.append(d.bestAuth() == null ? "" : " " + d.bestAuth()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		showText(text.toString());
		changed();
	}

	// ---------------------------------------------------------------- checks, directory, register

	private void runCheck(Check check) {
		AccountSettings s = settings();
		Secrets secrets = secrets();
		if (AccountValidator.hasErrors(AccountValidator.validate(s, addressAgain.getText(), secrets).stream()
				.filter(i -> stepOf(i.field()) != 1).toList())) {
			return;
		}
		Optional<String> token = state.sendToken();
		schedule(check == Check.SEND ? Messages.AccountEditor_sendJob : Messages.AccountEditor_receiveJob, monitor -> {
			var mail = AccountAccess.service().mail();
			var account = s.toMailAccount(secrets);
			MailResult r = check == Check.SEND ? mail.sendCheck(account, monitor)
					: mail.receiveCheck(account, token.orElseThrow(), monitor);
			return () -> {
				if (check == Check.SEND) {
					state.recordSend(s, secrets, r);
				} else {
					state.recordReceive(s, secrets, r);
				}
				lastCheck = check;
				showResult(check, r);
			};
		});
	}

	private void checkStatus() {
		String call = callsign.getText().strip();
		char[] pw = directoryPassword.getText().toCharArray();
		schedule(Messages.AccountEditor_statusJob, monitor -> {
			DirectoryStatus status = AccountAccess.service().status(call, pw, monitor);
			return () -> directoryStatus.setText(describe(status));
		});
	}

	/**
	 * "Remove my registration" (hQSL: registering a blank address): after a confirmation, removes the address
	 * from the directory in a Job and shows the new status. The settings on this computer stay.
	 */
	private void unregister() {
		String call = callsign.getText().strip();
		char[] pw = directoryPassword.getText().toCharArray();
		MessageDialog dialog = new MessageDialog(getSite().getShell(), Messages.AccountEditor_unregisterTitle, null,
				NLS.bind(Messages.AccountEditor_unregisterQuestion, call), MessageDialog.CONFIRM, 1,
				Messages.AccountEditor_unregisterConfirm, IDialogConstants.CANCEL_LABEL) {
			@Override
			protected void configureShell(Shell shell) {
				super.configureShell(shell);
				tag(shell, UNREGISTER_DIALOG);
			}

			@Override
			protected Button createButton(Composite parent, int id, String label, boolean defaultButton) {
				return tag(super.createButton(parent, id, label, defaultButton), id == 0 ? UNREGISTER_CONFIRM
						: UNREGISTER_CANCEL);
			}
		};
		if (dialog.open() != 0) {
			return;
		}
		directoryStatus.setText(Messages.AccountEditor_unregistering);
		schedule(Messages.AccountEditor_unregisterJob, monitor -> {
			DirectoryStatus status = AccountAccess.service().unregister(call, pw, monitor);
			return () -> directoryStatus.setText(describe(status));
		});
	}

	private void registerAndSave() {
		AccountSettings s = settings();
		Secrets secrets = secrets();
		registerStatus.setText(Messages.AccountEditor_registering);
		schedule(Messages.AccountEditor_registerJob, monitor -> {
			AccountService.Saved saved = AccountAccess.service().registerAndSave(s, secrets, state, monitor);
			return () -> {
				hidden = s.copy();
				directoryStatus.setText(describe(saved.status()));
				registerStatus.setText(NLS.bind(Messages.AccountEditor_registered,
						new Object[] { saved.status().address().orElse(""), s.callsign(), saved.backup() })); //$NON-NLS-1$
				setPartName(s.callsign());
				StationsView view = (StationsView) getSite().getPage().findView(StationsView.ID);
				if (view != null) {
					view.refresh();
				}
			};
		});
	}

	private static String describe(DirectoryStatus status) {
		String text = status.address().map(a -> NLS.bind(Messages.AccountEditor_statusRegistered, status.callsign(), a))
				.orElse(NLS.bind(Messages.AccountEditor_statusNone, status.callsign()));
		if (status.pendingAddress().isPresent()) {
			text += ' ' + NLS.bind(Messages.AccountEditor_statusPending, status.pendingAddress().get());
		}
		return text;
	}

	/** Work of a Job that returns what to do with its result on the UI thread. */
	@FunctionalInterface
	private interface Work {
		Runnable run(IProgressMonitor monitor) throws AccountException, DirectoryException;
	}

	private void schedule(String name, Work work) {
		runningJobs++;
		changed();
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				Runnable done;
				try {
					done = work.run(monitor);
				} catch (OperationCanceledException e) {
					done = () -> showText(Messages.AccountEditor_cancelled);
				} catch (AccountException e) {
					done = () -> {
						registerStatus.setText(e.getMessage());
						e.mailResult().ifPresentOrElse(r -> showResult(null, r), () -> showText(e.getMessage()));
					};
				} catch (DirectoryException e) {
					done = () -> {
						directoryStatus.setText(e.getMessage());
						showText(e.getMessage());
						if (getName().equals(Messages.AccountEditor_registerJob)) {
							registerStatus.setText(e.getMessage());
						}
					};
				} catch (RuntimeException e) {
					done = () -> showText(String.valueOf(e));
				}
				Runnable finish = done;
				if (!body.isDisposed()) {
					body.getDisplay().asyncExec(() -> {
						if (body.isDisposed()) {
							return;
						}
						runningJobs--;
						finish.run();
						changed();
					});
				}
				return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == AccountAccess.JOB_FAMILY;
			}
		};
		job.setUser(true);
		job.schedule();
	}

	private void showText(String text) {
		lastResult = null;
		result.setText(text);
		trust.setEnabled(false);
		trust.setText(Messages.AccountEditor_trust);
		layoutBody();
	}

	private void showResult(Check check, MailResult r) {
		StringBuilder b = new StringBuilder();
		String what = check == Check.SEND ? Messages.AccountEditor_sendCheck
				: check == Check.RECEIVE ? Messages.AccountEditor_receiveCheck : Messages.AccountEditor_tokenMail;
		b.append(NLS.bind(r.ok() ? Messages.Result_passed : Messages.Result_failed, what, r.elapsedMs()));
		if (!r.ok()) {
			line(b, Messages.Result_category, categoryName(r.category()));
			line(b, Messages.Result_number, r.code());
			line(b, Messages.Result_serverReply, r.serverReply());
			line(b, Messages.Result_hint, r.hint());
		}
		for (String warning : r.warnings()) {
			line(b, Messages.Result_warning, warning);
		}
		if (r.auth() != null && r.auth().used() != null) {
			line(b, Messages.Result_auth, r.auth().used());
		}
		TlsInfo tls = r.tls();
		if (tls != null) {
			line(b, Messages.Result_tls, tls.protocol() == null ? Messages.Result_noHandshake
					: tls.protocol() + ", " + tls.cipher()); //$NON-NLS-1$
			CertificateInfo c = tls.certificate();
			if (c != null) {
				line(b, Messages.Result_certificate, NLS.bind(Messages.Result_certificateText, new Object[] { c.subject(),
						String.join(", ", c.sans()), c.issuer(), //$NON-NLS-1$
						c.notAfter() == null ? "?" : DateTimeFormatter.ISO_INSTANT.format(c.notAfter()), c.sha256() })); //$NON-NLS-1$
				line(b, Messages.Result_nameMatches, tls.hostnameMatches() ? Messages.Result_yes : Messages.Result_no);
			}
		}
		lastResult = r;
		lastCheck = check;
		result.setText(b.toString());
		boolean certificateProblem = !r.ok() && r.category() == Category.CERTIFICATE && tls != null
				&& tls.certificate() != null && check != null;
		trust.setEnabled(certificateProblem);
		trust.setText(certificateProblem ? NLS.bind(Messages.AccountEditor_trustFor, endpointOf(check))
				: Messages.AccountEditor_trust);
		layoutBody();
	}

	private String endpointOf(Check check) {
		AccountSettings s = settings();
		return check == Check.SEND ? s.smtpHost() + ':' + s.smtpPort() : s.receiveHost() + ':' + s.receivePort();
	}

	/** The user's decision: trust exactly the certificate shown, for the server of the failed check. */
	void trustCertificate() {
		if (lastResult == null || lastCheck == null || lastResult.tls() == null || lastResult.tls().certificate() == null) {
			return;
		}
		AccountSettings s = settings();
		String sha = lastResult.tls().certificate().sha256();
		if (lastCheck == Check.SEND) {
			s.pin(s.smtpHost(), s.smtpPort(), sha);
		} else {
			s.pin(s.receiveHost(), s.receivePort(), sha);
		}
		hidden = s.copy();
		showText(NLS.bind(Messages.AccountEditor_trusted, endpointOf(lastCheck), sha));
		changed();
	}

	private static void line(StringBuilder b, String label, String value) {
		if (value != null && !value.isBlank()) {
			b.append('\n').append(label).append(' ').append(value);
		}
	}

	private static String categoryName(Category category) {
		if (category == null) {
			return ""; //$NON-NLS-1$
		}
		Map<Category, String> names = new EnumMap<>(Category.class);
		names.put(Category.CONNECT, Messages.Category_connect);
		names.put(Category.TLS, Messages.Category_tls);
		names.put(Category.CERTIFICATE, Messages.Category_certificate);
		names.put(Category.AUTH, Messages.Category_auth);
		names.put(Category.AUTH_METHOD, Messages.Category_authMethod);
		names.put(Category.SENDER, Messages.Category_sender);
		names.put(Category.RECIPIENT, Messages.Category_recipient);
		names.put(Category.TIMEOUT, Messages.Category_timeout);
		names.put(Category.SERVER, Messages.Category_server);
		names.put(Category.MAILBOX, Messages.Category_mailbox);
		return names.get(category) + " (" + category.id() + ')'; //$NON-NLS-1$
	}

	/** For tests: the control of the whole editor. */
	Control body() {
		return scroller;
	}
}
