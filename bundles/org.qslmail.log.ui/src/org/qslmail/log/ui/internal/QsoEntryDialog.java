package org.qslmail.log.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.InvalidInputException;
import org.qslmail.core.LogZone;
import org.qslmail.core.Mode;
import org.qslmail.core.StationTime;
import org.qslmail.log.LogException;
import org.qslmail.log.Qso;
import org.qslmail.ui.internal.WidgetIds;

/**
 * Enters one QSO: the time is typed in the display zone (JST or UTC, as the preference says) and stored in UTC
 * with that zone remembered; the band follows the frequency; the call is checked as a callsign.
 */
final class QsoEntryDialog extends TitleAreaDialog {

	static final String SHELL = "log.entry"; //$NON-NLS-1$
	static final String CALL = "log.entry.call"; //$NON-NLS-1$
	static final String DATE = "log.entry.date"; //$NON-NLS-1$
	static final String TIME = "log.entry.time"; //$NON-NLS-1$
	static final String FREQ = "log.entry.freq"; //$NON-NLS-1$
	static final String BAND = "log.entry.band"; //$NON-NLS-1$
	static final String MODE = "log.entry.mode"; //$NON-NLS-1$

	private final LogZone zone = LogAccess.displayZone();
	private Text call;
	private Text date;
	private Text time;
	private Text freq;
	private Combo band;
	private Combo mode;
	private Text rstSent;
	private Text rstRcvd;
	private Text name;
	private Text qth;
	private Text remarks;
	private Text station;
	private Qso added;

	QsoEntryDialog(Shell parent) {
		super(parent);
	}

	/** The QSO stored by OK, or {@code null}. */
	Qso added() {
		return added;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.QsoEntryDialog_title);
		WidgetIds.tag(shell, SHELL);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.QsoEntryDialog_title);
		setMessage(NLS.bind(Messages.QsoEntryDialog_message, zone.name()));
		Composite area = (Composite) super.createDialogArea(parent);
		Composite c = new Composite(area, SWT.NONE);
		c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		c.setLayout(new GridLayout(4, false));
		OffsetDateTime now = OffsetDateTime.now(zone.offset());
		call = field(c, Messages.QsoEntryDialog_call, CALL);
		station = field(c, Messages.QsoEntryDialog_station, null);
		date = field(c, NLS.bind(Messages.QsoEntryDialog_date, zone.name()), DATE);
		date.setText(now.format(DateTimeFormatter.ISO_LOCAL_DATE));
		time = field(c, NLS.bind(Messages.QsoEntryDialog_time, zone.name()), TIME);
		time.setText(now.format(DateTimeFormatter.ofPattern("HH:mm"))); //$NON-NLS-1$
		freq = field(c, Messages.QsoEntryDialog_freq, FREQ);
		new Label(c, SWT.NONE).setText(Messages.QsoEntryDialog_band);
		band = WidgetIds.tag(new Combo(c, SWT.READ_ONLY), BAND);
		band.add(""); //$NON-NLS-1$
		for (Band b : Band.values()) {
			band.add(b.adifName());
		}
		freq.addListener(SWT.Modify, e -> Band.find(freq.getText().trim()).ifPresent(b -> band.select(b.ordinal() + 1)));
		new Label(c, SWT.NONE).setText(Messages.QsoEntryDialog_mode);
		mode = WidgetIds.tag(new Combo(c, SWT.DROP_DOWN), MODE);
		mode.setItems(Mode.adifModes().toArray(String[]::new));
		mode.setText("CW"); //$NON-NLS-1$
		rstSent = field(c, Messages.QsoEntryDialog_rstSent, null);
		rstRcvd = field(c, Messages.QsoEntryDialog_rstRcvd, null);
		name = field(c, Messages.QsoEntryDialog_name, null);
		qth = field(c, Messages.QsoEntryDialog_qth, null);
		remarks = field(c, Messages.QsoEntryDialog_remarks, null);
		return area;
	}

	private static Text field(Composite parent, String label, String id) {
		new Label(parent, SWT.NONE).setText(label);
		Text t = new Text(parent, SWT.BORDER);
		t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		if (id != null) {
			WidgetIds.tag(t, id);
		}
		return t;
	}

	@Override
	protected void okPressed() {
		try {
			added = store(build());
			if (added != null) {
				super.okPressed();
			}
		} catch (InvalidInputException | LogException e) {
			setErrorMessage(e.getMessage());
		}
	}

	private Qso build() {
		Callsign callsign = Callsign.parse(call.getText());
		LocalDate d;
		LocalTime t;
		try {
			d = LocalDate.parse(date.getText().trim());
		} catch (DateTimeParseException e) {
			throw new InvalidInputException(NLS.bind(Messages.QsoEntryDialog_badDate, date.getText()), date.getText());
		}
		try {
			t = LocalTime.parse(time.getText().trim());
		} catch (DateTimeParseException e) {
			throw new InvalidInputException(NLS.bind(Messages.QsoEntryDialog_badTime, time.getText()), time.getText());
		}
		Qso q = new Qso().setCall(callsign.text()).setInstant(StationTime.of(d, t, zone).toInstant()).setZone(zone)
				.setWithSeconds(t.getSecond() != 0);
		String st = station.getText().trim();
		if (!st.isEmpty()) {
			q.setStationCallsign(Callsign.parse(st).text());
		}
		String f = freq.getText().trim();
		if (!f.isEmpty()) {
			try {
				new BigDecimal(f);
			} catch (NumberFormatException e) {
				throw new InvalidInputException(NLS.bind(Messages.QsoEntryDialog_badFreq, f), f);
			}
			q.setFrequency(f);
		}
		if (band.getSelectionIndex() > 0) {
			q.setBand(Band.values()[band.getSelectionIndex() - 1]);
		}
		String m = mode.getText().trim();
		if (!m.isEmpty()) {
			Mode parsed = Mode.parse(m);
			q.setMode(parsed.name());
			parsed.submode().ifPresent(q::setSubmode);
		}
		q.setRstSent(blank(rstSent)).setRstReceived(blank(rstRcvd)).setName(blank(name)).setQth(blank(qth))
				.setRemarks(blank(remarks));
		return q;
	}

	private Qso store(Qso q) throws LogException {
		if (LogAccess.store().add(q).isEmpty()) {
			setErrorMessage(NLS.bind(Messages.QsoEntryDialog_duplicate, q.call()));
			return null;
		}
		return q;
	}

	private static String blank(Text t) {
		String s = t.getText().trim();
		return s.isEmpty() ? null : s;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}
}
