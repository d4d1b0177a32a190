package org.qslmail.exchange.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qslmail.core.LogZone;

/** Template files: the built-in design, round trips, and clear errors for broken files. */
class CardTemplatesTest {

	@TempDir
	Path folder;

	@Test
	void builtInTemplateHasEveryField() {
		CardTemplate template = CardTemplates.defaultTemplate();
		assertEquals(1200, template.width());
		assertEquals(LogZone.JST, template.timeZone());
		List<Field> fields = template.elements().stream().filter(e -> e instanceof CardElement.FieldText)
				.map(e -> ((CardElement.FieldText) e).field()).sorted().toList();
		assertEquals(List.of(Field.values()), fields);
		assertTrue(template.elements().stream().anyMatch(e -> e instanceof CardElement.QrCode));
	}

	@Test
	void writtenTemplateReadsBackEqualWithARelativeBackground() throws Exception {
		Path image = Files.writeString(folder.resolve("bg.png"), "not read here");
		CardTemplate template = new CardTemplate(800, 500, Optional.of(image), 0x112233, LogZone.UTC,
				CardTemplate.BandStyle.FREQUENCY,
				List.of(new CardElement.FieldText(Field.PARTNER_CALL, 10, 60,
						new TextStyle("Serif", 48, true, 0xAA0000, TextStyle.Align.CENTER)),
						new CardElement.FixedText("To Radio  宛", 10, 20, TextStyle.DEFAULT),
						new CardElement.QrCode(600, 300, 150)));
		Path file = folder.resolve("club.qslcard.xml");
		CardTemplates.write(template, file);
		assertTrue(Files.readString(file).contains("background=\"bg.png\""), "relative, so the pair can be shared");
		assertEquals(template, CardTemplates.read(file));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"<cardTemplate version='1' width='50' height='500'/>|width=\"50\"",
			"<cardTemplate version='1' width='800' height='500' timeZone='CET'/>|timeZone=\"CET\"",
			"<cardTemplate version='2' width='800' height='500'/>|version",
			"<cardTemplate version='1' width='800' height='500'><field name='qth' x='1' y='1'/></cardTemplate>|qth",
			"<cardTemplate version='1' width='800' height='500'><field name='rst' x='900' y='1'/></cardTemplate>|x=\"900\"",
			"<cardTemplate version='1' width='800' height='500'><text x='1' y='1' color='red'>A</text></cardTemplate>|#RRGGBB",
			"<cardTemplate version='1' width='800' height='500'><image x='1' y='1'/></cardTemplate>|<image>",
			"<cardTemplate version='1' width='800' height='500'><text x='1' y='1' align='middle'>A</text></cardTemplate>|middle",
			"<card/>|<card>",
			"<cardTemplate|XML" })
	void brokenTemplatesSayWhatToFix(String xml, String mentioned) throws Exception {
		Path file = Files.writeString(folder.resolve("broken.qslcard.xml"), xml.replace('\'', '"'));
		TemplateException e = assertThrows(TemplateException.class, () -> CardTemplates.read(file));
		assertTrue(e.getMessage().contains(mentioned), e.getMessage());
	}

	@Test
	void entitiesAreNeverExpanded() throws Exception {
		Path secret = Files.writeString(folder.resolve("secret.txt"), "TOPSECRET");
		Path file = Files.writeString(folder.resolve("x.qslcard.xml"), "<!DOCTYPE c [<!ENTITY s SYSTEM \""
				+ secret.toUri() + "\">]><cardTemplate version=\"1\" width=\"800\" height=\"500\"><text x=\"1\" y=\"1\">&s;</text></cardTemplate>");
		TemplateException e = assertThrows(TemplateException.class, () -> CardTemplates.read(file));
		assertFalse(e.getMessage().contains("TOPSECRET"));
	}
}
