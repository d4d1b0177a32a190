package org.qslmail.account;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.ReceiveSettings;
import org.qslmail.mail.Security;
import org.qslmail.mail.SmtpSettings;
import org.qslmail.mail.TrustSettings;

/**
 * The settings of one station's QSL mail account, as the setup screen edits them (seed 000, steps 1 to 4).
 * Mutable, not thread-safe: take a {@link #copy()} before handing it to a Job. No secrets: passwords are
 * {@link Secrets}. Values may be invalid while the user types; {@link AccountValidator} says what is wrong.
 */
public final class AccountSettings {

	/** hQSL's default timeout. */
	public static final int DEFAULT_TIMEOUT_SECONDS = 60;

	private String callsign = ""; //$NON-NLS-1$
	private String presetId = ""; //$NON-NLS-1$
	private String address = ""; //$NON-NLS-1$
	private String user = ""; //$NON-NLS-1$
	private int timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
	private String smtpHost = ""; //$NON-NLS-1$
	private Security smtpSecurity = Security.SSL_TLS;
	private int smtpPort = Protocol.SMTP.defaultPort(Security.SSL_TLS);
	private AuthMethod smtpAuth = AuthMethod.AUTOMATIC;
	private boolean separateSendAccount;
	private String smtpUser = ""; //$NON-NLS-1$
	private Protocol receiveProtocol = Protocol.POP3;
	private String receiveHost = ""; //$NON-NLS-1$
	private Security receiveSecurity = Security.SSL_TLS;
	private int receivePort = Protocol.POP3.defaultPort(Security.SSL_TLS);
	private AuthMethod receiveAuth = AuthMethod.AUTOMATIC;
	private boolean apop;
	private boolean deleteAfterReceive;
	private String trustCaFile = ""; //$NON-NLS-1$
	private Map<String, String> pins = new TreeMap<>();

	public AccountSettings copy() {
		AccountSettings c = new AccountSettings();
		c.callsign = callsign;
		c.presetId = presetId;
		c.address = address;
		c.user = user;
		c.timeoutSeconds = timeoutSeconds;
		c.smtpHost = smtpHost;
		c.smtpSecurity = smtpSecurity;
		c.smtpPort = smtpPort;
		c.smtpAuth = smtpAuth;
		c.separateSendAccount = separateSendAccount;
		c.smtpUser = smtpUser;
		c.receiveProtocol = receiveProtocol;
		c.receiveHost = receiveHost;
		c.receiveSecurity = receiveSecurity;
		c.receivePort = receivePort;
		c.receiveAuth = receiveAuth;
		c.apop = apop;
		c.deleteAfterReceive = deleteAfterReceive;
		c.trustCaFile = trustCaFile;
		c.pins = new TreeMap<>(pins);
		return c;
	}

	/**
	 * The mail service's account for these settings and secrets. Call only when {@link AccountValidator} finds no
	 * error; throws {@link IllegalArgumentException} otherwise.
	 */
	public MailAccount toMailAccount(Secrets secrets) {
		SmtpSettings smtp = new SmtpSettings(smtpHost.strip(), smtpPort, smtpSecurity, smtpAuth,
				separateSendAccount && !smtpUser.isBlank() ? smtpUser.strip() : null,
				separateSendAccount ? secrets.smtpPassword() : null);
		ReceiveSettings receive = new ReceiveSettings(receiveProtocol, receiveHost.strip(), receivePort, receiveSecurity,
				receiveAuth, apop && receiveProtocol == Protocol.POP3, deleteAfterReceive);
		TrustSettings trust = new TrustSettings(trustCaFile.isBlank() ? null : java.nio.file.Path.of(trustCaFile), pins);
		return new MailAccount(address.strip(), user.isBlank() ? null : user.strip(), secrets.mailPassword(), smtp,
				receive, false, Duration.ofSeconds(timeoutSeconds), trust);
	}

	/** The login name for the receive server: the account name, or the address when it is blank. */
	public String effectiveUser() {
		return user.isBlank() ? address.strip() : user.strip();
	}

	/** The trust settings (pins and CA file) of this account. */
	public TrustSettings trust() {
		return new TrustSettings(trustCaFile.isBlank() ? null : java.nio.file.Path.of(trustCaFile), pins);
	}

	public String callsign() {
		return callsign;
	}

	public AccountSettings callsign(String value) {
		callsign = text(value);
		return this;
	}

	/** The id of the preset that filled the servers, or empty. */
	public String presetId() {
		return presetId;
	}

	public AccountSettings presetId(String value) {
		presetId = text(value);
		return this;
	}

	public String address() {
		return address;
	}

	public AccountSettings address(String value) {
		address = text(value);
		return this;
	}

	/** The account name; blank means the address. */
	public String user() {
		return user;
	}

	public AccountSettings user(String value) {
		user = text(value);
		return this;
	}

	public int timeoutSeconds() {
		return timeoutSeconds;
	}

	public AccountSettings timeoutSeconds(int value) {
		timeoutSeconds = value;
		return this;
	}

	public String smtpHost() {
		return smtpHost;
	}

	public AccountSettings smtpHost(String value) {
		smtpHost = text(value);
		return this;
	}

	public Security smtpSecurity() {
		return smtpSecurity;
	}

	public AccountSettings smtpSecurity(Security value) {
		smtpSecurity = Objects.requireNonNull(value);
		return this;
	}

	public int smtpPort() {
		return smtpPort;
	}

	public AccountSettings smtpPort(int value) {
		smtpPort = value;
		return this;
	}

	public AuthMethod smtpAuth() {
		return smtpAuth;
	}

	public AccountSettings smtpAuth(AuthMethod value) {
		smtpAuth = Objects.requireNonNull(value);
		return this;
	}

	/** Whether the send server uses its own account (seed 000, step 3, note 3). */
	public boolean separateSendAccount() {
		return separateSendAccount;
	}

	public AccountSettings separateSendAccount(boolean value) {
		separateSendAccount = value;
		return this;
	}

	public String smtpUser() {
		return smtpUser;
	}

	public AccountSettings smtpUser(String value) {
		smtpUser = text(value);
		return this;
	}

	public Protocol receiveProtocol() {
		return receiveProtocol;
	}

	public AccountSettings receiveProtocol(Protocol value) {
		if (value == Protocol.SMTP) {
			throw new IllegalArgumentException(value.id());
		}
		receiveProtocol = Objects.requireNonNull(value);
		return this;
	}

	public String receiveHost() {
		return receiveHost;
	}

	public AccountSettings receiveHost(String value) {
		receiveHost = text(value);
		return this;
	}

	public Security receiveSecurity() {
		return receiveSecurity;
	}

	public AccountSettings receiveSecurity(Security value) {
		receiveSecurity = Objects.requireNonNull(value);
		return this;
	}

	public int receivePort() {
		return receivePort;
	}

	public AccountSettings receivePort(int value) {
		receivePort = value;
		return this;
	}

	public AuthMethod receiveAuth() {
		return receiveAuth;
	}

	public AccountSettings receiveAuth(AuthMethod value) {
		receiveAuth = Objects.requireNonNull(value);
		return this;
	}

	public boolean apop() {
		return apop;
	}

	public AccountSettings apop(boolean value) {
		apop = value;
		return this;
	}

	public boolean deleteAfterReceive() {
		return deleteAfterReceive;
	}

	public AccountSettings deleteAfterReceive(boolean value) {
		deleteAfterReceive = value;
		return this;
	}

	/** A CA file (PEM or DER) for private servers, or blank. */
	public String trustCaFile() {
		return trustCaFile;
	}

	public AccountSettings trustCaFile(String value) {
		trustCaFile = text(value);
		return this;
	}

	/** Certificate pins, {@code host:port} to SHA-256 (lower-case hex); a copy. */
	public Map<String, String> pins() {
		return new TreeMap<>(pins);
	}

	public AccountSettings pins(Map<String, String> value) {
		pins = new TreeMap<>(value);
		return this;
	}

	/** Trusts exactly this certificate for {@code host:port} (the user's decision after a certificate failure). */
	public AccountSettings pin(String host, int port, String sha256) {
		TrustSettings pinned = trust().withPin(host, port, sha256);
		pins = new TreeMap<>(pinned.pins());
		return this;
	}

	private static String text(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof AccountSettings other && AccountProperties.toMap(this).equals(AccountProperties.toMap(other));
	}

	@Override
	public int hashCode() {
		return AccountProperties.toMap(this).hashCode();
	}

	@Override
	public String toString() {
		return "AccountSettings" + AccountProperties.toMap(this); //$NON-NLS-1$
	}
}
