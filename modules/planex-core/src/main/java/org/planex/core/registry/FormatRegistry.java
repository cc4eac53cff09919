package org.planex.core.registry;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.planex.spi.Capability;
import org.planex.spi.ErrorKind;
import org.planex.spi.FormatOptions;
import org.planex.spi.FormatProvider;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.ProbeInput;
import org.planex.spi.ProbeResult;

/**
 * The format providers available to one run of planex, found once with {@link ServiceLoader}. An instance
 * is immutable; there is no global registry.
 *
 * <p>Providers with the same id are refused at load time (the error names both classes), as are providers
 * whose descriptor is invalid.
 *
 * <p><b>Thread safety:</b> immutable and thread-safe.
 *
 * @since 0.1
 */
public final class FormatRegistry {

    private final Map<String, FormatProvider> byId;

    private FormatRegistry(Map<String, FormatProvider> byId) {
        this.byId = byId;
    }

    /** The providers on the class path of this library. */
    public static FormatRegistry load() throws PlanexException {
        return load(FormatRegistry.class.getClassLoader());
    }

    /** The providers visible to {@code loader}. */
    public static FormatRegistry load(ClassLoader loader) throws PlanexException {
        Map<String, FormatProvider> map = new LinkedHashMap<>();
        try {
            for (FormatProvider p : ServiceLoader.load(FormatProvider.class, loader)) {
                String id = p.descriptor().id();
                FormatProvider previous = map.putIfAbsent(id, p);
                if (previous != null && previous.getClass() != p.getClass()) {
                    throw new PlanexException(ErrorKind.USAGE, Location.UNKNOWN, "two format providers claim the id '"
                            + id + "': " + previous.getClass().getName() + " and " + p.getClass().getName()
                            + "; remove one of the plugin jars");
                }
            }
        } catch (ServiceConfigurationError | IllegalArgumentException e) {
            throw new PlanexException(ErrorKind.USAGE, Location.UNKNOWN, "a format plugin cannot be loaded: "
                    + e.getMessage(), e);
        }
        return new FormatRegistry(map);
    }

    /**
     * The providers on the class path plus those in the jars of {@code pluginDir}.
     *
     * @throws PlanexException of kind USAGE if the folder does not exist or a plugin is broken
     */
    public static FormatRegistry loadWithPlugins(Path pluginDir) throws PlanexException {
        return load(pluginClassLoader(pluginDir));
    }

    /**
     * A class loader over the jars of {@code pluginDir}, delegating to planex's own: the one loader for every
     * kind of plugin in the folder (formats, code systems, validation rules), so a jar may hold several.
     *
     * @throws PlanexException of kind USAGE if the folder does not exist or cannot be listed
     */
    public static ClassLoader pluginClassLoader(Path pluginDir) throws PlanexException {
        if (!Files.isDirectory(pluginDir)) {
            throw new PlanexException(ErrorKind.USAGE, Location.of(pluginDir), "plugin folder does not exist");
        }
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(pluginDir)) {
            for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                jars.add(jar.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new PlanexException(ErrorKind.USAGE, Location.of(pluginDir), "cannot list plugins: " + e.getMessage(),
                    e);
        }
        return new URLClassLoader("planex-plugins", jars.toArray(new URL[0]), FormatRegistry.class.getClassLoader());
    }

    /** All providers, ordered by id. */
    public List<FormatProvider> providers() {
        return byId.values().stream().sorted(Comparator.comparing(p -> p.descriptor().id())).toList();
    }

    /** The provider with that id. */
    public Optional<FormatProvider> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The provider with that id.
     *
     * @throws PlanexException of kind USAGE naming the known ids
     */
    public FormatProvider get(String id) throws PlanexException {
        FormatProvider p = byId.get(id);
        if (p == null) {
            throw new PlanexException(ErrorKind.USAGE, Location.UNKNOWN, "unknown format '" + id + "' (known: "
                    + String.join(", ", byId.keySet()) + "; see 'planex formats')");
        }
        return p;
    }

    /**
     * The provider with that id, which must be able to write.
     *
     * @throws PlanexException of kind USAGE naming the known ids, or saying the format is read-only
     * @since 0.3
     */
    public FormatProvider getWritable(String id) throws PlanexException {
        FormatProvider p = get(id);
        if (!p.descriptor().can(Capability.WRITE)) {
            throw new PlanexException(ErrorKind.USAGE, Location.UNKNOWN, "format " + id
                    + " can be read but not written (see 'planex formats')");
        }
        return p;
    }

    /**
     * Detects the format of an input: providers whose suffix matches the file name are probed first (longest
     * suffix first), then all others; the first SUPPORTED wins; failing that, a single UNDETERMINED provider
     * with a matching suffix is taken.
     *
     * @throws PlanexException of kind UNREADABLE_INPUT listing every provider tried and its answer
     */
    public FormatProvider detect(Path input) throws PlanexException {
        ProbeInput probe = ProbeInput.of(input);
        List<FormatProvider> bySuffix = new ArrayList<>();
        List<FormatProvider> others = new ArrayList<>();
        for (FormatProvider p : providers()) {
            (p.descriptor().matchingSuffix(probe.fileName()) != null ? bySuffix : others).add(p);
        }
        bySuffix.sort(Comparator.comparingInt(
                (FormatProvider p) -> -p.descriptor().matchingSuffix(probe.fileName()).length()));
        Map<String, String> tried = new LinkedHashMap<>();
        FormatProvider undetermined = null;
        for (FormatProvider p : Stream.concat(bySuffix.stream(), others.stream()).toList()) {
            ProbeResult r;
            try {
                r = p.probe(probe);
                tried.put(p.descriptor().id(), r.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            } catch (RuntimeException e) {
                r = ProbeResult.UNSUPPORTED;
                tried.put(p.descriptor().id(), "probe failed: " + e);
            }
            if (r == ProbeResult.SUPPORTED) {
                return p;
            }
            if (r == ProbeResult.UNDETERMINED && bySuffix.contains(p) && undetermined == null) {
                undetermined = p;
            }
        }
        if (undetermined != null) {
            return undetermined;
        }
        String list = tried.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
        throw PlanexException.unreadable(Location.of(input), "unknown format; tried " + list
                + ". Name the format with -f, or check the file is complete", null);
    }

    /**
     * Parses options the user gave a format ({@code --oo}, {@code --co}) against its descriptors.
     *
     * @param given option name to text, or {@code null} for none
     * @throws PlanexException of kind USAGE naming the format and the option at fault
     */
    public static FormatOptions parseOptions(FormatProvider provider, Map<String, String> given) throws PlanexException {
        try {
            return FormatOptions.parse(provider.descriptor().options(), given == null ? Map.of() : given);
        } catch (PlanexException e) {
            throw new PlanexException(ErrorKind.USAGE, Location.UNKNOWN, "format " + provider.descriptor().id() + ": "
                    + e.getReason());
        }
    }
}
