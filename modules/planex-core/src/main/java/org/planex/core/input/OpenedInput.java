package org.planex.core.input;

import java.nio.file.Path;
import java.util.List;
import org.planex.core.profile.GeometryRoles;
import org.planex.core.profile.LayerPlanReader;
import org.planex.core.profile.Profile;
import org.planex.core.profile.ProfileLoader;
import org.planex.core.profile.ProfileMatcher;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.DataModel;
import org.planex.spi.ErrorKind;
import org.planex.spi.FormatProvider;
import org.planex.spi.LayerReader;
import org.planex.spi.Location;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanexException;
import org.planex.spi.ReadContext;

/**
 * An input whose format is known, ready to be read as layers or as a plan. Every command reads it once (a
 * conversion that must learn its output schema first spools what it reads, see
 * {@link org.planex.core.spool.FeatureSpool}). Opening it as a plan resolves the profile: the one the user
 * named, else the built-in one that fits the layer names best, with the command-line mapping applied and, where
 * the profile names none of the layers, roles from their geometry ({@link GeometryRoles}).
 *
 * <p><b>Thread safety:</b> not thread-safe; one command uses it at a time.
 *
 * @since 0.2
 */
public final class OpenedInput {

    private final Path path;
    private final FormatProvider provider;
    private final ReadContext context;
    private final InputOptions options;
    private Profile profile;
    private List<LayerSchema> schemas;

    OpenedInput(Path path, FormatProvider provider, ReadContext context, InputOptions options) {
        this.path = path;
        this.provider = provider;
        this.context = context;
        this.options = options;
    }

    /** The input path. */
    public Path path() {
        return path;
    }

    /** The format reading it. */
    public FormatProvider provider() {
        return provider;
    }

    /** The read context: path, parsed open options, warnings. */
    public ReadContext context() {
        return context;
    }

    /** The options it was opened with. */
    public InputOptions options() {
        return options;
    }

    /** Whether the input is a layered GIS dataset (rather than a plan package). */
    public boolean layered() {
        return provider.descriptor().dataModel() == DataModel.LAYERS;
    }

    /**
     * Opens the layers of a layered input.
     *
     * @throws IllegalStateException if the input is a plan package
     */
    public LayerReader openLayers() throws PlanexException {
        if (!layered()) {
            throw new IllegalStateException(provider.descriptor().id() + " holds a plan, not layers");
        }
        LayerReader reader = provider.openLayerReader(context);
        if (schemas == null) {
            schemas = reader.layers();
        }
        return reader;
    }

    /**
     * The schemas of a layered input's layers, as the first {@link #openLayers()} found them (the input is
     * opened for them only if it has not been yet).
     */
    public List<LayerSchema> layerSchemas() throws PlanexException {
        if (schemas == null) {
            openLayers().close();
        }
        return schemas;
    }

    /**
     * Opens the input as a plan, from its first feature.
     *
     * @param deriveBoundary for a layered input without a boundary layer: whether to derive the plan boundary
     *     from the zones (a plan package and a validation need one; a layered output does not)
     */
    public PlanReader openPlan(boolean deriveBoundary) throws PlanexException {
        if (!layered()) {
            PlanReader reader = provider.openPlanReader(context);
            return options.sourceCrs() == null || options.sourceCrs().equals(reader.header().crs()) ? reader
                    : new DeclaredCrsPlanReader(reader, options.sourceCrs());
        }
        LayerReader layers = openLayers();
        try {
            return new LayerPlanReader(layers, path, profile(layers.layers()), options.sourceCrs(),
                    deriveBoundary, context.warnings());
        } catch (PlanexException | RuntimeException e) {
            layers.close();
            throw e;
        }
    }

    /**
     * The profile that reads these layers as a plan: see the class description. Resolved on the first call.
     *
     * @throws PlanexException USAGE for an unknown profile or a bad {@code --layer-role}
     */
    public Profile profile(List<LayerSchema> layers) throws PlanexException {
        if (profile == null) {
            Profile base = options.profile() == null ? ProfileMatcher.best(layers) : ProfileLoader.load(options.profile());
            Profile mapped;
            try {
                mapped = base.with(options.mapping());
            } catch (IllegalArgumentException e) {
                throw new PlanexException(ErrorKind.USAGE, Location.UNKNOWN, "--layer-role: " + e.getMessage());
            }
            profile = GeometryRoles.apply(mapped, layers, Location.of(path), context.warnings());
        }
        return profile;
    }
}
