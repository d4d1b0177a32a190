package org.qslmail.cli.internal.presets;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.qslmail.cli.CliCommand;
import org.qslmail.cli.ExitCode;
import org.qslmail.cli.UsageException;
import org.qslmail.cli.internal.Messages;
import org.qslmail.presets.PresetProblem;
import org.qslmail.presets.PresetRegistry;
import org.qslmail.presets.ProviderPreset;
import org.qslmail.presets.ServerPreset;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/** {@code qslmail presets [--json]}: the provider presets known now, and contributions that are broken. */
@Component(service = CliCommand.class)
public final class PresetsCommand implements CliCommand {

	private PresetRegistry registry;

	@Reference
	void setRegistry(PresetRegistry registry) {
		this.registry = registry;
	}

	@Override
	public String name() {
		return "presets"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.PresetsCommand_summary;
	}

	@Override
	public String help() {
		return Messages.PresetsCommand_help;
	}

	@Override
	public int run(List<String> arguments, PrintWriter out, PrintWriter err) {
		boolean json = false;
		for (String argument : arguments) {
			if (argument.equals("--json")) { //$NON-NLS-1$
				json = true;
			} else {
				throw new UsageException(NLS.bind(Messages.CommandDispatcher_unexpectedArgument, argument));
			}
		}
		List<ProviderPreset> presets = registry.presets();
		List<PresetProblem> problems = registry.problems();
		if (json) {
			out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(toJson(presets, problems)));
		} else {
			for (ProviderPreset preset : presets) {
				out.println(NLS.bind(Messages.PresetsCommand_line, new Object[] { preset.id(), preset.name(),
						preset.domains().isEmpty() ? "-" : String.join(" ", preset.domains()), //$NON-NLS-1$ //$NON-NLS-2$
						server(preset.smtp()), server(preset.pop3().or(preset::imap)) }));
			}
			for (PresetProblem problem : problems) {
				err.println(NLS.bind(Messages.PresetsCommand_problem, problem.source().contributor(), problem.message()));
			}
		}
		return ExitCode.OK;
	}

	private static String server(Optional<ServerPreset> server) {
		if (server.isEmpty()) {
			return Messages.PresetsCommand_detect;
		}
		ServerPreset s = server.get();
		return s.protocol().key() + ' ' + s.hostTemplate().orElse("?") + ':' //$NON-NLS-1$
				+ (s.port().isPresent() ? Integer.toString(s.port().getAsInt()) : "?") //$NON-NLS-1$
				+ s.security().map(sec -> ' ' + sec.key()).orElse(""); //$NON-NLS-1$
	}

	private static JsonObject toJson(List<ProviderPreset> presets, List<PresetProblem> problems) {
		JsonArray list = new JsonArray();
		for (ProviderPreset preset : presets) {
			JsonObject p = new JsonObject();
			p.addProperty("id", preset.id()); //$NON-NLS-1$
			p.addProperty("name", preset.name()); //$NON-NLS-1$
			JsonArray domains = new JsonArray();
			preset.domains().forEach(domains::add);
			p.add("domains", domains); //$NON-NLS-1$
			p.add("smtp", server(preset.smtp().orElse(null))); //$NON-NLS-1$
			p.add("pop3", server(preset.pop3().orElse(null))); //$NON-NLS-1$
			p.add("imap", server(preset.imap().orElse(null))); //$NON-NLS-1$
			p.addProperty("userName", preset.userNameForm().map(f -> f.key()).orElse(null)); //$NON-NLS-1$
			JsonArray notes = new JsonArray();
			preset.notes().forEach(note -> {
				JsonObject n = new JsonObject();
				n.addProperty("text", note.text()); //$NON-NLS-1$
				n.addProperty("url", note.url().orElse(null)); //$NON-NLS-1$
				notes.add(n);
			});
			p.add("notes", notes); //$NON-NLS-1$
			p.addProperty("source", preset.source().contributor()); //$NON-NLS-1$
			p.addProperty("sourceKind", preset.source().kind().name().toLowerCase(java.util.Locale.ROOT)); //$NON-NLS-1$
			list.add(p);
		}
		JsonArray broken = new JsonArray();
		for (PresetProblem problem : problems) {
			JsonObject b = new JsonObject();
			b.addProperty("source", problem.source().contributor()); //$NON-NLS-1$
			b.addProperty("message", problem.message()); //$NON-NLS-1$
			broken.add(b);
		}
		JsonObject root = new JsonObject();
		root.add("presets", list); //$NON-NLS-1$
		root.add("problems", broken); //$NON-NLS-1$
		return root;
	}

	private static JsonElement server(ServerPreset server) {
		if (server == null) {
			return JsonNull.INSTANCE;
		}
		JsonObject s = new JsonObject();
		s.addProperty("host", server.hostTemplate().orElse(null)); //$NON-NLS-1$
		s.addProperty("port", server.port().isPresent() ? server.port().getAsInt() : null); //$NON-NLS-1$
		s.addProperty("security", server.security().map(x -> x.key()).orElse(null)); //$NON-NLS-1$
		s.addProperty("authentication", server.authentication().map(x -> x.key()).orElse(null)); //$NON-NLS-1$
		s.addProperty("apop", server.apop()); //$NON-NLS-1$
		return s;
	}
}
