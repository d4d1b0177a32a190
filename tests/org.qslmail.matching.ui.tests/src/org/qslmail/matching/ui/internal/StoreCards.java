package org.qslmail.matching.ui.internal;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.LogZone;
import org.qslmail.exchange.message.QslCard;
import org.qslmail.exchange.message.QslMail;
import org.qslmail.exchange.message.QslMailComposer;
import org.qslmail.exchange.message.QslMessageParser;
import org.qslmail.exchange.store.ReceivedCardStore;
import org.qslmail.exchange.store.StoreOutcome;

/**
 * Real QSL mails (written by the exchange's composer, read by its parser) stored in a real received-card store,
 * as {@code qslmail receive-qsl} stores them.
 */
final class StoreCards {

	private StoreCards() {
	}

	/** Stores one card from {@code sender} to {@code recipient}; returns its store key. */
	static String store(ReceivedCardStore store, String sender, String recipient, String utc, String band, String mode)
			throws Exception {
		QslCard card = new QslCard(Callsign.parse(sender), Callsign.parse(recipient), Instant.parse(utc),
				Band.ofAdif(band).orElseThrow(), Optional.empty(), mode, Optional.empty(), "599", LogZone.JST);
		QslMail mail = new QslMailComposer("1.0.0").compose(card, jpeg(), sender.toLowerCase() + "@example.test",
				recipient.toLowerCase() + "@example.test");
		StoreOutcome outcome = store.store("pop3://test@127.0.0.1:110", mail.messageId(), mail.raw(),
				QslMessageParser.parse(mail.raw()));
		if (outcome != StoreOutcome.STORED) {
			throw new AssertionError(outcome);
		}
		return mail.cardId();
	}

	/** A small real JPEG (SWT writes it), so the card image can be shown. */
	static byte[] jpeg() {
		ImageData data = new ImageData(64, 40, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		loader.save(out, SWT.IMAGE_JPEG);
		return out.toByteArray();
	}
}
