package org.qslmail.matching.ui.internal;

import java.time.Duration;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.qslmail.core.InvalidInputException;
import org.qslmail.core.MarkRule;
import org.qslmail.core.ModeAliases;
import org.qslmail.matching.MatchRules;

/**
 * The user's matching settings, in the instance scope of the {@code org.qslmail.matching.ui} node: time window,
 * mode aliases, mode groups, base calls and the received-mark rule. A value that no longer parses falls back to
 * the default rather than stopping matching.
 */
final class MatchingPreferences {

	static final String NODE = "org.qslmail.matching.ui"; //$NON-NLS-1$
	static final String WINDOW_MINUTES = "windowMinutes"; //$NON-NLS-1$
	static final String ALIASES = "modeAliases"; //$NON-NLS-1$
	static final String MODE_GROUPS = "modeGroups"; //$NON-NLS-1$
	static final String BASE_CALLS = "baseCalls"; //$NON-NLS-1$
	static final String MARK_RULE = "markRule"; //$NON-NLS-1$
	static final String LAST_SOURCE = "lastSource"; //$NON-NLS-1$

	static final int DEFAULT_WINDOW_MINUTES = (int) MatchRules.DEFAULT_WINDOW.toMinutes();
	/** hQSL's shipped default is NOT FOUND; {@code CW=A1} is the alias its manual names. */
	static final String DEFAULT_ALIASES = "CW=A1"; //$NON-NLS-1$
	/** {@code E} on a blank position, any other mark stays (no paper mark is overwritten). */
	static final String DEFAULT_MARK_RULE = "E"; //$NON-NLS-1$

	private MatchingPreferences() {
	}

	private static String get(String key, String def) {
		return Platform.getPreferencesService().getString(NODE, key, def, null);
	}

	static int windowMinutes() {
		return Platform.getPreferencesService().getInt(NODE, WINDOW_MINUTES, DEFAULT_WINDOW_MINUTES, null);
	}

	static String aliasesText() {
		return get(ALIASES, DEFAULT_ALIASES);
	}

	static boolean modeGroups() {
		return Platform.getPreferencesService().getBoolean(NODE, MODE_GROUPS, false, null);
	}

	static boolean baseCalls() {
		return Platform.getPreferencesService().getBoolean(NODE, BASE_CALLS, false, null);
	}

	static String markRuleText() {
		return get(MARK_RULE, DEFAULT_MARK_RULE);
	}

	static String lastSource() {
		return get(LAST_SOURCE, ""); //$NON-NLS-1$
	}

	static MatchRules rules() {
		ModeAliases aliases;
		try {
			aliases = ModeAliases.parse(aliasesText());
		} catch (InvalidInputException e) {
			aliases = ModeAliases.parse(DEFAULT_ALIASES);
		}
		int minutes = windowMinutes();
		if (minutes < 0 || minutes > MatchRules.MAX_WINDOW.toMinutes()) {
			minutes = DEFAULT_WINDOW_MINUTES;
		}
		return new MatchRules(Duration.ofMinutes(minutes),
				baseCalls() ? MatchRules.CallsignMatching.BASE_CALL : MatchRules.CallsignMatching.EXACT,
				modeGroups() ? MatchRules.ModeMatching.GROUP : MatchRules.ModeMatching.TEXT_AFTER_ALIASES, aliases);
	}

	static MarkRule markRule() {
		try {
			return MarkRule.parse(markRuleText());
		} catch (InvalidInputException e) {
			return MarkRule.parse(DEFAULT_MARK_RULE);
		}
	}

	/** Saves values (each pair key, value) in the instance scope. */
	static void save(String... keysAndValues) {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
		for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
			node.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// Kept in memory for this session; the workbench flushes again on exit.
		}
	}
}
