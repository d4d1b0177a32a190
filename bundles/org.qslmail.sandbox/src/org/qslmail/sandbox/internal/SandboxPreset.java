package org.qslmail.sandbox.internal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.qslmail.presets.Authentication;
import org.qslmail.presets.PresetNote;
import org.qslmail.presets.PresetSource;
import org.qslmail.presets.Protocol;
import org.qslmail.presets.ProviderPreset;
import org.qslmail.presets.Security;
import org.qslmail.presets.ServerPreset;
import org.qslmail.presets.UserNameForm;
import org.qslmail.sandbox.Sandbox;

/** The provider preset of a running sandbox: its loopback servers with the ports in use, for {@code *@sandbox.invalid}. */
final class SandboxPreset {

	static ProviderPreset of(Sandbox sandbox) {
		return new ProviderPreset(Sandbox.PRESET_ID, Messages.Preset_name,
				List.of(Sandbox.DOMAIN, "*." + Sandbox.DOMAIN), //$NON-NLS-1$
				Optional.of(server(Protocol.SMTP, sandbox.host(), sandbox.smtpPort(), Authentication.NONE)),
				Optional.of(server(Protocol.POP3, sandbox.host(), sandbox.pop3Port(), Authentication.PASSWORD_CLEARTEXT)),
				Optional.of(server(Protocol.IMAP, sandbox.host(), sandbox.imapPort(), Authentication.PASSWORD_CLEARTEXT)),
				Optional.of(UserNameForm.FULL_ADDRESS), List.of(new PresetNote(Messages.Preset_note, Optional.empty())),
				Optional.empty(), new PresetSource(PresetSource.Kind.PLUG_IN, "org.qslmail.sandbox")); //$NON-NLS-1$
	}

	private static ServerPreset server(Protocol protocol, String host, int port, Authentication authentication) {
		return new ServerPreset(protocol, Optional.of(host), OptionalInt.of(port), Optional.of(Security.NONE),
				Optional.of(authentication), false);
	}

	private SandboxPreset() {
	}
}
