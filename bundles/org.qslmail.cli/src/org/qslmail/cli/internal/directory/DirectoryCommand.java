package org.qslmail.cli.internal.directory;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.qslmail.cli.CliCommand;
import org.qslmail.cli.ExitCode;
import org.qslmail.cli.UsageException;
import org.qslmail.cli.internal.Messages;
import org.qslmail.cli.internal.mail.MailAccountOptions;
import org.qslmail.core.Callsign;
import org.qslmail.directory.DirectoryClient;
import org.qslmail.directory.DirectoryException;
import org.qslmail.directory.DirectoryLocation;
import org.qslmail.directory.DirectorySession;
import org.qslmail.directory.DirectoryStatus;
import org.qslmail.mail.MailAccount;
import org.qslmail.mail.MailService;
import org.qslmail.registration.ProofResult;
import org.qslmail.registration.RegistrationProof;

import com.google.gson.GsonBuilder;

/**
 * {@code qslmail directory login|status|register|unregister|lookup}: the QSL directory from the command line.
 * Each call logs in afresh (no session is stored). {@code register} runs the whole proof: the directory mails a
 * token to the address, the receive check picks it up, the token is confirmed.
 */
@Component(service = CliCommand.class)
public final class DirectoryCommand implements CliCommand {

	static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
	private static final Set<String> COMMON = Set.of("server", "callsign", "directory-password-file", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"directory-password-env", "directory-timeout"); //$NON-NLS-1$ //$NON-NLS-2$

	private volatile DirectoryLocation location;
	private volatile MailService mail;
	private final Function<String, String> environment;
	private final Function<String, char[]> console;

	public DirectoryCommand() {
		this(System::getenv, prompt -> {
			Console c = System.console();
			return c == null ? null : c.readPassword("%s", prompt); //$NON-NLS-1$
		});
	}

	DirectoryCommand(Function<String, String> environment, Function<String, char[]> console) {
		this.environment = environment;
		this.console = console;
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "unsetLocation")
	void setLocation(DirectoryLocation l) {
		this.location = l;
	}

	void unsetLocation(DirectoryLocation l) {
		if (this.location == l) {
			this.location = null;
		}
	}

	@Reference(unbind = "unsetMailService")
	void setMailService(MailService m) {
		this.mail = m;
	}

	void unsetMailService(MailService m) {
		if (this.mail == m) {
			this.mail = null;
		}
	}

	@Override
	public String name() {
		return "directory"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Directory_summary;
	}

	@Override
	public String help() {
		return Messages.Directory_help + "\n\n" + Messages.Mail_accountOptionsHelp; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> arguments, PrintWriter out, PrintWriter err) {
		if (arguments.isEmpty()) {
			throw new UsageException(Messages.Directory_noSubcommand);
		}
		String sub = arguments.get(0);
		List<String> rest = arguments.subList(1, arguments.size());
		Set<String> values = new LinkedHashSet<>(COMMON);
		Set<String> flags = new LinkedHashSet<>(Set.of("json")); //$NON-NLS-1$
		switch (sub) {
		case "login" -> flags.add("create"); //$NON-NLS-1$ //$NON-NLS-2$
		case "register" -> values.add("wait"); //$NON-NLS-1$ //$NON-NLS-2$
		case "lookup" -> values.add("calls-file"); //$NON-NLS-1$ //$NON-NLS-2$
		case "status", "unregister" -> { //$NON-NLS-1$ //$NON-NLS-2$
			// common options only
		}
		default -> throw new UsageException(NLS.bind(Messages.Directory_unknownSubcommand, sub));
		}
		DirectoryOptions o = DirectoryOptions.parse(rest, values, flags, sub.equals("register"), sub.equals("lookup")); //$NON-NLS-1$ //$NON-NLS-2$
		Callsign callsign = o.callsign();
		List<Callsign> calls = sub.equals("lookup") ? calls(o) : List.of(); //$NON-NLS-1$
		MailAccount account = sub.equals("register") ? MailAccountOptions.account(o.mailArguments, environment, false, true) : null; //$NON-NLS-1$
		URI server = server(o);
		char[] password = o.password("directory-", environment, console, //$NON-NLS-1$
				NLS.bind(Messages.Directory_passwordPrompt, callsign.text()));
		DirectoryClient client = new DirectoryClient(server, o.seconds("directory-timeout", DEFAULT_TIMEOUT)); //$NON-NLS-1$
		boolean json = o.flag("json"); //$NON-NLS-1$
		try {
			if (o.flag("create")) { //$NON-NLS-1$
				client.createStation(callsign.text(), password);
				if (!json) {
					out.println(NLS.bind(Messages.Directory_created, callsign.text()));
				}
			}
			DirectorySession session = client.login(callsign.text(), password);
			return switch (sub) {
			case "login", "status" -> printStatus(out, json, client.status(session), //$NON-NLS-1$ //$NON-NLS-2$
					sub.equals("login") ? NLS.bind(Messages.Directory_loggedIn, session.callsign()) : null); //$NON-NLS-1$
			case "unregister" -> { //$NON-NLS-1$
				DirectoryStatus status = client.unregister(session);
				yield printStatus(out, json, status, NLS.bind(Messages.Directory_unregistered, status.callsign()));
			}
			case "register" -> register(client, session, account, o, out, err, json); //$NON-NLS-1$
			default -> lookup(client, session, calls, out, json);
			};
		} catch (DirectoryException e) {
			if (json) {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("ok", false); //$NON-NLS-1$
				m.put("problem", e.problem().name().toLowerCase(java.util.Locale.ROOT)); //$NON-NLS-1$
				m.put("message", e.getMessage()); //$NON-NLS-1$
				out.println(json(m));
			}
			err.println(e.getMessage());
			return ExitCode.FAILED;
		} finally {
			java.util.Arrays.fill(password, '\0');
		}
	}

	private URI server(DirectoryOptions o) {
		if (o.get("server") != null) { //$NON-NLS-1$
			return DirectoryOptions.server(o.get("server")); //$NON-NLS-1$
		}
		DirectoryLocation l = location;
		Optional<URI> uri = l == null ? Optional.empty() : l.uri();
		return uri.orElseThrow(() -> new UsageException(Messages.Directory_noServer));
	}

	private int register(DirectoryClient client, DirectorySession session, MailAccount account, DirectoryOptions o,
			PrintWriter out, PrintWriter err, boolean json) throws DirectoryException {
		MailService m = mail;
		if (m == null) {
			throw new IllegalStateException("no mail service"); //$NON-NLS-1$
		}
		Duration wait = o.seconds("wait", account.timeout()); //$NON-NLS-1$
		ProofResult result = new RegistrationProof(m).register(client, session, account, wait, new NullProgressMonitor());
		if (json) {
			Map<String, Object> map = statusMap(result.status());
			map.put("ok", result.registered()); //$NON-NLS-1$
			map.put("attempts", result.attempts()); //$NON-NLS-1$
			result.receive().ifPresent(r -> {
				map.put("receiveCategory", r.ok() ? null : r.category().id()); //$NON-NLS-1$
				map.put("receiveCode", r.code()); //$NON-NLS-1$
			});
			map.put("message", result.message().orElse(null)); //$NON-NLS-1$
			out.println(json(map));
		} else if (result.registered()) {
			out.println(NLS.bind(Messages.Directory_registered, result.status().callsign(), result.status().address().orElse(""))); //$NON-NLS-1$
		}
		if (!result.registered()) {
			err.println(NLS.bind(Messages.Directory_notRegistered, result.message().orElse(""))); //$NON-NLS-1$
			return ExitCode.FAILED;
		}
		return ExitCode.OK;
	}

	private static List<Callsign> calls(DirectoryOptions o) {
		List<String> words = new ArrayList<>(o.words);
		String file = o.get("calls-file"); //$NON-NLS-1$
		if (file != null) {
			try {
				for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
					int hash = line.indexOf('#');
					String text = hash >= 0 ? line.substring(0, hash) : line;
					for (String word : text.split("[\\s,;]+")) { //$NON-NLS-1$
						if (!word.isBlank()) {
							words.add(word);
						}
					}
				}
			} catch (IOException e) {
				throw new UsageException(NLS.bind(Messages.Directory_callsFileUnreadable, file, e.getMessage()));
			}
		}
		if (words.isEmpty()) {
			throw new UsageException(Messages.Directory_noCalls);
		}
		Set<Callsign> calls = new LinkedHashSet<>();
		for (String word : words) {
			calls.add(DirectoryOptions.callsign(word));
		}
		return List.copyOf(calls);
	}

	private static int lookup(DirectoryClient client, DirectorySession session, List<Callsign> calls, PrintWriter out,
			boolean json) throws DirectoryException {
		Map<Callsign, Optional<String>> found = client.lookup(session, calls);
		if (json) {
			Map<String, Object> addresses = new LinkedHashMap<>();
			found.forEach((call, address) -> addresses.put(call.text(), address.orElse(null)));
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("ok", true); //$NON-NLS-1$
			m.put("addresses", addresses); //$NON-NLS-1$
			out.println(json(m));
		} else {
			int width = calls.stream().mapToInt(c -> c.text().length()).max().orElse(0);
			found.forEach((call, address) -> out.println(String.format("%-" + width + "s  %s", call.text(), //$NON-NLS-1$ //$NON-NLS-2$
					address.orElse(Messages.Directory_lookupNone))));
		}
		return ExitCode.OK;
	}

	private static int printStatus(PrintWriter out, boolean json, DirectoryStatus status, String headline) {
		if (json) {
			Map<String, Object> m = statusMap(status);
			m.put("ok", true); //$NON-NLS-1$
			out.println(json(m));
			return ExitCode.OK;
		}
		if (headline != null) {
			out.println(headline);
		}
		out.println(status.address().map(a -> NLS.bind(Messages.Directory_statusRegistered, status.callsign(), a))
				.orElse(NLS.bind(Messages.Directory_statusNone, status.callsign())));
		status.pendingAddress().ifPresent(p -> out.println(NLS.bind(Messages.Directory_statusPending, p)));
		return ExitCode.OK;
	}

	private static Map<String, Object> statusMap(DirectoryStatus status) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("callsign", status.callsign()); //$NON-NLS-1$
		m.put("address", status.address().orElse(null)); //$NON-NLS-1$
		m.put("pendingAddress", status.pendingAddress().orElse(null)); //$NON-NLS-1$
		return m;
	}

	static String json(Object value) {
		return new GsonBuilder().serializeNulls().disableHtmlEscaping().create().toJson(value);
	}
}
