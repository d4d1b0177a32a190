package org.qslmail.exchange.ui.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.qslmail.core.Band;
import org.qslmail.core.Callsign;
import org.qslmail.core.LogZone;
import org.qslmail.exchange.card.CardData;
import org.qslmail.exchange.card.CardElement;
import org.qslmail.exchange.card.CardRenderer;
import org.qslmail.exchange.card.CardTemplate;
import org.qslmail.exchange.card.CardTemplates;
import org.qslmail.exchange.card.TemplateException;
import org.qslmail.exchange.card.TextStyle;
import org.qslmail.exchange.message.QslCard;
import org.qslmail.ui.internal.WidgetIds;

/**
 * The card template editor: background, time zone, the elements with position, font, size, colour and text,
 * placed by coordinates or by dragging on the live preview, which shows the card of a sample QSO and is drawn
 * again after every change. Templates are loaded from and saved to the shareable {@code *.qslcard.xml} file.
 */
public final class CardDesignView extends ViewPart {

	public static final String ID = "org.qslmail.exchange.ui.cardDesign"; //$NON-NLS-1$
	static final String PATH = "exchange.design.path"; //$NON-NLS-1$
	static final String LOAD = "exchange.design.load"; //$NON-NLS-1$
	static final String SAVE = "exchange.design.save"; //$NON-NLS-1$
	static final String ELEMENTS = "exchange.design.elements"; //$NON-NLS-1$
	static final String X = "exchange.design.x"; //$NON-NLS-1$
	static final String Y = "exchange.design.y"; //$NON-NLS-1$
	static final String FONT = "exchange.design.font"; //$NON-NLS-1$
	static final String SIZE = "exchange.design.size"; //$NON-NLS-1$
	static final String BOLD = "exchange.design.bold"; //$NON-NLS-1$
	static final String TEXT = "exchange.design.text"; //$NON-NLS-1$
	static final String ZONE = "exchange.design.zone"; //$NON-NLS-1$
	static final String PREVIEW = "exchange.design.preview"; //$NON-NLS-1$

	/** The sample QSO of the preview. */
	static final CardData SAMPLE;
	static {
		QslCard card = new QslCard(Callsign.parse("JA1ABC"), Callsign.parse("JA2XYZ"), Instant.parse("2025-01-01T08:30:00Z"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Band.B40M, Optional.of("7.025"), "CW", Optional.empty(), "599", LogZone.JST); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		SAMPLE = new CardData(card.sender(), card.recipient(), card.time(), Optional.of(card.band()), card.frequencyMhz(),
				card.displayMode(), card.rstSent(), "TNX QSO 73", false, card.adifRecord()); //$NON-NLS-1$
	}

	private CardTemplate template = CardTemplates.defaultTemplate();
	private int selected = -1;
	private BufferedImage preview;
	private Image previewImage;

	private Text path;
	private Text background;
	private Combo zone;
	private org.eclipse.swt.widgets.List elements;
	private Spinner x;
	private Spinner y;
	private Combo font;
	private Spinner size;
	private Button bold;
	private Button color;
	private Text text;
	private Canvas canvas;
	private boolean updating;
	private int dragIndex = -1;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		Composite side = new Composite(parent, SWT.NONE);
		side.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
		side.setLayout(new GridLayout(3, false));

		label(side, Messages.Design_file);
		path = WidgetIds.tag(new Text(side, SWT.BORDER), PATH);
		path.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		Composite fileButtons = new Composite(side, SWT.NONE);
		fileButtons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		fileButtons.setLayout(new GridLayout(3, false));
		Button load = WidgetIds.tag(new Button(fileButtons, SWT.PUSH), LOAD);
		load.setText(Messages.Design_load);
		load.addListener(SWT.Selection, e -> load());
		Button save = WidgetIds.tag(new Button(fileButtons, SWT.PUSH), SAVE);
		save.setText(Messages.Design_save);
		save.addListener(SWT.Selection, e -> save());
		Button browse = new Button(fileButtons, SWT.PUSH);
		browse.setText(Messages.Design_browse);
		browse.addListener(SWT.Selection, e -> browse());

		label(side, Messages.Design_background);
		background = new Text(side, SWT.BORDER | SWT.READ_ONLY);
		background.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button chooseBackground = new Button(side, SWT.PUSH);
		chooseBackground.setText(Messages.Design_chooseBackground);
		chooseBackground.addListener(SWT.Selection, e -> chooseBackground());

		label(side, Messages.Design_zone);
		zone = WidgetIds.tag(new Combo(side, SWT.READ_ONLY), ZONE);
		zone.setItems(Messages.Design_zoneJst, Messages.Design_zoneUtc);
		zone.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		zone.addListener(SWT.Selection, e -> changeTemplate(t -> new CardTemplate(t.width(), t.height(), t.background(),
				t.backgroundRgb(), zone.getSelectionIndex() == 1 ? LogZone.UTC : LogZone.JST, t.bandStyle(), t.elements())));

		label(side, Messages.Design_elements);
		elements = WidgetIds.tag(new org.eclipse.swt.widgets.List(side, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL), ELEMENTS);
		GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		listData.heightHint = 160;
		elements.setLayoutData(listData);
		elements.addListener(SWT.Selection, e -> select(elements.getSelectionIndex()));

		label(side, Messages.Design_position);
		x = WidgetIds.tag(new Spinner(side, SWT.BORDER), X);
		y = WidgetIds.tag(new Spinner(side, SWT.BORDER), Y);
		label(side, Messages.Design_font);
		font = WidgetIds.tag(new Combo(side, SWT.DROP_DOWN), FONT);
		font.setItems("SansSerif", "Serif", "Monospaced"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		font.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		label(side, Messages.Design_size);
		size = WidgetIds.tag(new Spinner(side, SWT.BORDER), SIZE);
		size.setValues(32, 4, 1000, 0, 1, 8);
		bold = WidgetIds.tag(new Button(side, SWT.CHECK), BOLD);
		bold.setText(Messages.Design_bold);
		label(side, Messages.Design_color);
		color = new Button(side, SWT.PUSH);
		color.setText(Messages.Design_chooseColor);
		color.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		color.addListener(SWT.Selection, e -> chooseColor());
		label(side, Messages.Design_text);
		text = WidgetIds.tag(new Text(side, SWT.BORDER), TEXT);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

		x.addListener(SWT.Selection, e -> elementChanged());
		y.addListener(SWT.Selection, e -> elementChanged());
		size.addListener(SWT.Selection, e -> elementChanged());
		bold.addListener(SWT.Selection, e -> elementChanged());
		font.addListener(SWT.Selection, e -> elementChanged());
		font.addListener(SWT.DefaultSelection, e -> elementChanged());
		text.addListener(SWT.Modify, e -> elementChanged());

		canvas = WidgetIds.tag(new Canvas(parent, SWT.BORDER | SWT.DOUBLE_BUFFERED), PREVIEW);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.MouseDown, e -> startDrag(e.x, e.y));
		canvas.addListener(SWT.MouseMove, e -> drag(e.x, e.y));
		canvas.addListener(SWT.MouseUp, e -> dragIndex = -1);
		canvas.addListener(SWT.Resize, e -> canvas.redraw());
		canvas.addListener(SWT.Dispose, e -> disposeImage());
		showTemplate();
	}

	private static void label(Composite parent, String textValue) {
		new Label(parent, SWT.NONE).setText(textValue);
	}

	@Override
	public void setFocus() {
		elements.setFocus();
	}

	CardTemplate template() {
		return template;
	}

	/** The last preview drawn (for tests). */
	BufferedImage preview() {
		return preview;
	}

	private interface TemplateChange {
		CardTemplate apply(CardTemplate t);
	}

	private void changeTemplate(TemplateChange change) {
		if (updating) {
			return;
		}
		template = change.apply(template);
		render();
	}

	/** Shows the whole template in the controls and renders it. */
	private void showTemplate() {
		updating = true;
		try {
			background.setText(template.background().map(Path::toString).orElse("")); //$NON-NLS-1$
			zone.select(template.timeZone() == LogZone.UTC ? 1 : 0);
			x.setValues(0, 0, template.width(), 0, 1, 10);
			y.setValues(0, 0, template.height(), 0, 1, 10);
			elements.removeAll();
			for (CardElement e : template.elements()) {
				elements.add(describe(e));
			}
		} finally {
			updating = false;
		}
		select(template.elements().isEmpty() ? -1 : Math.min(Math.max(selected, 0), template.elements().size() - 1));
		render();
	}

	private static String describe(CardElement e) {
		return switch (e) {
		case CardElement.FieldText f -> NLS.bind(Messages.Design_elementField, f.field().key());
		case CardElement.FixedText t -> NLS.bind(Messages.Design_elementText, t.text());
		case CardElement.QrCode q -> Messages.Design_elementQr;
		};
	}

	void select(int index) {
		selected = index;
		updating = true;
		try {
			elements.setSelection(index);
			boolean any = index >= 0;
			CardElement e = any ? template.elements().get(index) : null;
			x.setEnabled(any);
			y.setEnabled(any);
			if (e != null) {
				x.setSelection(e.x());
				y.setSelection(e.y());
			}
			TextStyle style = e == null ? null : style(e);
			font.setEnabled(style != null);
			size.setEnabled(style != null);
			bold.setEnabled(style != null);
			color.setEnabled(style != null);
			if (style != null) {
				font.setText(style.font());
				size.setSelection(style.size());
				bold.setSelection(style.bold());
			} else if (e instanceof CardElement.QrCode qr) {
				size.setEnabled(true);
				size.setSelection(qr.size());
			}
			text.setEnabled(e instanceof CardElement.FixedText);
			text.setText(e instanceof CardElement.FixedText f ? f.text() : ""); //$NON-NLS-1$
		} finally {
			updating = false;
		}
	}

	private static TextStyle style(CardElement e) {
		return switch (e) {
		case CardElement.FieldText f -> f.style();
		case CardElement.FixedText t -> t.style();
		case CardElement.QrCode q -> null;
		};
	}

	/** The selected element as the controls show it. */
	private void elementChanged() {
		if (updating || selected < 0) {
			return;
		}
		CardElement old = template.elements().get(selected);
		TextStyle oldStyle = style(old);
		TextStyle style = oldStyle == null ? null
				: new TextStyle(font.getText().isBlank() ? oldStyle.font() : font.getText().strip(), size.getSelection(),
						bold.getSelection(), oldStyle.rgb(), oldStyle.align());
		replace(old, x.getSelection(), y.getSelection(), style, text.getText());
	}

	private void replace(CardElement old, int newX, int newY, TextStyle style, String newText) {
		CardElement changed = switch (old) {
		case CardElement.FieldText f -> new CardElement.FieldText(f.field(), newX, newY, style);
		case CardElement.FixedText t -> new CardElement.FixedText(newText, newX, newY, style);
		case CardElement.QrCode q -> new CardElement.QrCode(newX, newY,
				Math.max(21, Math.min(size.getSelection(), Math.min(template.width(), template.height()))));
		};
		List<CardElement> list = new ArrayList<>(template.elements());
		list.set(selected, changed);
		changeTemplate(t -> new CardTemplate(t.width(), t.height(), t.background(), t.backgroundRgb(), t.timeZone(),
				t.bandStyle(), list));
		elements.setItem(selected, describe(changed));
	}

	private void chooseColor() {
		if (selected < 0 || style(template.elements().get(selected)) == null) {
			return;
		}
		CardElement old = template.elements().get(selected);
		TextStyle s = style(old);
		ColorDialog dialog = new ColorDialog(canvas.getShell());
		dialog.setRGB(new RGB(s.rgb() >> 16 & 0xFF, s.rgb() >> 8 & 0xFF, s.rgb() & 0xFF));
		RGB rgb = dialog.open();
		if (rgb != null) {
			replace(old, old.x(), old.y(), new TextStyle(s.font(), s.size(), s.bold(), rgb.red << 16 | rgb.green << 8 | rgb.blue,
					s.align()), text.getText());
		}
	}

	private void chooseBackground() {
		FileDialog dialog = new FileDialog(canvas.getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.jpg;*.jpeg;*.png;*.gif;*.bmp", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String chosen = dialog.open();
		if (chosen != null) {
			changeTemplate(t -> new CardTemplate(t.width(), t.height(), Optional.of(Path.of(chosen)), t.backgroundRgb(),
					t.timeZone(), t.bandStyle(), t.elements()));
			background.setText(chosen);
		}
	}

	private void browse() {
		FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.qslcard.xml", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setOverwrite(false);
		String chosen = dialog.open();
		if (chosen != null) {
			path.setText(chosen);
		}
	}

	void load() {
		Path file = file();
		if (file == null) {
			return;
		}
		try {
			template = CardTemplates.read(file);
			selected = Math.min(selected, template.elements().size() - 1);
			showTemplate();
		} catch (TemplateException e) {
			MessageDialog.openError(canvas.getShell(), Messages.Design_title, e.getMessage());
		}
	}

	void save() {
		Path file = file();
		if (file == null) {
			return;
		}
		try {
			CardTemplates.write(template, file);
		} catch (IOException e) {
			MessageDialog.openError(canvas.getShell(), Messages.Design_title,
					NLS.bind(Messages.Design_saveFailed, file, e.getMessage()));
		}
	}

	private Path file() {
		String p = path.getText().strip();
		if (p.isEmpty()) {
			browse();
			p = path.getText().strip();
		}
		return p.isEmpty() ? null : Path.of(p);
	}

	/** Renders the sample card and shows it. */
	private void render() {
		try {
			preview = new CardRenderer(template).render(SAMPLE);
		} catch (IOException e) {
			MessageDialog.openError(canvas.getShell(), Messages.Design_title, e.getMessage());
			return;
		}
		disposeImage();
		previewImage = new Image(canvas.getDisplay(), toImageData(preview));
		canvas.redraw();
	}

	/** The card's pixels (3 bytes per pixel, B G R) as SWT image data. */
	static ImageData toImageData(BufferedImage image) {
		BufferedImage bgr = image;
		if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
			bgr = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
			bgr.getGraphics().drawImage(image, 0, 0, null);
		}
		byte[] pixels = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
		return new ImageData(bgr.getWidth(), bgr.getHeight(), 24, new PaletteData(0xFF, 0xFF00, 0xFF0000), 1, pixels);
	}

	private void disposeImage() {
		if (previewImage != null) {
			previewImage.dispose();
			previewImage = null;
		}
	}

	private double scale() {
		Rectangle area = canvas.getClientArea();
		return Math.min(1.0, Math.min(area.width / (double) template.width(), area.height / (double) template.height()));
	}

	private void paint(GC gc) {
		if (previewImage == null) {
			return;
		}
		double s = scale();
		gc.setAntialias(SWT.ON);
		gc.setInterpolation(SWT.HIGH);
		gc.drawImage(previewImage, 0, 0, template.width(), template.height(), 0, 0, (int) (template.width() * s),
				(int) (template.height() * s));
		if (selected >= 0) {
			CardElement e = template.elements().get(selected);
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
			gc.drawOval((int) (e.x() * s) - 5, (int) (e.y() * s) - 5, 10, 10);
		}
	}

	/** Picks the element whose anchor is nearest to the pointer (within 40 card pixels). */
	private void startDrag(int px, int py) {
		double s = scale();
		int cx = (int) (px / s);
		int cy = (int) (py / s);
		int best = -1;
		double bestDistance = 40;
		for (int i = 0; i < template.elements().size(); i++) {
			CardElement e = template.elements().get(i);
			double d = Math.hypot(e.x() - cx, e.y() - cy);
			if (d < bestDistance) {
				best = i;
				bestDistance = d;
			}
		}
		if (best >= 0) {
			select(best);
			dragIndex = best;
		}
	}

	private void drag(int px, int py) {
		if (dragIndex < 0 || dragIndex != selected) {
			return;
		}
		double s = scale();
		int cx = Math.max(0, Math.min(template.width(), (int) (px / s)));
		int cy = Math.max(0, Math.min(template.height(), (int) (py / s)));
		updating = true;
		x.setSelection(cx);
		y.setSelection(cy);
		updating = false;
		elementChanged();
	}

	@Override
	public void dispose() {
		disposeImage();
		super.dispose();
	}
}
