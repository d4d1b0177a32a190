package org.qslmail.exchange.card;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.eclipse.osgi.util.NLS;
import org.qslmail.core.LogZone;
import org.qslmail.exchange.internal.Messages;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads and writes card templates: an XML file ({@code *.qslcard.xml}) next to its background image, so
 * a design can be shared as two files. The format is described in docs/cards.md.
 */
public final class CardTemplates {

	public static final String FORMAT_VERSION = "1"; //$NON-NLS-1$
	private static final String ROOT = "cardTemplate"; //$NON-NLS-1$

	private CardTemplates() {
	}

	/** The built-in design, used until the station makes its own. */
	public static CardTemplate defaultTemplate() {
		try (InputStream in = CardTemplates.class.getResourceAsStream("/templates/default.qslcard.xml")) { //$NON-NLS-1$
			return read(in, null);
		} catch (IOException | TemplateException e) {
			throw new IllegalStateException("the built-in card template is broken", e); //$NON-NLS-1$
		}
	}

	public static CardTemplate read(Path file) throws TemplateException {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, file.toAbsolutePath().getParent());
		} catch (IOException e) {
			throw new TemplateException(NLS.bind(Messages.CardTemplates_unreadable, file, e.getMessage()), e);
		}
	}

	/** @param folder where a relative background path points; null for none */
	static CardTemplate read(InputStream in, Path folder) throws TemplateException, IOException {
		Element root = parse(in).getDocumentElement();
		if (!ROOT.equals(root.getTagName())) {
			throw new TemplateException(NLS.bind(Messages.CardTemplates_wrongRoot, root.getTagName()));
		}
		String version = root.getAttribute("version"); //$NON-NLS-1$
		if (!FORMAT_VERSION.equals(version)) {
			throw new TemplateException(NLS.bind(Messages.CardTemplates_wrongVersion, version, FORMAT_VERSION));
		}
		int width = integer(root, "width", CardTemplate.MIN_SIZE, CardTemplate.MAX_SIZE); //$NON-NLS-1$
		int height = integer(root, "height", CardTemplate.MIN_SIZE, CardTemplate.MAX_SIZE); //$NON-NLS-1$
		Optional<Path> background = Optional.empty();
		if (!root.getAttribute("background").isBlank()) { //$NON-NLS-1$
			Path image = Path.of(root.getAttribute("background")); //$NON-NLS-1$
			background = Optional.of(image.isAbsolute() || folder == null ? image : folder.resolve(image));
		}
		int backgroundRgb = root.hasAttribute("backgroundColor") ? color(root, "backgroundColor") : 0xFFFFFF; //$NON-NLS-1$ //$NON-NLS-2$
		LogZone zone = switch (root.getAttribute("timeZone")) { //$NON-NLS-1$
		case "JST", "" -> LogZone.JST; //$NON-NLS-1$ //$NON-NLS-2$
		case "UTC" -> LogZone.UTC; //$NON-NLS-1$
		default -> throw new TemplateException(NLS.bind(Messages.CardTemplates_badTimeZone, root.getAttribute("timeZone"))); //$NON-NLS-1$
		};
		CardTemplate.BandStyle bandStyle = switch (root.getAttribute("band")) { //$NON-NLS-1$
		case "band", "" -> CardTemplate.BandStyle.BAND; //$NON-NLS-1$ //$NON-NLS-2$
		case "frequency" -> CardTemplate.BandStyle.FREQUENCY; //$NON-NLS-1$
		default -> throw new TemplateException(NLS.bind(Messages.CardTemplates_badBandStyle, root.getAttribute("band"))); //$NON-NLS-1$
		};
		List<CardElement> elements = new ArrayList<>();
		for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				elements.add(element(element, width, height));
			}
		}
		return new CardTemplate(width, height, background, backgroundRgb, zone, bandStyle, elements);
	}

	private static CardElement element(Element element, int width, int height) throws TemplateException {
		int x = integer(element, "x", 0, width); //$NON-NLS-1$
		int y = integer(element, "y", 0, height); //$NON-NLS-1$
		return switch (element.getTagName()) {
		case "field" -> new CardElement.FieldText(Field.ofKey(element.getAttribute("name")).orElseThrow( //$NON-NLS-1$ //$NON-NLS-2$
				() -> new TemplateException(NLS.bind(Messages.CardTemplates_unknownField, element.getAttribute("name")))), //$NON-NLS-1$
				x, y, style(element));
		case "text" -> new CardElement.FixedText(element.getTextContent(), x, y, style(element)); //$NON-NLS-1$
		case "qr" -> new CardElement.QrCode(x, y, integer(element, "size", 21, Math.min(width, height))); //$NON-NLS-1$ //$NON-NLS-2$
		default -> throw new TemplateException(NLS.bind(Messages.CardTemplates_unknownElement, element.getTagName()));
		};
	}

	private static TextStyle style(Element element) throws TemplateException {
		String font = element.getAttribute("font").isBlank() ? TextStyle.DEFAULT.font() : element.getAttribute("font"); //$NON-NLS-1$ //$NON-NLS-2$
		int size = element.hasAttribute("size") ? integer(element, "size", 4, 1000) : TextStyle.DEFAULT.size(); //$NON-NLS-1$ //$NON-NLS-2$
		boolean bold = Boolean.parseBoolean(element.getAttribute("bold")); //$NON-NLS-1$
		int rgb = element.hasAttribute("color") ? color(element, "color") : TextStyle.DEFAULT.rgb(); //$NON-NLS-1$ //$NON-NLS-2$
		TextStyle.Align align;
		try {
			align = element.getAttribute("align").isBlank() ? TextStyle.Align.LEFT //$NON-NLS-1$
					: TextStyle.Align.valueOf(element.getAttribute("align").toUpperCase(Locale.ROOT)); //$NON-NLS-1$
		} catch (IllegalArgumentException e) {
			throw new TemplateException(NLS.bind(Messages.CardTemplates_badAlign, element.getAttribute("align"))); //$NON-NLS-1$
		}
		return new TextStyle(font, size, bold, rgb, align);
	}

	private static int integer(Element element, String attribute, int min, int max) throws TemplateException {
		String text = element.getAttribute(attribute);
		try {
			int value = Integer.parseInt(text.strip());
			if (value >= min && value <= max) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new TemplateException(NLS.bind(Messages.CardTemplates_badNumber,
				new Object[] { element.getTagName(), attribute, text, min, max }));
	}

	private static int color(Element element, String attribute) throws TemplateException {
		String text = element.getAttribute(attribute);
		if (text.matches("#[0-9A-Fa-f]{6}")) { //$NON-NLS-1$
			return Integer.parseInt(text.substring(1), 16);
		}
		throw new TemplateException(NLS.bind(Messages.CardTemplates_badColor, new Object[] { element.getTagName(), attribute, text }));
	}

	private static Document parse(InputStream in) throws TemplateException, IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
			factory.setExpandEntityReferences(false);
			var builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(in);
		} catch (SAXException | ParserConfigurationException e) {
			throw new TemplateException(NLS.bind(Messages.CardTemplates_notXml, e.getMessage()), e);
		}
	}

	/** Writes the template; a background inside {@code file}'s folder is written as a relative path. */
	public static void write(CardTemplate template, Path file) throws IOException {
		try {
			Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
			Element root = document.createElement(ROOT);
			document.appendChild(root);
			root.setAttribute("version", FORMAT_VERSION); //$NON-NLS-1$
			root.setAttribute("width", Integer.toString(template.width())); //$NON-NLS-1$
			root.setAttribute("height", Integer.toString(template.height())); //$NON-NLS-1$
			root.setAttribute("timeZone", template.timeZone().name()); //$NON-NLS-1$
			root.setAttribute("band", template.bandStyle().name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
			root.setAttribute("backgroundColor", hex(template.backgroundRgb())); //$NON-NLS-1$
			Path folder = file.toAbsolutePath().getParent();
			template.background().ifPresent(image -> {
				Path absolute = image.toAbsolutePath();
				root.setAttribute("background", //$NON-NLS-1$
						absolute.startsWith(folder) ? folder.relativize(absolute).toString().replace('\\', '/') : absolute.toString());
			});
			for (CardElement element : template.elements()) {
				root.appendChild(toXml(document, element));
			}
			var transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.INDENT, "yes"); //$NON-NLS-1$
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8"); //$NON-NLS-1$
			Path temporary = Files.createTempFile(folder, ".template", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
			try (OutputStream out = Files.newOutputStream(temporary)) {
				transformer.transform(new DOMSource(document), new StreamResult(out));
			}
			// Replace the old file only once the new one is complete.
			Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		} catch (ParserConfigurationException | TransformerException e) {
			throw new IOException(e);
		}
	}

	private static Element toXml(Document document, CardElement element) {
		Element xml = switch (element) {
		case CardElement.FieldText field -> {
			Element e = document.createElement("field"); //$NON-NLS-1$
			e.setAttribute("name", field.field().key()); //$NON-NLS-1$
			style(e, field.style());
			yield e;
		}
		case CardElement.FixedText text -> {
			Element e = document.createElement("text"); //$NON-NLS-1$
			e.setTextContent(text.text());
			style(e, text.style());
			yield e;
		}
		case CardElement.QrCode qr -> {
			Element e = document.createElement("qr"); //$NON-NLS-1$
			e.setAttribute("size", Integer.toString(qr.size())); //$NON-NLS-1$
			yield e;
		}
		};
		xml.setAttribute("x", Integer.toString(element.x())); //$NON-NLS-1$
		xml.setAttribute("y", Integer.toString(element.y())); //$NON-NLS-1$
		return xml;
	}

	private static void style(Element e, TextStyle style) {
		e.setAttribute("font", style.font()); //$NON-NLS-1$
		e.setAttribute("size", Integer.toString(style.size())); //$NON-NLS-1$
		e.setAttribute("bold", Boolean.toString(style.bold())); //$NON-NLS-1$
		e.setAttribute("color", hex(style.rgb())); //$NON-NLS-1$
		e.setAttribute("align", style.align().name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
	}

	private static String hex(int rgb) {
		return String.format("#%06X", rgb & 0xFFFFFF); //$NON-NLS-1$
	}
}
