package org.qslmail.cli.internal.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.qslmail.cli.ExitCode;
import org.qslmail.cli.UsageException;
import org.qslmail.presets.Authentication;
import org.qslmail.presets.PresetNote;
import org.qslmail.presets.PresetProblem;
import org.qslmail.presets.PresetRegistry;
import org.qslmail.presets.PresetSource;
import org.qslmail.presets.Protocol;
import org.qslmail.presets.ProviderPreset;
import org.qslmail.presets.Security;
import org.qslmail.presets.ServerPreset;
import org.qslmail.presets.UserNameForm;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** What {@code qslmail presets} prints for a registry with one complete, one unknown and one broken preset. */
class PresetsCommandTest {

	private static final PresetSource SOURCE = new PresetSource(PresetSource.Kind.PLUG_IN, "org.example.presets");

	private static PresetRegistry registry() {
		ProviderPreset biglobe = new ProviderPreset("jp.biglobe", "BIGLOBE", List.of("biglobe.ne.jp"),
				Optional.of(new ServerPreset(Protocol.SMTP, Optional.of("mail.biglobe.ne.jp"), OptionalInt.of(465),
						Optional.of(Security.SSL_TLS), Optional.of(Authentication.PASSWORD_CLEARTEXT), false)),
				Optional.of(new ServerPreset(Protocol.POP3, Optional.of("mail.biglobe.ne.jp"), OptionalInt.of(995),
						Optional.of(Security.SSL_TLS), Optional.empty(), false)),
				Optional.empty(), Optional.of(UserNameForm.FULL_ADDRESS),
				List.of(new PresetNote("Enable POP.", Optional.empty())), Optional.empty(), SOURCE);
		ProviderPreset eo = new ProviderPreset("jp.eonet", "eo", List.of("eonet.ne.jp"), Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), SOURCE);
		List<ProviderPreset> presets = List.of(biglobe, eo);
		List<PresetProblem> problems = List.of(new PresetProblem(SOURCE, "The port \"x\" is not a number."));
		return new PresetRegistry() {
			@Override
			public List<ProviderPreset> presets() {
				return presets;
			}

			@Override
			public Optional<ProviderPreset> preset(String id) {
				return presets.stream().filter(p -> p.id().equals(id)).findFirst();
			}

			@Override
			public Optional<ProviderPreset> forAddress(String address) {
				return Optional.empty();
			}

			@Override
			public List<PresetProblem> problems() {
				return problems;
			}
		};
	}

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	private int run(String... arguments) {
		PresetsCommand command = new PresetsCommand();
		command.setRegistry(registry());
		return command.run(List.of(arguments), new PrintWriter(out, true), new PrintWriter(err, true));
	}

	@Test
	void textListsServersAndUnknownOnesAsDetect() {
		assertEquals(ExitCode.OK, run());
		String[] lines = out.toString().split("\\R");
		assertEquals("jp.biglobe\tBIGLOBE\tbiglobe.ne.jp\tsmtp mail.biglobe.ne.jp:465 ssl\tpop3 mail.biglobe.ne.jp:995 ssl", lines[0]);
		assertEquals("jp.eonet\teo\teonet.ne.jp\tdetect\tdetect", lines[1]);
		assertTrue(err.toString().contains("org.example.presets") && err.toString().contains("\"x\""), err.toString());
	}

	@Test
	void jsonHasEveryValueAndTheProblems() {
		assertEquals(ExitCode.OK, run("--json"));
		JsonObject root = JsonParser.parseString(out.toString()).getAsJsonObject();
		JsonObject biglobe = root.getAsJsonArray("presets").get(0).getAsJsonObject();
		assertEquals(465, biglobe.getAsJsonObject("smtp").get("port").getAsInt());
		assertEquals("password-cleartext", biglobe.getAsJsonObject("smtp").get("authentication").getAsString());
		assertTrue(biglobe.getAsJsonObject("pop3").get("authentication").isJsonNull());
		assertTrue(biglobe.get("imap").isJsonNull());
		assertEquals("fullAddress", biglobe.get("userName").getAsString());
		assertEquals("org.example.presets", biglobe.get("source").getAsString());
		assertEquals(1, root.getAsJsonArray("problems").size());
	}

	@Test
	void unknownArgumentIsAUsageError() {
		assertThrows(UsageException.class, () -> run("--xml"));
	}
}
