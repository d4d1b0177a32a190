package org.qslmail.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.Security;
import org.qslmail.presets.Authentication;
import org.qslmail.presets.ProviderPreset;
import org.qslmail.presets.ServerPreset;
import org.qslmail.presets.UserNameForm;

/** Fills settings from a provider preset ("Easy setup"), taking only what the provider documents. */
public final class PresetSettings {

	/** What a preset left unknown: these servers must be found by detection. */
	public enum Unknown {
		SMTP, RECEIVE, USER_NAME
	}

	private PresetSettings() {
	}

	/**
	 * Applies {@code preset} for the settings' address: hosts (placeholders replaced), ports, security,
	 * authentication, APOP and the login name where documented. Returns what the preset does not know.
	 */
	public static List<Unknown> apply(ProviderPreset preset, AccountSettings s) {
		List<Unknown> unknown = new ArrayList<>();
		String address = s.address().strip();
		s.presetId(preset.id());
		Optional<ServerPreset> smtp = preset.smtp();
		if (smtp.isPresent()) {
			ServerPreset p = smtp.get();
			p.host(address).ifPresent(s::smtpHost);
			p.security().map(PresetSettings::security).ifPresent(s::smtpSecurity);
			s.smtpPort(p.port().isPresent() ? p.port().getAsInt() : Protocol.SMTP.defaultPort(s.smtpSecurity()));
			p.authentication().map(PresetSettings::auth).ifPresent(s::smtpAuth);
		}
		if (smtp.isEmpty() || !smtp.get().isComplete()) {
			unknown.add(Unknown.SMTP);
		}
		Optional<ServerPreset> receive = preset.pop3().isPresent() ? preset.pop3() : preset.imap();
		if (receive.isPresent()) {
			ServerPreset p = receive.get();
			s.receiveProtocol(p.protocol() == org.qslmail.presets.Protocol.IMAP ? Protocol.IMAP : Protocol.POP3);
			p.host(address).ifPresent(s::receiveHost);
			p.security().map(PresetSettings::security).ifPresent(s::receiveSecurity);
			s.receivePort(p.port().isPresent() ? p.port().getAsInt() : s.receiveProtocol().defaultPort(s.receiveSecurity()));
			p.authentication().map(PresetSettings::auth).ifPresent(s::receiveAuth);
			s.apop(p.apop() && s.receiveProtocol() == Protocol.POP3);
		}
		if (receive.isEmpty() || !receive.get().isComplete()) {
			unknown.add(Unknown.RECEIVE);
		}
		if (preset.userNameForm().isPresent()) {
			UserNameForm form = preset.userNameForm().get();
			s.user(form == UserNameForm.FULL_ADDRESS || address.isEmpty() ? "" : form.userName(address)); //$NON-NLS-1$
		} else {
			unknown.add(Unknown.USER_NAME);
		}
		return unknown;
	}

	/** The mail service's security for a preset's. */
	public static Security security(org.qslmail.presets.Security security) {
		return switch (security) {
		case NONE -> Security.NONE;
		case SSL_TLS -> Security.SSL_TLS;
		case STARTTLS -> Security.STARTTLS;
		};
	}

	/**
	 * The mail service's method for a preset's: a named mechanism as is; the autoconfig kinds
	 * (password-cleartext, password-encrypted) as automatic, which takes the strongest the server offers.
	 */
	public static AuthMethod auth(Authentication authentication) {
		return switch (authentication) {
		case NONE -> AuthMethod.NONE;
		case PLAIN -> AuthMethod.PLAIN;
		case LOGIN -> AuthMethod.LOGIN;
		case CRAM_MD5 -> AuthMethod.CRAM_MD5;
		case DIGEST_MD5 -> AuthMethod.DIGEST_MD5;
		case PASSWORD_CLEARTEXT, PASSWORD_ENCRYPTED -> AuthMethod.AUTOMATIC;
		};
	}
}
