package org.qslmail.registration;

import java.util.Objects;
import java.util.Optional;

import org.qslmail.directory.DirectoryStatus;
import org.qslmail.mail.MailResult;

/**
 * The outcome of {@link RegistrationProof#register}: registered, or why not in the user's language.
 *
 * @param status   the station's status after the attempt (pending address when the proof failed)
 * @param receive  the last receive check (its category, number and hint say what to fix), empty when none ran
 * @param attempts how many receive checks ran
 * @param message  empty when registered; otherwise what went wrong and what to do, in the user's language
 */
public record ProofResult(boolean registered, DirectoryStatus status, Optional<MailResult> receive, int attempts,
		Optional<String> message) {

	public ProofResult {
		Objects.requireNonNull(status);
		Objects.requireNonNull(receive);
		Objects.requireNonNull(message);
	}
}
