package org.qslmail.exchange.send;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.qslmail.exchange.internal.Messages;

/**
 * How many messages may start per minute and per hour (providers cap messages per hour or day); 0 means no
 * limit. Written {@code 30/min}, {@code 100/h}, {@code 100/h,10/min} or {@code none}.
 */
public record RateLimit(int perMinute, int perHour) {

	public static final RateLimit NONE = new RateLimit(0, 0);

	public RateLimit {
		if (perMinute < 0 || perHour < 0) {
			throw new IllegalArgumentException(perMinute + "/" + perHour); //$NON-NLS-1$
		}
	}

	/** @throws IllegalArgumentException with a message for the user */
	public static RateLimit parse(String text) {
		String t = text.strip().toLowerCase(Locale.ROOT);
		if (t.equals("none") || t.equals("0")) { //$NON-NLS-1$ //$NON-NLS-2$
			return NONE;
		}
		int minute = 0;
		int hour = 0;
		for (String part : t.split(",")) { //$NON-NLS-1$
			String[] nu = part.strip().split("/"); //$NON-NLS-1$
			try {
				if (nu.length != 2) {
					throw new NumberFormatException();
				}
				int n = Integer.parseInt(nu[0].strip());
				if (n <= 0) {
					throw new NumberFormatException();
				}
				switch (nu[1].strip()) {
				case "h", "hour" -> hour = n; //$NON-NLS-1$ //$NON-NLS-2$
				case "m", "min", "minute" -> minute = n; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				default -> throw new NumberFormatException();
				}
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(NLS.bind(Messages.RateLimit_bad, text), e);
			}
		}
		return new RateLimit(minute, hour);
	}

	@Override
	public String toString() {
		if (perMinute == 0 && perHour == 0) {
			return "none"; //$NON-NLS-1$
		}
		StringBuilder b = new StringBuilder();
		if (perHour > 0) {
			b.append(perHour).append("/h"); //$NON-NLS-1$
		}
		if (perMinute > 0) {
			b.append(b.isEmpty() ? "" : ",").append(perMinute).append("/min"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return b.toString();
	}
}
