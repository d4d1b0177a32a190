package org.qslmail.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.Endpoint;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.Security;
import org.qslmail.presets.Authentication;
import org.qslmail.presets.PresetProblem;
import org.qslmail.presets.PresetRegistry;
import org.qslmail.presets.PresetSource;
import org.qslmail.presets.ProviderPreset;
import org.qslmail.presets.ServerPreset;
import org.qslmail.presets.UserNameForm;

/** Easy setup takes only documented values; detection gets the complete servers of the provider. */
public class PresetSettingsTest {

	private static final PresetSource SOURCE = new PresetSource(PresetSource.Kind.PLUG_IN, "test");

	public static ProviderPreset yahoo() {
		return new ProviderPreset("jp.yahoo", "Yahoo! JAPAN", List.of("yahoo.co.jp"),
				Optional.of(new ServerPreset(org.qslmail.presets.Protocol.SMTP, Optional.of("smtp.mail.yahoo.co.jp"),
						OptionalInt.of(465), Optional.of(org.qslmail.presets.Security.SSL_TLS),
						Optional.of(Authentication.PASSWORD_CLEARTEXT), false)),
				Optional.of(new ServerPreset(org.qslmail.presets.Protocol.POP3, Optional.of("pop.mail.yahoo.co.jp"),
						OptionalInt.of(995), Optional.of(org.qslmail.presets.Security.SSL_TLS), Optional.empty(), false)),
				Optional.empty(), Optional.of(UserNameForm.LOCAL_PART), List.of(), Optional.empty(), SOURCE);
	}

	public static ProviderPreset sakura() {
		return new ProviderPreset("jp.sakura", "Sakura", List.of("*.sakura.ne.jp"),
				Optional.of(new ServerPreset(org.qslmail.presets.Protocol.SMTP, Optional.of("%EMAILDOMAIN%"),
						OptionalInt.of(587), Optional.of(org.qslmail.presets.Security.STARTTLS), Optional.empty(), false)),
				Optional.of(new ServerPreset(org.qslmail.presets.Protocol.POP3, Optional.of("%EMAILDOMAIN%"),
						OptionalInt.empty(), Optional.empty(), Optional.empty(), true)),
				Optional.empty(), Optional.of(UserNameForm.FULL_ADDRESS), List.of(), Optional.empty(), SOURCE);
	}

	@Test
	void documentedValuesAreTakenAndUnknownOnesReported() {
		AccountSettings s = new AccountSettings().address("ham@yahoo.co.jp");
		assertEquals(List.of(), PresetSettings.apply(yahoo(), s));
		assertEquals("smtp.mail.yahoo.co.jp", s.smtpHost());
		assertEquals(465, s.smtpPort());
		assertEquals(AuthMethod.AUTOMATIC, s.smtpAuth());
		assertEquals("pop.mail.yahoo.co.jp", s.receiveHost());
		assertEquals("ham", s.user(), "Yahoo! JAPAN logs in with the local part");
		assertEquals("jp.yahoo", s.presetId());

		AccountSettings k = new AccountSettings().address("ja1uit@ja1uit.sakura.ne.jp").user("old");
		assertEquals(List.of(PresetSettings.Unknown.RECEIVE), PresetSettings.apply(sakura(), k));
		assertEquals("ja1uit.sakura.ne.jp", k.smtpHost());
		assertEquals(Security.STARTTLS, k.smtpSecurity());
		assertEquals(587, k.smtpPort());
		assertEquals("ja1uit.sakura.ne.jp", k.receiveHost());
		assertTrue(k.apop());
		assertEquals("", k.user(), "full address: the account name stays blank (= the address)");
	}
}
