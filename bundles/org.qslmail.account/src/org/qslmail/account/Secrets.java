package org.qslmail.account;

/**
 * The passwords of one station: the mail account's, the optional separate send account's (empty = the mail
 * password) and the QSL directory login's. Kept only in memory and in Equinox secure storage.
 */
public record Secrets(char[] mailPassword, char[] smtpPassword, char[] directoryPassword) {

	public static final Secrets NONE = new Secrets(null, null, null);

	public Secrets {
		mailPassword = mailPassword == null ? new char[0] : mailPassword.clone();
		smtpPassword = smtpPassword == null ? new char[0] : smtpPassword.clone();
		directoryPassword = directoryPassword == null ? new char[0] : directoryPassword.clone();
	}

	public static Secrets of(String mail, String smtp, String directory) {
		return new Secrets(chars(mail), chars(smtp), chars(directory));
	}

	private static char[] chars(String s) {
		return s == null ? new char[0] : s.toCharArray();
	}

	@Override
	public char[] mailPassword() {
		return mailPassword.clone();
	}

	@Override
	public char[] smtpPassword() {
		return smtpPassword.clone();
	}

	@Override
	public char[] directoryPassword() {
		return directoryPassword.clone();
	}

	@Override
	public String toString() {
		return "Secrets[***]"; //$NON-NLS-1$
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof Secrets o && java.util.Arrays.equals(mailPassword, o.mailPassword)
				&& java.util.Arrays.equals(smtpPassword, o.smtpPassword)
				&& java.util.Arrays.equals(directoryPassword, o.directoryPassword);
	}

	@Override
	public int hashCode() {
		return java.util.Arrays.hashCode(mailPassword) * 31 + java.util.Arrays.hashCode(smtpPassword);
	}
}
