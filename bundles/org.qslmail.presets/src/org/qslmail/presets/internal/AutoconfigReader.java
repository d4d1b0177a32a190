package org.qslmail.presets.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.osgi.util.NLS;
import org.qslmail.presets.Authentication;
import org.qslmail.presets.Placeholders;
import org.qslmail.presets.PresetNote;
import org.qslmail.presets.PresetSource;
import org.qslmail.presets.Protocol;
import org.qslmail.presets.ProviderPreset;
import org.qslmail.presets.Security;
import org.qslmail.presets.ServerPreset;
import org.qslmail.presets.UserNameForm;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads a Thunderbird autoconfig file ({@code config-v1.1.xml}, the ISPDB format) into a preset: the
 * first usable server of each type wins, as in Thunderbird; OAuth2, GSSAPI and NTLM are skipped since
 * QSL Mail logs in with a password. Files are untrusted: no DTDs, no external entities, 1 MB at most.
 */
final class AutoconfigReader {

	static final long MAX_FILE_BYTES = 1 << 20;

	private AutoconfigReader() {
	}

	static ProviderPreset read(Path file) throws PresetFormatException {
		PresetSource source = new PresetSource(PresetSource.Kind.AUTOCONFIG_FILE, file.toString());
		try {
			if (Files.size(file) > MAX_FILE_BYTES) {
				throw new PresetFormatException(NLS.bind(Messages.Autoconfig_tooLarge, MAX_FILE_BYTES));
			}
			try (InputStream in = Files.newInputStream(file)) {
				return read(parse(in), source);
			}
		} catch (IOException e) {
			throw new PresetFormatException(NLS.bind(Messages.Autoconfig_unreadable, e.getMessage()), e);
		}
	}

	private static Document parse(InputStream in) throws PresetFormatException, IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
			factory.setExpandEntityReferences(false);
			factory.setXIncludeAware(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(in);
		} catch (SAXException | ParserConfigurationException e) {
			throw new PresetFormatException(NLS.bind(Messages.Autoconfig_notXml, e.getMessage()), e);
		}
	}

	private static ProviderPreset read(Document document, PresetSource source) throws PresetFormatException {
		Element root = document.getDocumentElement();
		if (!"clientConfig".equals(root.getTagName())) { //$NON-NLS-1$
			throw new PresetFormatException(NLS.bind(Messages.Autoconfig_wrongRoot, root.getTagName()));
		}
		Element provider = child(root, "emailProvider") //$NON-NLS-1$
				.orElseThrow(() -> new PresetFormatException(Messages.Autoconfig_noProvider));
		String id = PresetValidation.id(provider.getAttribute("id")); //$NON-NLS-1$
		List<String> domains = new ArrayList<>();
		for (Element domain : children(provider, "domain")) { //$NON-NLS-1$
			domains.add(PresetValidation.domain(domain.getTextContent()));
		}
		if (domains.isEmpty()) {
			throw new PresetFormatException(Messages.Autoconfig_noDomain);
		}
		String name = text(provider, "displayName").orElse(id); //$NON-NLS-1$

		List<Element> servers = new ArrayList<>(children(provider, "incomingServer")); //$NON-NLS-1$
		servers.addAll(children(provider, "outgoingServer")); //$NON-NLS-1$
		Optional<ServerPreset> smtp = Optional.empty();
		Optional<ServerPreset> pop3 = Optional.empty();
		Optional<ServerPreset> imap = Optional.empty();
		Optional<UserNameForm> userNameForm = Optional.empty();
		for (Element server : servers) {
			Optional<Protocol> protocol = protocol(server.getAttribute("type")); //$NON-NLS-1$
			Optional<Authentication> authentication = authentication(server);
			if (protocol.isEmpty() || authentication.isEmpty()) {
				continue; // nntp, exchange, or only OAuth2/GSSAPI/NTLM
			}
			ServerPreset preset = server(server, protocol.get(), authentication.get());
			switch (protocol.get()) {
			case SMTP -> smtp = smtp.or(() -> Optional.of(preset));
			case POP3 -> pop3 = pop3.or(() -> Optional.of(preset));
			case IMAP -> imap = imap.or(() -> Optional.of(preset));
			}
			if (userNameForm.isEmpty()) {
				userNameForm = text(server, "username").flatMap(AutoconfigReader::userNameForm); //$NON-NLS-1$
			}
		}
		if (smtp.isEmpty() && pop3.isEmpty() && imap.isEmpty()) {
			throw new PresetFormatException(Messages.Autoconfig_noServer);
		}
		List<PresetNote> notes = new ArrayList<>();
		for (Element enable : children(provider, "enable")) { //$NON-NLS-1$
			Optional<String> url = attribute(enable, "visiturl"); //$NON-NLS-1$
			for (Element instruction : children(enable, "instruction")) { //$NON-NLS-1$
				notes.add(new PresetNote(instruction.getTextContent().strip(), url));
			}
		}
		Optional<String> documentation = child(provider, "documentation").flatMap(d -> attribute(d, "url")); //$NON-NLS-1$ //$NON-NLS-2$
		return new ProviderPreset(id, name, domains, smtp, pop3, imap, userNameForm, notes, documentation, source);
	}

	private static ServerPreset server(Element server, Protocol protocol, Authentication authentication)
			throws PresetFormatException {
		Optional<String> host = text(server, "hostname"); //$NON-NLS-1$
		if (host.isPresent()) {
			PresetValidation.host(host.get());
		}
		OptionalInt port = PresetValidation.port(text(server, "port").orElse(null)); //$NON-NLS-1$
		Optional<Security> security = text(server, "socketType").map(s -> switch (s.toLowerCase(Locale.ROOT)) { //$NON-NLS-1$
		case "ssl" -> Security.SSL_TLS; //$NON-NLS-1$
		case "starttls" -> Security.STARTTLS; //$NON-NLS-1$
		case "plain" -> Security.NONE; //$NON-NLS-1$
		default -> null;
		});
		return new ServerPreset(protocol, host, port, security, Optional.of(authentication), false);
	}

	private static Optional<Protocol> protocol(String type) {
		return switch (type) {
		case "smtp" -> Optional.of(Protocol.SMTP); //$NON-NLS-1$
		case "pop3" -> Optional.of(Protocol.POP3); //$NON-NLS-1$
		case "imap" -> Optional.of(Protocol.IMAP); //$NON-NLS-1$
		default -> Optional.empty();
		};
	}

	/** The first authentication QSL Mail can do; several are listed in order of preference. */
	private static Optional<Authentication> authentication(Element server) {
		List<Element> listed = children(server, "authentication"); //$NON-NLS-1$
		if (listed.isEmpty()) {
			return Optional.of(Authentication.PASSWORD_CLEARTEXT); // the format's default
		}
		for (Element element : listed) {
			Optional<Authentication> known = switch (element.getTextContent().strip()) {
			case "password-cleartext", "plain" -> Optional.of(Authentication.PASSWORD_CLEARTEXT); //$NON-NLS-1$ //$NON-NLS-2$
			case "password-encrypted", "secure" -> Optional.of(Authentication.PASSWORD_ENCRYPTED); //$NON-NLS-1$ //$NON-NLS-2$
			case "none", "client-IP-address", "smtp-after-pop" -> Optional.of(Authentication.NONE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			default -> Optional.empty();
			};
			if (known.isPresent()) {
				return known;
			}
		}
		return Optional.empty();
	}

	private static Optional<UserNameForm> userNameForm(String template) {
		return switch (template.strip()) {
		case Placeholders.EMAIL_ADDRESS -> Optional.of(UserNameForm.FULL_ADDRESS);
		case Placeholders.EMAIL_LOCAL_PART -> Optional.of(UserNameForm.LOCAL_PART);
		default -> Optional.empty();
		};
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && name.equals(element.getTagName())) {
				found.add(element);
			}
		}
		return found;
	}

	private static Optional<Element> child(Element parent, String name) {
		return children(parent, name).stream().findFirst();
	}

	private static Optional<String> text(Element parent, String name) {
		return child(parent, name).map(e -> e.getTextContent().strip()).filter(s -> !s.isEmpty());
	}

	private static Optional<String> attribute(Element element, String name) {
		String value = element.getAttribute(name);
		return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
	}
}
