package org.qslmail.exchange.send;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a send run: one result per QSO considered, whether it was cancelled, and a problem that
 * stopped it (connection, directory, log), or null.
 */
public record SendSummary(List<SendResult> results, boolean canceled, String problem) {

	public SendSummary {
		results = List.copyOf(results);
	}

	public Map<SendResult.Status, Integer> counts() {
		Map<SendResult.Status, Integer> counts = new EnumMap<>(SendResult.Status.class);
		for (SendResult.Status s : SendResult.Status.values()) {
			counts.put(s, 0);
		}
		results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
		return counts;
	}

	/** Whether everything that could be sent was sent. */
	public boolean ok() {
		return !canceled && problem == null && results.stream().noneMatch(r -> r.status() == SendResult.Status.FAILED
				|| r.status() == SendResult.Status.REJECTED || r.status() == SendResult.Status.UNCERTAIN);
	}
}
