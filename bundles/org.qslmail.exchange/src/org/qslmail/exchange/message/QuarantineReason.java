package org.qslmail.exchange.message;

/**
 * Why a received mail was not trusted as a card (docs/qsl-mail-format.md, "What a receiver trusts"). The ids
 * are stable: they are written to the store's journal and printed by {@code receive-qsl --json}.
 */
public enum QuarantineReason {
	/** The message is over 4 MiB. */
	MESSAGE_TOO_LARGE("message-too-large"), //$NON-NLS-1$
	/** The image is over 2 MiB. */
	IMAGE_TOO_LARGE("image-too-large"), //$NON-NLS-1$
	/** The image is over 4096 x 4096 pixels. */
	IMAGE_DIMENSIONS("image-dimensions"), //$NON-NLS-1$
	/** The image is not a JPEG whose size can be read (magic bytes, frame header). */
	NOT_JPEG("not-jpeg"), //$NON-NLS-1$
	/** The ADIF part is over 64 KiB. */
	ADIF_TOO_LARGE("adif-too-large"), //$NON-NLS-1$
	/** More than 8 parts. */
	TOO_MANY_PARTS("too-many-parts"), //$NON-NLS-1$
	/** Multiparts nested deeper than 3. */
	TOO_DEEP("too-deep"), //$NON-NLS-1$
	/** A compressed or archive content type, file name or content. */
	COMPRESSED("compressed"), //$NON-NLS-1$
	/** A file name with a path, a control character or over 255 characters. */
	UNSAFE_FILE_NAME("unsafe-file-name"), //$NON-NLS-1$
	/** A part whose content type is not one a card has. */
	WRONG_CONTENT_TYPE("wrong-content-type"), //$NON-NLS-1$
	/** The MIME structure cannot be read (header syntax, boundaries, transfer encoding, charset). */
	MALFORMED_MIME("malformed-mime"), //$NON-NLS-1$
	/** A header value with CR or LF inside, or a QSL header given twice with different values. */
	HEADER_INJECTION("header-injection"), //$NON-NLS-1$
	/** X-QSLMail-Card does not match the ADIF record. */
	CARD_ID_MISMATCH("card-id-mismatch"), //$NON-NLS-1$
	/** The ADIF part does not hold exactly one valid record. */
	BAD_ADIF("bad-adif"), //$NON-NLS-1$
	/** No card in the mail: no image, or (hQSL) an image whose name is not a card name. */
	NO_CARD("no-card"), //$NON-NLS-1$
	/** More than one image or more than one ADIF part. */
	AMBIGUOUS("ambiguous"); //$NON-NLS-1$

	private final String id;

	QuarantineReason(String id) {
		this.id = id;
	}

	/** The stable id, e.g. {@code unsafe-file-name}. */
	public String id() {
		return id;
	}

	/** The reason for an id, or {@code null}. */
	public static QuarantineReason ofId(String id) {
		for (QuarantineReason r : values()) {
			if (r.id.equals(id)) {
				return r;
			}
		}
		return null;
	}
}
