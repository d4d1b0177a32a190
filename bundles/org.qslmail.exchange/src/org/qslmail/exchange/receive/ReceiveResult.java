package org.qslmail.exchange.receive;

import java.util.List;

import org.qslmail.mail.MailResult;

/**
 * The outcome of one receive run: {@code ok} when the mailbox was read to its end (a failure of the connection
 * is in {@code failure}, classified like every mail error); per-message results in mailbox order; counts; bytes
 * fetched; elapsed time.
 */
public record ReceiveResult(boolean ok, MailResult failure, List<MessageResult> messages, long bytesFetched,
		long elapsedMs) {

	public ReceiveResult {
		messages = List.copyOf(messages);
	}

	/** How many messages had this outcome. */
	public long count(MessageOutcome outcome) {
		return messages.stream().filter(m -> m.outcome() == outcome).count();
	}

	/** How many messages were deleted on the server. */
	public long deleted() {
		return messages.stream().filter(MessageResult::deleted).count();
	}
}
