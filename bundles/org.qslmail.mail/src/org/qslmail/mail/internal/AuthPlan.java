package org.qslmail.mail.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.qslmail.mail.AuthMethod;
import org.qslmail.mail.Category;

/**
 * Which mechanisms to try, in order. An explicit choice is tried alone or fails with No-8 when not
 * offered, never a silent switch; automatic goes DIGEST-MD5, CRAM-MD5, LOGIN, PLAIN among those offered.
 */
public final class AuthPlan {

	/** The outcome of one attempt. */
	public enum Outcome {
		SUCCESS, WRONG_CREDENTIALS, OTHER_FAILURE
	}

	public static List<AuthMethod> plan(AuthMethod chosen, List<String> offered, String field) throws MailException {
		List<AuthMethod> plan = new ArrayList<>();
		if (chosen == AuthMethod.AUTOMATIC) {
			for (AuthMethod m : AuthMethod.STRONGEST_FIRST) {
				if (offered.contains(m.mechanism())) {
					plan.add(m);
				}
			}
		} else if (offered.contains(chosen.mechanism())) {
			plan.add(chosen);
		}
		if (plan.isEmpty()) {
			String offeredText = offered.isEmpty() ? Messages.Reply_noMechanisms : String.join(" ", offered); //$NON-NLS-1$
			String reply = chosen == AuthMethod.AUTOMATIC ? NLS.bind(Messages.Reply_noCommonMechanism, offeredText)
					: NLS.bind(Messages.Reply_mechanismNotOffered, chosen.mechanism(), offeredText);
			throw new MailException(Category.AUTH_METHOD, Codes.AUTH_METHOD, reply,
					NLS.bind(Messages.Hint_mechanismNotOffered, field, offeredText));
		}
		return plan;
	}

	/** The hint for a refused password, depending on the form of the user name. */
	public static String credentialsHint(String user, String userField, String passwordField) {
		if (user.indexOf('@') > 0) {
			return NLS.bind(Messages.Hint_wrongPasswordFullAddress, passwordField, userField);
		}
		return NLS.bind(Messages.Hint_wrongPasswordShortUser, passwordField, userField);
	}

	private AuthPlan() {
	}
}
