package org.qslmail.exchange.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;
import org.qslmail.log.LogException;
import org.qslmail.log.QsoLogService;
import org.qslmail.log.QsoStore;
import org.qslmail.mail.MailService;
import org.qslmail.ui.UiServices;

/** The services this bundle uses, and where it keeps its send journal. */
final class ExchangeAccess {

	/** Jobs of this bundle, so that views and tests can wait for them. */
	static final Object JOB_FAMILY = new Object();

	private ExchangeAccess() {
	}

	/** The service, tracked for the life of the framework (a store must not be closed under a running job). */
	static <S> S service(Class<S> type) {
		return UiServices.get(type).orElseThrow(() -> new IllegalStateException(type.getName()));
	}

	static QsoStore store() throws LogException {
		return service(QsoLogService.class).store();
	}

	static MailService mail() {
		return service(MailService.class);
	}

	/** The send journal: in this bundle's state folder of the data folder. */
	static Path journal() {
		return Platform.getStateLocation(FrameworkUtil.getBundle(ExchangeAccess.class)).toPath().resolve("send-journal"); //$NON-NLS-1$
	}
}
