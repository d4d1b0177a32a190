package org.qslmail.presets.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.qslmail.presets.Placeholders;
import org.qslmail.presets.PresetProblem;
import org.qslmail.presets.PresetRegistry;
import org.qslmail.presets.PresetSource;
import org.qslmail.presets.ProviderPreset;

/**
 * The preset registry: reads every contribution to {@code org.qslmail.presets.providers} and every
 * {@code *.xml} autoconfig file in the autoconfig folder, plus presets registered as {@link ProviderPreset}
 * OSGi services (values known only at run time, such as the sandbox's ports), and reads them again when plug-ins come or go
 * or the folder preference changes. Readers see an immutable snapshot, so no lock is held while they use it.
 */
@Component(service = PresetRegistry.class)
public final class ProviderPresetRegistry implements PresetRegistry, IRegistryEventListener {

	public static final String EXTENSION_POINT = "org.qslmail.presets.providers"; //$NON-NLS-1$
	/** Preference of node {@code org.qslmail.presets}: the folder of autoconfig files; blank = default. */
	public static final String PREF_AUTOCONFIG_FOLDER = "autoconfigFolder"; //$NON-NLS-1$
	static final String PREFERENCE_NODE = "org.qslmail.presets"; //$NON-NLS-1$
	/** Default folder under the data folder (instance area). */
	static final String DEFAULT_FOLDER = "presets"; //$NON-NLS-1$

	private record Snapshot(List<ProviderPreset> presets, List<PresetProblem> problems) {
	}

	private volatile Snapshot snapshot = new Snapshot(List.of(), List.of());
	/** Presets registered as OSGi services (e.g. the sandbox's, whose ports are known only at run time). */
	private final List<ProviderPreset> servicePresets = new java.util.concurrent.CopyOnWriteArrayList<>();
	private volatile boolean active;
	private IExtensionRegistry registry;
	private Location instanceLocation;
	private final IPreferenceChangeListener folderListener = event -> {
		if (PREF_AUTOCONFIG_FOLDER.equals(event.getKey())) {
			reload();
		}
	};

	@Reference
	void setExtensionRegistry(IExtensionRegistry registry) {
		this.registry = registry;
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, target = "(type=osgi.instance.area)")
	void setInstanceLocation(Location location) {
		this.instanceLocation = location;
	}

	/** A preset published as a service: listed like a plug-in contribution while the service is there. */
	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removePreset")
	void addPreset(ProviderPreset preset) {
		servicePresets.add(preset);
		if (active) {
			reload();
		}
	}

	void removePreset(ProviderPreset preset) {
		servicePresets.remove(preset);
		if (active) {
			reload();
		}
	}

	@Activate
	void activate() {
		registry.addListener(this, EXTENSION_POINT);
		preferences().addPreferenceChangeListener(folderListener);
		active = true;
		reload();
	}

	@Deactivate
	void deactivate() {
		active = false;
		preferences().removePreferenceChangeListener(folderListener);
		registry.removeListener(this);
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(PREFERENCE_NODE);
	}

	@Override
	public List<ProviderPreset> presets() {
		return snapshot.presets();
	}

	@Override
	public Optional<ProviderPreset> preset(String id) {
		return snapshot.presets().stream().filter(p -> p.id().equals(id)).findFirst();
	}

	@Override
	public Optional<ProviderPreset> forAddress(String address) {
		String domain = Placeholders.domainOf(address);
		if (domain.isEmpty()) {
			return Optional.empty();
		}
		return snapshot.presets().stream().filter(p -> p.serves(domain)).findFirst();
	}

	@Override
	public List<PresetProblem> problems() {
		return snapshot.problems();
	}

	/** Reads everything again; called on activation, plug-in changes and folder changes. */
	synchronized void reload() {
		List<ProviderPreset> presets = new ArrayList<>();
		List<PresetProblem> problems = new ArrayList<>();
		readContributions(presets, problems);
		presets.addAll(servicePresets);
		autoconfigFolder().ifPresent(folder -> readAutoconfigFolder(folder, presets, problems));
		List<ProviderPreset> unique = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (ProviderPreset preset : presets) {
			if (ids.add(preset.id())) {
				unique.add(preset);
			} else {
				problems.add(new PresetProblem(preset.source(), NLS.bind(Messages.Registry_duplicateId, preset.id())));
			}
		}
		unique.sort(Comparator.comparing(ProviderPreset::name, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(ProviderPreset::id));
		snapshot = new Snapshot(List.copyOf(unique), List.copyOf(problems));
	}

	private void readContributions(List<ProviderPreset> presets, List<PresetProblem> problems) {
		IExtensionPoint point = registry.getExtensionPoint(EXTENSION_POINT);
		if (point == null) {
			return;
		}
		// Plug-in contributions come first, so they win over an autoconfig file with the same id.
		for (IConfigurationElement element : point.getConfigurationElements()) {
			PresetSource source = new PresetSource(PresetSource.Kind.PLUG_IN, element.getContributor().getName());
			if (!ContributionReader.PROVIDER.equals(element.getName())) {
				problems.add(new PresetProblem(source, NLS.bind(Messages.Registry_unknownElement, element.getName())));
				continue;
			}
			try {
				presets.add(ContributionReader.read(element));
			} catch (PresetFormatException | RuntimeException e) {
				problems.add(new PresetProblem(source, NLS.bind(Messages.Registry_brokenContribution,
						element.getAttribute("id"), e.getMessage()))); //$NON-NLS-1$
			}
		}
	}

	private static void readAutoconfigFolder(Path folder, List<ProviderPreset> presets, List<PresetProblem> problems) {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.xml")) { //$NON-NLS-1$
			List<Path> sorted = new ArrayList<>();
			files.forEach(sorted::add);
			sorted.sort(Comparator.naturalOrder());
			for (Path file : sorted) {
				try {
					presets.add(AutoconfigReader.read(file));
				} catch (PresetFormatException e) {
					problems.add(new PresetProblem(new PresetSource(PresetSource.Kind.AUTOCONFIG_FILE, file.toString()),
							e.getMessage()));
				}
			}
		} catch (IOException e) {
			problems.add(new PresetProblem(new PresetSource(PresetSource.Kind.AUTOCONFIG_FILE, folder.toString()),
					NLS.bind(Messages.Autoconfig_unreadable, e.getMessage())));
		}
	}

	/** The configured folder, or {@code presets} in the data folder. */
	Optional<Path> autoconfigFolder() {
		String configured = preferences().get(PREF_AUTOCONFIG_FOLDER, ""); //$NON-NLS-1$
		if (!configured.isBlank()) {
			return Optional.of(Path.of(configured.strip()));
		}
		Location location = instanceLocation;
		URL url = location == null ? null : location.getURL();
		if (url == null || !"file".equals(url.getProtocol())) { //$NON-NLS-1$
			return Optional.empty();
		}
		try {
			return Optional.of(Path.of(url.toURI()).resolve(DEFAULT_FOLDER));
		} catch (URISyntaxException | IllegalArgumentException e) {
			// Equinox leaves spaces unescaped in location URLs.
			return Optional.of(Path.of(url.getPath()).resolve(DEFAULT_FOLDER));
		}
	}

	@Override
	public void added(IExtension[] extensions) {
		reload();
	}

	@Override
	public void removed(IExtension[] extensions) {
		reload();
	}

	@Override
	public void added(IExtensionPoint[] extensionPoints) {
		// the extension point itself is ours
	}

	@Override
	public void removed(IExtensionPoint[] extensionPoints) {
		// the extension point itself is ours
	}
}
