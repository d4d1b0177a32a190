package org.qslmail.cli.internal.directory;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.qslmail.cli.UsageException;
import org.qslmail.cli.internal.Messages;
import org.qslmail.cli.internal.mail.MailAccountOptions;
import org.qslmail.core.Callsign;
import org.qslmail.core.InvalidInputException;

/**
 * The command line of the directory commands: own options, mail account options passed on (when the command
 * takes them) and positional words. Passwords never come from the command line: a file, an environment
 * variable or the terminal.
 */
final class DirectoryOptions {

	final Map<String, String> values = new LinkedHashMap<>();
	final List<String> mailArguments = new ArrayList<>();
	final List<String> words = new ArrayList<>();

	/**
	 * @param valueOptions own options with a value
	 * @param flags        own options without one
	 * @param mail         whether the mail account options are taken too
	 * @param positional   whether words other than options are taken
	 */
	static DirectoryOptions parse(List<String> arguments, Set<String> valueOptions, Set<String> flags, boolean mail,
			boolean positional) {
		DirectoryOptions o = new DirectoryOptions();
		for (int i = 0; i < arguments.size(); i++) {
			String a = arguments.get(i);
			if (!a.startsWith("--")) { //$NON-NLS-1$
				if (!positional) {
					throw new UsageException(NLS.bind(Messages.Directory_unexpected, a));
				}
				o.words.add(a);
				continue;
			}
			String name = a.substring(2);
			String value = null;
			int eq = name.indexOf('=');
			if (eq > 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			if (name.equals("password") || name.equals("directory-password") || name.equals("smtp-password")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				throw new UsageException(Messages.Directory_noPasswordOption);
			}
			if (flags.contains(name)) {
				o.values.put(name, value == null ? "true" : value); //$NON-NLS-1$
			} else if (valueOptions.contains(name)) {
				if (value == null) {
					if (i + 1 >= arguments.size()) {
						throw new UsageException(NLS.bind(Messages.Directory_missingValue, a));
					}
					value = arguments.get(++i);
				}
				o.values.put(name, value);
			} else if (mail && MailAccountOptions.NAMES.contains(name)) {
				o.mailArguments.add(a);
				if (value == null && MailAccountOptions.takesValue(name)) {
					if (i + 1 >= arguments.size()) {
						throw new UsageException(NLS.bind(Messages.Directory_missingValue, a));
					}
					o.mailArguments.add(arguments.get(++i));
				}
			} else {
				throw new UsageException(NLS.bind(Messages.Directory_unknownOption, a));
			}
		}
		return o;
	}

	String get(String name) {
		return values.get(name);
	}

	boolean flag(String name) {
		return "true".equalsIgnoreCase(values.get(name)); //$NON-NLS-1$
	}

	static Callsign callsign(String text) {
		try {
			return Callsign.parse(text);
		} catch (InvalidInputException e) {
			throw new UsageException(NLS.bind(Messages.Directory_badCallsign, text, e.getMessage()));
		}
	}

	Callsign callsign() {
		String text = get("callsign"); //$NON-NLS-1$
		if (text == null || text.isBlank()) {
			throw new UsageException(Messages.Directory_missingCallsign);
		}
		return callsign(text);
	}

	/** A duration in seconds, or {@code fallback}. */
	Duration seconds(String name, Duration fallback) {
		String text = get(name);
		if (text == null) {
			return fallback;
		}
		try {
			double seconds = Double.parseDouble(text.strip());
			if (seconds > 0 && seconds < 86_400) {
				return Duration.ofMillis((long) (seconds * 1000));
			}
		} catch (NumberFormatException e) {
			// below
		}
		throw new UsageException(NLS.bind(Messages.Directory_badValue, "--" + name, text)); //$NON-NLS-1$
	}

	int port(String name, int fallback) {
		String text = get(name);
		if (text == null) {
			return fallback;
		}
		try {
			int port = Integer.parseInt(text.strip());
			if (port >= 0 && port <= 65535) {
				return port;
			}
		} catch (NumberFormatException e) {
			// below
		}
		throw new UsageException(NLS.bind(Messages.Directory_badValue, "--" + name, text)); //$NON-NLS-1$
	}

	static URI server(String text) {
		try {
			URI uri = new URI(text.strip());
			if (uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) { //$NON-NLS-1$ //$NON-NLS-2$
				return uri;
			}
		} catch (java.net.URISyntaxException e) {
			// below
		}
		throw new UsageException(NLS.bind(Messages.Directory_badValue, "--server", text)); //$NON-NLS-1$
	}

	/**
	 * The password from {@code --<prefix>password-file}, {@code --<prefix>password-env} or the terminal.
	 *
	 * @param console asks on the terminal; returns null when there is none
	 */
	char[] password(String prefix, Function<String, String> environment, Function<String, char[]> console,
			String prompt) {
		String file = get(prefix + "password-file"); //$NON-NLS-1$
		String env = get(prefix + "password-env"); //$NON-NLS-1$
		if (file != null) {
			try {
				String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
				int end = text.indexOf('\n');
				String line = (end < 0 ? text : text.substring(0, end)).replace("\r", ""); //$NON-NLS-1$ //$NON-NLS-2$
				if (line.isEmpty()) {
					throw new UsageException(NLS.bind(Messages.Directory_passwordFileEmpty, file));
				}
				return line.toCharArray();
			} catch (IOException e) {
				throw new UsageException(NLS.bind(Messages.Directory_passwordFileUnreadable, file, e.getMessage()));
			}
		}
		if (env != null) {
			String value = environment.apply(env);
			if (value == null || value.isEmpty()) {
				throw new UsageException(NLS.bind(Messages.Directory_passwordEnvUnset, env));
			}
			return value.toCharArray();
		}
		char[] typed = console.apply(prompt);
		if (typed == null || typed.length == 0) {
			throw new UsageException(Messages.Directory_noPassword);
		}
		return typed;
	}
}
