package org.qslmail.account.ui.internal;

import java.util.Locale;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** The account of one station callsign (empty: a new station, the callsign is typed in step 1). */
public final class AccountEditorInput implements IEditorInput {

	private final String callsign;

	public AccountEditorInput(String callsign) {
		this.callsign = callsign == null ? "" : callsign.strip().toUpperCase(Locale.ROOT); //$NON-NLS-1$
	}

	public String callsign() {
		return callsign;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return callsign.isEmpty() ? Messages.AccountEditor_newStation : callsign;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return NLS.bind(Messages.AccountEditor_tooltip, getName());
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof AccountEditorInput other && Objects.equals(callsign, other.callsign);
	}

	@Override
	public int hashCode() {
		return callsign.hashCode();
	}
}
