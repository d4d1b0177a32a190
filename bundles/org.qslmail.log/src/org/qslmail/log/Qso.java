package org.qslmail.log;

import java.util.ArrayList;
import java.util.List;

/**
 * One QSO of the log. Every ADIF field without a column of its own is kept in {@link #extraFields()}, in file
 * order, so that a round trip through the store loses nothing.
 */
public final class Qso {

	private long id;
	private String call;
	private String stationCallsign;
	private String operator;
	private java.time.Instant instant;
	private boolean withSeconds;
	private org.qslmail.core.LogZone zone = org.qslmail.core.LogZone.UTC;
	private org.qslmail.core.Band band;
	private String frequency;
	private String mode;
	private String submode;
	private String rstSent;
	private String rstReceived;
	private String name;
	private String qth;
	private String remarks;
	private String remarks2;
	private String hamlogCode;
	private String grid;
	private org.qslmail.core.QslColumn qslColumn = org.qslmail.core.QslColumn.EMPTY;
	private String qslSent;
	private String qslReceived;
	private String qslSentDate;
	private String qslReceivedDate;
	private String qslSentVia;
	private String qslReceivedVia;
	private String qslVia;
	private String sentCard;
	private String receivedCard;
	private List<AdifField> extraFields = new ArrayList<>();

	/** The store's id, 0 when not stored. */
	public long id() {
		return id;
	}

	public Qso setId(long value) {
		this.id = value;
		return this;
	}

	/** The contacted station (upper case). */
	public String call() {
		return call;
	}

	public Qso setCall(String value) {
		this.call = value;
		return this;
	}

	/** The logging station's on-air call (upper case), {@code null} when the record names none. */
	public String stationCallsign() {
		return stationCallsign;
	}

	public Qso setStationCallsign(String value) {
		this.stationCallsign = value;
		return this;
	}

	/** The operator, or {@code null}. */
	public String operator() {
		return operator;
	}

	public Qso setOperator(String value) {
		this.operator = value;
		return this;
	}

	/** The start of the QSO. */
	public java.time.Instant instant() {
		return instant;
	}

	public Qso setInstant(java.time.Instant value) {
		this.instant = value;
		return this;
	}

	/** Whether the time was logged with seconds. */
	public boolean withSeconds() {
		return withSeconds;
	}

	public Qso setWithSeconds(boolean value) {
		this.withSeconds = value;
		return this;
	}

	/** The zone the QSO was logged in (HAMLOG {@code J}/{@code U}); ADIF is UTC. */
	public org.qslmail.core.LogZone zone() {
		return zone;
	}

	public Qso setZone(org.qslmail.core.LogZone value) {
		this.zone = value;
		return this;
	}

	/** The band, or {@code null}. */
	public org.qslmail.core.Band band() {
		return band;
	}

	public Qso setBand(org.qslmail.core.Band value) {
		this.band = value;
		return this;
	}

	/** The frequency in MHz as written, or {@code null}. */
	public String frequency() {
		return frequency;
	}

	public Qso setFrequency(String value) {
		this.frequency = value;
		return this;
	}

	/** The ADIF mode, or a free-text mode as imported, or {@code null}. */
	public String mode() {
		return mode;
	}

	public Qso setMode(String value) {
		this.mode = value;
		return this;
	}

	/** The ADIF submode, or {@code null}. */
	public String submode() {
		return submode;
	}

	public Qso setSubmode(String value) {
		this.submode = value;
		return this;
	}

	/** RST sent, or {@code null}. */
	public String rstSent() {
		return rstSent;
	}

	public Qso setRstSent(String value) {
		this.rstSent = value;
		return this;
	}

	/** RST received, or {@code null}. */
	public String rstReceived() {
		return rstReceived;
	}

	public Qso setRstReceived(String value) {
		this.rstReceived = value;
		return this;
	}

	/** The operator's name, or {@code null}. */
	public String name() {
		return name;
	}

	public Qso setName(String value) {
		this.name = value;
		return this;
	}

	/** QTH, or {@code null}. */
	public String qth() {
		return qth;
	}

	public Qso setQth(String value) {
		this.qth = value;
		return this;
	}

	/** Remarks (ADIF COMMENT, HAMLOG Remarks1), or {@code null}. */
	public String remarks() {
		return remarks;
	}

	public Qso setRemarks(String value) {
		this.remarks = value;
		return this;
	}

	/** More remarks (ADIF NOTES, HAMLOG Remarks2), or {@code null}. */
	public String remarks2() {
		return remarks2;
	}

	public Qso setRemarks2(String value) {
		this.remarks2 = value;
		return this;
	}

	/** The HAMLOG JCC/JCG code, or {@code null}. */
	public String hamlogCode() {
		return hamlogCode;
	}

	public Qso setHamlogCode(String value) {
		this.hamlogCode = value;
		return this;
	}

	/** The grid locator, or {@code null}. */
	public String grid() {
		return grid;
	}

	public Qso setGrid(String value) {
		this.grid = value;
		return this;
	}

	/** The HAMLOG QSL column, never {@code null}. */
	public org.qslmail.core.QslColumn qslColumn() {
		return qslColumn;
	}

	public Qso setQslColumn(org.qslmail.core.QslColumn value) {
		this.qslColumn = value;
		return this;
	}

	/** ADIF QSL_SENT, or {@code null}. */
	public String qslSent() {
		return qslSent;
	}

	public Qso setQslSent(String value) {
		this.qslSent = value;
		return this;
	}

	/** ADIF QSL_RCVD, or {@code null}. */
	public String qslReceived() {
		return qslReceived;
	}

	public Qso setQslReceived(String value) {
		this.qslReceived = value;
		return this;
	}

	/** ADIF QSLSDATE ({@code YYYYMMDD}), or {@code null}. */
	public String qslSentDate() {
		return qslSentDate;
	}

	public Qso setQslSentDate(String value) {
		this.qslSentDate = value;
		return this;
	}

	/** ADIF QSLRDATE, or {@code null}. */
	public String qslReceivedDate() {
		return qslReceivedDate;
	}

	public Qso setQslReceivedDate(String value) {
		this.qslReceivedDate = value;
		return this;
	}

	/** ADIF QSL_SENT_VIA, or {@code null}. */
	public String qslSentVia() {
		return qslSentVia;
	}

	public Qso setQslSentVia(String value) {
		this.qslSentVia = value;
		return this;
	}

	/** ADIF QSL_RCVD_VIA, or {@code null}. */
	public String qslReceivedVia() {
		return qslReceivedVia;
	}

	public Qso setQslReceivedVia(String value) {
		this.qslReceivedVia = value;
		return this;
	}

	/** ADIF QSL_VIA (the partner's QSL route or manager), or {@code null}. */
	public String qslVia() {
		return qslVia;
	}

	public Qso setQslVia(String value) {
		this.qslVia = value;
		return this;
	}

	/** The file name of the card sent for this QSO, or {@code null}. */
	public String sentCard() {
		return sentCard;
	}

	public Qso setSentCard(String value) {
		this.sentCard = value;
		return this;
	}

	/** The file name of the card received for this QSO, or {@code null}. */
	public String receivedCard() {
		return receivedCard;
	}

	public Qso setReceivedCard(String value) {
		this.receivedCard = value;
		return this;
	}

	/** The other ADIF fields, in file order; modifiable. */
	public List<AdifField> extraFields() {
		return extraFields;
	}

	public Qso setExtraFields(List<AdifField> value) {
		this.extraFields = new ArrayList<>(value);
		return this;
	}

	/** The value of an extra field (name compared ignoring case), or {@code null}. */
	public String extra(String fieldName) {
		for (AdifField f : extraFields) {
			if (f.name().equalsIgnoreCase(fieldName)) {
				return f.value();
			}
		}
		return null;
	}

	/** Whether a card was sent: the QSL column has a sent mark or QSL_SENT is Y. */
	public boolean isQslSent() {
		return qslColumn.isSent() || "Y".equalsIgnoreCase(qslSent); //$NON-NLS-1$
	}

	/** Whether the QSO is confirmed: the QSL column has a received mark or QSL_RCVD is Y. */
	public boolean isQslReceived() {
		return qslColumn.isReceived() || "Y".equalsIgnoreCase(qslReceived); //$NON-NLS-1$
	}

	@Override
	public String toString() {
		return call + " " + instant + " " + band + " " + mode; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
