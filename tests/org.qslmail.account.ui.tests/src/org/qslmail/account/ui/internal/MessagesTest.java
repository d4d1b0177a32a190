package org.qslmail.account.ui.internal;

import org.junit.jupiter.api.Test;
import org.qslmail.tests.util.MessageCatalogs;

/** Every text exists in English and Japanese, and every Messages field has a text. */
class MessagesTest {

	@Test
	void catalogueIsComplete() throws Exception {
		MessageCatalogs.assertComplete(Messages.class);
	}
}
