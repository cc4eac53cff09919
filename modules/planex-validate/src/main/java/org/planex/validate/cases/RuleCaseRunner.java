package org.planex.validate.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.planex.codes.CodeRegistry;
import org.planex.codes.matrix.CompatibilityMatrix;
import org.planex.core.registry.FormatRegistry;
import org.planex.crs.CrsService;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.validate.RuleCatalog;
import org.planex.validate.RuleSelection;
import org.planex.validate.SeverityProfile;
import org.planex.validate.ValidationReport;
import org.planex.validate.Validator;
import org.planex.validate.engine.LoadedPlan;
import org.planex.validate.engine.ValidationContext;

/**
 * Runs declarative rule cases ({@code cases/**}{@code /*.json}, described by {@code case.schema.json}): reads a
 * case file, builds its packages in memory, runs the {@link Validator} with the case's rules, tolerances and
 * parameters, and compares the report with the expected issues and borders.
 *
 * <pre>{@code
 * RuleCaseRunner runner = RuleCaseRunner.standard();
 * for (CaseCheck c : runner.suite(CaseFiles.onClasspath(loader, "cases"))) {
 *     c.run(); // an AssertionError naming the file and each mismatch
 * }
 * }</pre>
 *
 * <p><b>Thread safety:</b> one run at a time.
 *
 * @since 0.1
 */
public final class RuleCaseRunner {

    private final RuleCatalog catalog;
    private final RuleCaseReader reader;
    private final CodeRegistry codes = CodeRegistry.load();
    private final CompatibilityMatrix matrix = CompatibilityMatrix.defaults();
    private final CrsService crs = CrsService.standard();
    private final FormatRegistry formats;

    /**
     * A runner of the rules of a catalog.
     *
     * @throws PlanexException if the format registry cannot be loaded
     */
    public RuleCaseRunner(RuleCatalog catalog) throws PlanexException {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.reader = new RuleCaseReader(catalog.issueIds());
        this.formats = FormatRegistry.load();
    }

    /**
     * A runner of the rules on the class path: the bundled ones and any plugin rule registered there.
     *
     * @throws IllegalStateException if the format registry cannot be loaded
     */
    public static RuleCaseRunner standard() {
        try {
            return new RuleCaseRunner(RuleCatalog.load());
        } catch (PlanexException e) {
            throw new IllegalStateException(e.getLocation() + ": " + e.getReason(), e);
        }
    }

    /**
     * Reads the cases of a file.
     *
     * @throws PlanexException for a malformed file (schema violation, bad WKT, unknown rule or issue id), at the
     *     JSON pointer and line of the offending value
     */
    public List<RuleCase> read(CaseSource source) throws PlanexException {
        return reader.read(source.name(), source.text());
    }

    /**
     * Reads the cases of a file of the file system.
     *
     * @throws PlanexException if it cannot be read or is malformed
     */
    public List<RuleCase> read(Path file) throws PlanexException {
        try {
            return reader.read(file, Files.readString(file));
        } catch (IOException e) {
            throw PlanexException.unreadable(Location.of(file), "cannot read the case file: "
                    + e.getMessage(), e);
        }
    }

    /** One check per case of the files, and one failing check per file that is refused. */
    public List<CaseCheck> suite(List<CaseSource> sources) {
        List<CaseCheck> out = new ArrayList<>();
        for (CaseSource s : sources) {
            try {
                read(s).forEach(c -> out.add(CaseCheck.of(s, this, c)));
            } catch (PlanexException e) {
                out.add(CaseCheck.refused(s, e));
            }
        }
        return out;
    }

    /** Runs a case and compares the report with its expectations. */
    public CaseResult run(RuleCase c) {
        ValidationContext context = new ValidationContext(c.tolerances(), c.parameters(), codes, matrix, crs);
        Validator validator = new Validator(catalog, context, RuleSelection.of(String.join(",", c.rules()), null),
                SeverityProfile.NONE, formats);
        List<LoadedPlan> plans = c.packages().stream().map(p -> p.load(crs)).toList();
        ValidationReport report = validator.validatePlans(plans);
        return new CaseResult(c, report, CaseComparison.compare(c, report));
    }
}
