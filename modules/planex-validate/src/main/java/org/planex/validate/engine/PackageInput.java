package org.planex.validate.engine;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.planex.core.container.PackageSource;
import org.planex.model.PlanHeader;
import org.planex.rule.PackageView;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.xml.SchemaProblem;

/**
 * The engine's {@link PackageView}: a planex package as a container, its path and its opened source, with what
 * the engine's one pass over {@code plan.xml} found: the header and the XSD problems. The bundled package rules
 * report from these rather than read {@code plan.xml} again. Packages in other formats have no container
 * checks.
 *
 * @param path the package as given on the command line
 * @param source the opened container; the engine closes it
 * @param header the header of {@code plan.xml}, or {@code null} when there is none or it could not be read
 * @param schemaProblems the XSD problems of {@code plan.xml}; empty when it is valid or was not checked
 * @since 0.1
 */
public record PackageInput(Path path, PackageSource source, PlanHeader header, List<SchemaProblem> schemaProblems)
        implements PackageView {

    /** Checks the parts. */
    public PackageInput {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
        schemaProblems = List.copyOf(schemaProblems);
    }

    /**
     * The engine's view behind a package view.
     *
     * @throws IllegalArgumentException if the view is not the engine's: the bundled package rules run only in the
     *     engine, which reads {@code plan.xml} for them
     */
    public static PackageInput of(PackageView view) {
        if (view instanceof PackageInput input) {
            return input;
        }
        throw new IllegalArgumentException("the bundled package rules need the package as the validator loads it,"
                + " not a " + view.getClass().getName() + "; run them through org.planex.validate.Validator");
    }

    @Override
    public Location location() {
        return source.location();
    }

    @Override
    public Location entryLocation(String entry) {
        return source.entryLocation(entry);
    }

    @Override
    public boolean contains(String entry) {
        return source.contains(entry);
    }

    @Override
    public InputStream open(String entry) throws PlanexException {
        return source.open(entry);
    }
}
