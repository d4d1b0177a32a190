package org.qslmail.cli.internal.mail;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.qslmail.cli.CliCommand;
import org.qslmail.cli.internal.Messages;
import org.qslmail.mail.DetectOptions;
import org.qslmail.mail.DetectedSetting;
import org.qslmail.mail.MailService;

/** {@code qslmail detect}: presets, then guessed servers probed in parallel; ranked list. */
@Component(service = CliCommand.class)
public final class DetectCommand extends MailCommand {

	private static final Set<String> OPTIONS = Set.of("address", "timeout", "trust-ca", "pin", "json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	@Override
	@Reference(unbind = "unsetMailService")
	public void setMailService(MailService mailService) {
		super.setMailService(mailService);
	}

	@Override
	public String name() {
		return "detect"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Mail_detectSummary;
	}

	@Override
	public String help() {
		return Messages.Mail_detectHelp;
	}

	@Override
	public int run(List<String> arguments, PrintWriter out, PrintWriter err) {
		Options o = parse(arguments, OPTIONS);
		String address = required(o, "address"); //$NON-NLS-1$
		List<DetectedSetting> found = service().detect(address, new DetectOptions(timeout(o), trust(o), null),
				new NullProgressMonitor());
		if (o.flag("json")) { //$NON-NLS-1$
			List<Object> list = new ArrayList<>();
			for (DetectedSetting d : found) {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("protocol", d.endpoint().protocol().id()); //$NON-NLS-1$
				m.put("host", d.endpoint().host()); //$NON-NLS-1$
				m.put("port", d.endpoint().port()); //$NON-NLS-1$
				m.put("security", d.endpoint().security().id()); //$NON-NLS-1$
				m.put("preset", d.fromPreset()); //$NON-NLS-1$
				Map<String, Object> auth = new LinkedHashMap<>();
				auth.put("offered", d.probe().authOffered()); //$NON-NLS-1$
				auth.put("best", d.bestAuth()); //$NON-NLS-1$
				m.put("auth", auth); //$NON-NLS-1$
				m.put("tls", tlsJson(d.probe().tls())); //$NON-NLS-1$
				list.add(m);
			}
			out.println(Json.write(list));
		} else if (found.isEmpty()) {
			out.println(NLS.bind(Messages.Mail_nothingFound, address));
		} else {
			for (DetectedSetting d : found) {
				out.println(NLS.bind(Messages.Mail_detected, new Object[] { d.endpoint().protocol().id(), d.endpoint().host(),
						d.endpoint().port(), d.endpoint().security().id(), d.bestAuth() == null ? "-" : d.bestAuth() })); //$NON-NLS-1$
			}
		}
		return exit(!found.isEmpty());
	}
}
