package org.qslmail.directory;

import java.util.Objects;

/**
 * A registration waiting for its proof: the server has mailed a one-time token to the address. The mail
 * carries {@code X-QSLMail-Check: checkId}, so the station's receive check finds it, and the token in
 * {@code X-QSLMail-Directory-Token}; {@link DirectoryClient#confirmRegistration} with that token registers
 * the address.
 *
 * @param checkId public id of the token mail (not a secret)
 */
public record RegistrationRequest(DirectoryStatus status, String checkId) {

	public RegistrationRequest {
		Objects.requireNonNull(status);
		Objects.requireNonNull(checkId);
	}
}
