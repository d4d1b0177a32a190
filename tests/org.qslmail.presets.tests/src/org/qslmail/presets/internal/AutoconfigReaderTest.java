package org.qslmail.presets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qslmail.presets.Authentication;
import org.qslmail.presets.PresetSource;
import org.qslmail.presets.ProviderPreset;
import org.qslmail.presets.Security;
import org.qslmail.presets.ServerPreset;
import org.qslmail.presets.UserNameForm;

/** Thunderbird autoconfig files (ISPDB format) as the registry reads them from the autoconfig folder. */
class AutoconfigReaderTest {

	@TempDir
	Path folder;

	static final String BIGLOBE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<clientConfig version="1.1">
			  <emailProvider id="biglobe.ne.jp">
			    <domain>biglobe.ne.jp</domain>
			    <displayName>BIGLOBE</displayName>
			    <incomingServer type="pop3">
			      <hostname>mail.biglobe.ne.jp</hostname><port>995</port><socketType>SSL</socketType>
			      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
			    </incomingServer>
			    <outgoingServer type="smtp">
			      <hostname>mail.biglobe.ne.jp</hostname><port>465</port><socketType>SSL</socketType>
			      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
			    </outgoingServer>
			  </emailProvider>
			</clientConfig>
			""";

	private Path write(String name, String content) throws IOException {
		return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
	}

	@Test
	void readsServersUserNameFormAndSource() throws Exception {
		Path file = write("biglobe.xml", BIGLOBE);
		ProviderPreset preset = AutoconfigReader.read(file);
		assertEquals("biglobe.ne.jp", preset.id());
		assertEquals("BIGLOBE", preset.name());
		assertEquals(List.of("biglobe.ne.jp"), preset.domains());
		assertEquals(Optional.of(UserNameForm.FULL_ADDRESS), preset.userNameForm());
		assertEquals(new PresetSource(PresetSource.Kind.AUTOCONFIG_FILE, file.toString()), preset.source());
		ServerPreset smtp = preset.smtp().orElseThrow();
		assertEquals(Optional.of("mail.biglobe.ne.jp"), smtp.hostTemplate());
		assertEquals(OptionalInt.of(465), smtp.port());
		assertEquals(Optional.of(Security.SSL_TLS), smtp.security());
		assertEquals(Optional.of(Authentication.PASSWORD_CLEARTEXT), smtp.authentication());
		assertEquals(OptionalInt.of(995), preset.pop3().orElseThrow().port());
		assertTrue(preset.imap().isEmpty());
	}

	@Test
	void skipsOAuth2AndTakesTheNextAuthentication() throws Exception {
		ProviderPreset preset = AutoconfigReader.read(write("gmail.xml", """
				<clientConfig version="1.1"><emailProvider id="googlemail.com">
				  <domain>gmail.com</domain><domain>googlemail.com</domain>
				  <incomingServer type="imap"><hostname>imap.gmail.com</hostname><port>993</port>
				    <socketType>SSL</socketType><username>%EMAILADDRESS%</username>
				    <authentication>OAuth2</authentication><authentication>password-cleartext</authentication>
				  </incomingServer>
				  <outgoingServer type="smtp"><hostname>smtp.gmail.com</hostname><port>465</port>
				    <socketType>SSL</socketType><authentication>OAuth2</authentication></outgoingServer>
				  <enable visiturl="https://mail.google.com/mail/?ui=2&amp;shva=1#settings/fwdandpop">
				    <instruction>You need to enable IMAP access</instruction></enable>
				</emailProvider></clientConfig>
				"""));
		assertEquals(Optional.of(Authentication.PASSWORD_CLEARTEXT), preset.imap().orElseThrow().authentication());
		assertTrue(preset.smtp().isEmpty(), "an SMTP server with OAuth2 only cannot be used");
		assertEquals("You need to enable IMAP access", preset.notes().get(0).text());
		assertEquals(Optional.of("https://mail.google.com/mail/?ui=2&shva=1#settings/fwdandpop"),
				preset.notes().get(0).url());
		assertEquals("googlemail.com", preset.name(), "the id names a provider without displayName");
	}

	@Test
	void passwordEncryptedAndPlainSocketAreKept() throws Exception {
		ProviderPreset preset = AutoconfigReader.read(write("nifty.xml", """
				<clientConfig version="1.1"><emailProvider id="nifty.com"><domain>nifty.com</domain>
				  <incomingServer type="pop3"><hostname>pop.nifty.com</hostname><port>110</port>
				    <socketType>plain</socketType><username>%EMAILLOCALPART%</username>
				    <authentication>password-encrypted</authentication></incomingServer>
				</emailProvider></clientConfig>
				"""));
		ServerPreset pop3 = preset.pop3().orElseThrow();
		assertEquals(Optional.of(Security.NONE), pop3.security());
		assertEquals(Optional.of(Authentication.PASSWORD_ENCRYPTED), pop3.authentication());
		assertEquals(Optional.of(UserNameForm.LOCAL_PART), preset.userNameForm());
	}

	@Test
	void firstServerOfATypeWins() throws Exception {
		ProviderPreset preset = AutoconfigReader.read(write("two.xml", """
				<clientConfig version="1.1"><emailProvider id="example.jp"><domain>example.jp</domain>
				  <incomingServer type="pop3"><hostname>pop1.example.jp</hostname><port>995</port><socketType>SSL</socketType></incomingServer>
				  <incomingServer type="pop3"><hostname>pop2.example.jp</hostname><port>110</port><socketType>STARTTLS</socketType></incomingServer>
				</emailProvider></clientConfig>
				"""));
		assertEquals(Optional.of("pop1.example.jp"), preset.pop3().orElseThrow().hostTemplate());
	}

	@ParameterizedTest
	@ValueSource(strings = { "<clientConfig",
			"<notConfig/>",
			"<clientConfig version=\"1.1\"/>",
			"<clientConfig><emailProvider id=\"x.jp\"><incomingServer type=\"pop3\"><hostname>a.x.jp</hostname></incomingServer></emailProvider></clientConfig>",
			"<clientConfig><emailProvider id=\"x.jp\"><domain>x.jp</domain></emailProvider></clientConfig>",
			"<clientConfig><emailProvider id=\"x.jp\"><domain>x.jp</domain><incomingServer type=\"pop3\"><hostname>a.x.jp</hostname><port>99999</port></incomingServer></emailProvider></clientConfig>",
			"<clientConfig><emailProvider id=\"x.jp\"><domain>x.jp</domain><incomingServer type=\"pop3\"><hostname>bad host</hostname></incomingServer></emailProvider></clientConfig>",
			"<clientConfig><emailProvider id=\"x.jp\"><domain>not a domain</domain><incomingServer type=\"pop3\"><hostname>a.x.jp</hostname></incomingServer></emailProvider></clientConfig>" })
	void malformedFilesAreRejectedWithAReason(String content) throws IOException {
		Path file = write("bad.xml", content);
		PresetFormatException e = assertThrows(PresetFormatException.class, () -> AutoconfigReader.read(file));
		assertFalse(e.getMessage().isBlank());
	}

	@Test
	void externalEntitiesAreNeverResolved() throws IOException {
		Path secret = write("secret.txt", "TOPSECRET");
		Path file = write("xxe.xml", "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x SYSTEM \"" + secret.toUri()
				+ "\">]><clientConfig><emailProvider id=\"x.jp\"><domain>x.jp</domain><displayName>&x;</displayName>"
				+ "<incomingServer type=\"pop3\"><hostname>a.x.jp</hostname></incomingServer></emailProvider></clientConfig>");
		PresetFormatException e = assertThrows(PresetFormatException.class, () -> AutoconfigReader.read(file));
		assertFalse(e.getMessage().contains("TOPSECRET"));
	}

	@Test
	void oversizedFilesAreRejected() throws IOException {
		Path file = write("big.xml", "<clientConfig>" + " ".repeat((int) AutoconfigReader.MAX_FILE_BYTES) + "</clientConfig>");
		assertThrows(PresetFormatException.class, () -> AutoconfigReader.read(file));
	}
}
