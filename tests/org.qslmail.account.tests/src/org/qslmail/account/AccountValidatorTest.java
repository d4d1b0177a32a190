package org.qslmail.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qslmail.account.Issue.Field;
import org.qslmail.account.Issue.Severity;
import org.qslmail.mail.Protocol;
import org.qslmail.mail.Security;

class AccountValidatorTest {

	static AccountSettings good() {
		return new AccountSettings().callsign("JA1UIT").address("ja1uit@example.jp").smtpHost("smtp.example.jp")
				.smtpSecurity(Security.SSL_TLS).smtpPort(465).receiveHost("pop.example.jp")
				.receiveSecurity(Security.SSL_TLS).receivePort(995);
	}

	private static List<Issue> issues(AccountSettings s, String again) {
		return AccountValidator.validate(s, again, Secrets.of("pw", null, null));
	}

	private static boolean has(List<Issue> issues, Field field, Severity severity) {
		return issues.stream().anyMatch(i -> i.field() == field && i.severity() == severity);
	}

	@Test
	void goodSettingsHaveNoIssue() {
		assertEquals(List.of(), issues(good(), "ja1uit@example.jp"));
	}

	@Test
	void theAddressTypedTwiceMustMatch() {
		List<Issue> issues = issues(good(), "ja1uit@example.com");
		assertTrue(has(issues, Field.ADDRESS_AGAIN, Severity.ERROR), issues.toString());
		assertFalse(has(issues(good(), " JA1UIT@example.jp "), Field.ADDRESS_AGAIN, Severity.ERROR), "case and spaces do not matter");
	}

	@Test
	void addressCallsignAndPasswordAreRequired() {
		List<Issue> issues = AccountValidator.validate(good().address("not-an-address").callsign("123"), null,
				Secrets.NONE);
		assertTrue(has(issues, Field.ADDRESS, Severity.ERROR));
		assertTrue(has(issues, Field.CALLSIGN, Severity.ERROR));
		assertTrue(has(issues, Field.PASSWORD, Severity.ERROR));
	}

	@Test
	void hostSyntax() {
		for (String host : List.of("mail.example.jp", "127.0.0.1", "::1", "[::1]", "localhost", "a-b.example.jp.")) {
			assertTrue(AccountValidator.isHost(host), host);
		}
		for (String host : List.of("http://mail.example.jp", "ja1uit@example.jp", "mail example.jp", "-mail.jp",
				"mail..jp", "300.1.1.1", "")) {
			assertFalse(AccountValidator.isHost(host), host);
		}
		assertTrue(has(issues(good().smtpHost("smtp.example.jp/"), null), Field.SMTP_HOST, Severity.ERROR));
		assertTrue(has(issues(good().receiveHost(""), null), Field.RECEIVE_HOST, Severity.ERROR));
	}

	@Test
	void portRange() {
		assertTrue(has(issues(good().smtpPort(0), null), Field.SMTP_PORT, Severity.ERROR));
		assertTrue(has(issues(good().receivePort(65536), null), Field.RECEIVE_PORT, Severity.ERROR));
	}

	@Test
	void inconsistentChoicesAreWarnings() {
		List<Issue> i465 = issues(good().smtpSecurity(Security.STARTTLS).smtpPort(465), null);
		assertTrue(has(i465, Field.SMTP_PORT, Severity.WARNING), i465.toString());
		assertFalse(AccountValidator.hasErrors(i465), "a warning does not block the checks");
		assertTrue(has(issues(good().smtpSecurity(Security.SSL_TLS).smtpPort(587), null), Field.SMTP_PORT, Severity.WARNING));
		List<Issue> i25 = issues(good().smtpSecurity(Security.STARTTLS).smtpPort(25), null);
		assertTrue(i25.stream().anyMatch(i -> i.message().contains("OP25B")), i25.toString());
		assertTrue(has(issues(good().receiveSecurity(Security.NONE).receivePort(995), null), Field.RECEIVE_PORT, Severity.WARNING));
		assertTrue(has(issues(good().receiveProtocol(Protocol.IMAP).receivePort(143), null), Field.RECEIVE_PORT, Severity.WARNING));
		assertTrue(has(issues(good().smtpSecurity(Security.NONE).smtpPort(587), null), Field.SMTP_SECURITY, Severity.WARNING));
		assertFalse(has(issues(good().smtpSecurity(Security.STARTTLS).smtpPort(587), null), Field.SMTP_PORT, Severity.WARNING));
	}

	@Test
	void apopIsPop3Only() {
		assertTrue(has(issues(good().receiveProtocol(Protocol.IMAP).receivePort(993).apop(true), null), Field.APOP, Severity.ERROR));
	}
}
