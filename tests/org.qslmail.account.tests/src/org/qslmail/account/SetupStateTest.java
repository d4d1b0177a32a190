package org.qslmail.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.qslmail.account.SetupState.Check;
import org.qslmail.mail.Category;
import org.qslmail.mail.MailResult;
import org.qslmail.mail.Security;

/** Each check result counts only for the exact values it tested. */
class SetupStateTest {

	static MailResult ok(String token) {
		return new MailResult(true, null, null, null, null, List.of(), null, null, 1, token);
	}

	static MailResult failed() {
		return new MailResult(false, Category.AUTH, "No-535", "535 no", "hint", List.of(), null, null, 1, null);
	}

	private final Secrets secrets = Secrets.of("pw", null, "dir");

	@Test
	void registerNeedsBothChecksForTheCurrentValues() {
		SetupState state = new SetupState();
		AccountSettings s = AccountValidatorTest.good();
		assertFalse(state.canRegister(s, secrets));
		state.recordSend(s.copy(), secrets, ok("t1"));
		assertTrue(state.passed(Check.SEND, s, secrets));
		assertFalse(state.canRegister(s, secrets), "the receive check is missing");
		assertEquals(Optional.of("t1"), state.sendToken());
		state.recordReceive(s.copy(), secrets, ok("t1"));
		assertTrue(state.canRegister(s, secrets));

		s.smtpPort(587);
		assertFalse(state.passed(Check.SEND, s, secrets), "an SMTP change voids the send check");
		assertTrue(state.passed(Check.RECEIVE, s, secrets), "but not the receive check");
		assertFalse(state.canRegister(s, secrets));
		s.smtpPort(465);
		assertTrue(state.canRegister(s, secrets), "the same values again count as tested");

		s.receiveHost("pop2.example.jp");
		assertFalse(state.passed(Check.RECEIVE, s, secrets));
		assertTrue(state.passed(Check.SEND, s, secrets));
		s.receiveHost("pop.example.jp");

		assertFalse(state.canRegister(s, Secrets.of("other", null, "dir")), "a new password voids both");
		assertTrue(state.canRegister(s, Secrets.of("pw", null, "changed")), "the directory password is not a mail value");
		assertFalse(state.canRegister(s.copy().address("ja1uit@example.com"), secrets));
		assertFalse(state.canRegister(s.copy().receiveSecurity(Security.STARTTLS), secrets));
		assertTrue(state.canRegister(s.copy().deleteAfterReceive(true), secrets), "the check never deletes");
	}

	@Test
	void failedChecksAndANewSendCheckDoNotCount() {
		SetupState state = new SetupState();
		AccountSettings s = AccountValidatorTest.good();
		state.recordSend(s, secrets, ok("t1"));
		state.recordReceive(s, secrets, failed());
		assertFalse(state.canRegister(s, secrets));
		state.recordReceive(s, secrets, ok("t1"));
		assertTrue(state.canRegister(s, secrets));
		state.recordSend(s, secrets, ok("t2"));
		assertFalse(state.passed(Check.RECEIVE, s, secrets), "a new send check needs a new receive check");
		state.recordSend(s, secrets, failed());
		assertEquals(Optional.empty(), state.sendToken());
	}
}
