package org.planex.core.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.planex.core.registry.FormatRegistry;
import org.planex.spi.Capability;
import org.planex.spi.ErrorKind;
import org.planex.spi.FormatOptions;
import org.planex.spi.FormatProvider;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.ReadContext;
import org.planex.spi.WarningListener;

/**
 * Opens inputs for every command: checks the path exists, detects or takes the format, checks it can be read,
 * parses the format's open options, and hands back an {@link OpenedInput}. A folder that is no dataset itself
 * but holds datasets gets an error that names them and says {@code --batch}.
 *
 * <p><b>Thread safety:</b> stateless beyond its registry; one instance serves many threads.
 *
 * @since 0.2
 */
public final class InputOpener {

    private static final int NAMED_IN_HINT = 3;

    private final FormatRegistry registry;

    /** An opener that finds formats in {@code registry}. */
    public InputOpener(FormatRegistry registry) {
        this.registry = registry;
    }

    /**
     * Opens {@code input} as {@code options} say.
     *
     * @param warnings where readers, profiles and CRS checks report what they changed or doubt
     * @throws PlanexException UNREADABLE_INPUT for a missing path or an unknown format, USAGE for a format that
     *     cannot be read or a bad open option
     */
    public OpenedInput open(Path input, InputOptions options, WarningListener warnings) throws PlanexException {
        requireExists(input);
        return open(input, options.format() != null ? registry.get(options.format()) : detect(input), options, warnings);
    }

    /**
     * Opens {@code input} with a format the caller has chosen (an embedding application, or a test wrapping a
     * provider); {@code options.format()} is not consulted.
     *
     * @throws PlanexException UNREADABLE_INPUT for a missing path, USAGE for a format that cannot be read or a
     *     bad open option
     * @since 0.3
     */
    public OpenedInput open(Path input, FormatProvider provider, InputOptions options, WarningListener warnings)
            throws PlanexException {
        requireExists(input);
        if (!provider.descriptor().can(Capability.READ)) {
            throw new PlanexException(ErrorKind.USAGE, Location.of(input), "format " + provider.descriptor().id()
                    + " cannot be read, only written");
        }
        FormatOptions parsed = FormatRegistry.parseOptions(provider, options.openOptions());
        return new OpenedInput(input, provider, new ReadContext(input, parsed, warnings), options);
    }

    private static void requireExists(Path input) throws PlanexException {
        if (!Files.exists(input)) {
            throw PlanexException.unreadable(Location.of(input), "no such file or folder", null);
        }
    }

    /** The datasets directly inside {@code folder} that planex can read, in name order. */
    public List<Path> datasetsIn(Path folder) throws PlanexException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (n.startsWith(".") || isShapefileCompanion(n)) {
                    continue;
                }
                try {
                    registry.detect(p);
                    found.add(p);
                } catch (PlanexException e) {
                    // not a dataset: left out of the list
                }
            }
        } catch (IOException e) {
            throw PlanexException.unreadable(Location.of(folder), "cannot list: " + e.getMessage(), e);
        }
        return found;
    }

    private FormatProvider detect(Path input) throws PlanexException {
        try {
            return registry.detect(input);
        } catch (PlanexException e) {
            if (!Files.isDirectory(input) || e.getKind() != ErrorKind.UNREADABLE_INPUT) {
                throw e;
            }
            List<Path> inside = datasetsIn(input);
            if (inside.isEmpty()) {
                throw e;
            }
            List<String> names = inside.stream().limit(NAMED_IN_HINT).map(p -> p.getFileName().toString()).toList();
            throw PlanexException.unreadable(Location.of(input), "a folder of " + inside.size() + " dataset"
                    + (inside.size() == 1 ? "" : "s") + " (" + String.join(", ", names)
                    + (inside.size() > NAMED_IN_HINT ? ", ..." : "") + "), not one dataset: convert them all with"
                    + " --batch -f FORMAT -o DIR, or name them one by one", e);
        }
    }

    private static boolean isShapefileCompanion(String lowerName) {
        return lowerName.endsWith(".dbf") || lowerName.endsWith(".shx") || lowerName.endsWith(".prj")
                || lowerName.endsWith(".cpg") || lowerName.endsWith(".sbn") || lowerName.endsWith(".sbx")
                || lowerName.endsWith(".qix") || lowerName.endsWith(".planex-fields");
    }
}
