package org.qslmail.cli.internal.mail;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.qslmail.cli.CliCommand;
import org.qslmail.cli.UsageException;
import org.qslmail.cli.internal.Messages;
import org.qslmail.mail.Endpoint;
import org.qslmail.mail.MailService;
import org.qslmail.mail.ProbeResult;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.Security;

/** {@code qslmail probe}: what one endpoint offers, without logging in. */
@Component(service = CliCommand.class)
public final class ProbeCommand extends MailCommand {

	private static final Set<String> OPTIONS = Set.of("host", "port", "protocol", "security", "trust-ca", "pin", "timeout", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"json"); //$NON-NLS-1$

	@Override
	@Reference(unbind = "unsetMailService")
	public void setMailService(MailService mailService) {
		super.setMailService(mailService);
	}

	@Override
	public String name() {
		return "probe"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Mail_probeSummary;
	}

	@Override
	public String help() {
		return Messages.Mail_probeHelp;
	}

	@Override
	public int run(List<String> arguments, PrintWriter out, PrintWriter err) {
		Options o = parse(arguments, OPTIONS);
		Protocol protocol;
		try {
			protocol = Protocol.parse(required(o, "protocol")); //$NON-NLS-1$
		} catch (IllegalArgumentException e) {
			throw new UsageException(NLS.bind(Messages.Mail_badValue, "protocol", o.get("protocol"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Security security = security(o.get("security"), Security.SSL_TLS); //$NON-NLS-1$
		String port = o.get("port"); //$NON-NLS-1$
		Endpoint endpoint = new Endpoint(protocol, required(o, "host"), //$NON-NLS-1$
				port == null ? protocol.defaultPort(security) : port(port), security);
		ProbeResult r = service().probe(endpoint, trust(o), timeout(o), new NullProgressMonitor());
		if (o.flag("json")) { //$NON-NLS-1$
			Map<String, Object> m = json(r.result());
			m.put("greeting", r.greeting()); //$NON-NLS-1$
			m.put("capabilities", r.capabilities()); //$NON-NLS-1$
			m.put("startTls", r.startTlsOffered()); //$NON-NLS-1$
			m.put("apopTimestamp", r.apopTimestamp()); //$NON-NLS-1$
			out.println(Json.write(m));
		} else {
			print(out, endpoint.protocol().id() + ' ' + endpoint.hostPort() + ' ' + endpoint.security().id(), r.result());
			if (r.greeting() != null) {
				out.println(NLS.bind(Messages.Mail_greeting, r.greeting()));
				for (String c : r.capabilities()) {
					out.println("  " + c); //$NON-NLS-1$
				}
				out.println(NLS.bind(Messages.Mail_startTls, r.startTlsOffered()));
				if (r.apopTimestamp() != null) {
					out.println(NLS.bind(Messages.Mail_apop, r.apopTimestamp()));
				}
			}
		}
		return exit(r.result().ok());
	}

}
