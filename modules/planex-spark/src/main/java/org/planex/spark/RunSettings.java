package org.planex.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.planex.codes.CodeRegistry;
import org.planex.codes.matrix.CompatibilityMatrix;
import org.planex.core.registry.FormatRegistry;
import org.planex.crs.CrsService;
import org.planex.rule.Tolerances;
import org.planex.spi.PlanexException;
import org.planex.validate.RuleCatalog;
import org.planex.validate.RuleSelection;
import org.planex.validate.SeverityProfile;
import org.planex.validate.Validator;
import org.planex.validate.engine.ValidationContext;

/**
 * What a distributed validation run checks, as the driver sends it to the executors: the rule selection and the
 * tolerances, the options of {@code planex validate} of the same names. Each executor JVM builds one
 * {@link Validator} per settings ({@link #validator()}) and reuses it for every task.
 *
 * @param rules the issue ids to report, comma-separated globs, or {@code null} for all
 * @param skip the issue ids to skip, or {@code null}
 * @param tolerance the geometric tolerance in metres, or {@code null} for the default
 * @param minArea the smallest gap, overlap or sliver reported in square metres, or {@code null} for the default
 * @since 0.1
 */
public record RunSettings(String rules, String skip, Double tolerance, Double minArea) implements Serializable {

    private static final Map<RunSettings, Validator> VALIDATORS = new ConcurrentHashMap<>();

    /** Checks the selection and the numbers now, on the driver, so that a typo fails before any task runs. */
    public RunSettings {
        RuleSelection.of(rules, skip);
        tolerances(tolerance, minArea);
    }

    /**
     * The validator of these settings in this JVM, built on first use with the bundled rules, codes,
     * compatibility matrix, CRS service and formats (those on the class path). One task at a time uses it per
     * core; it is thread-safe.
     *
     * @throws PlanexException if the formats cannot be loaded
     */
    public Validator validator() throws PlanexException {
        Validator v = VALIDATORS.get(this);
        if (v == null) {
            ValidationContext context = new ValidationContext(tolerances(tolerance, minArea), Map.of(),
                    CodeRegistry.load(), CompatibilityMatrix.defaults(), CrsService.standard());
            v = Validator.builder(RuleCatalog.load(), FormatRegistry.load()).context(context)
                    .selection(RuleSelection.of(rules, skip)).profile(SeverityProfile.NONE).threads(1).reportMap(false)
                    .build();
            Validator raced = VALIDATORS.putIfAbsent(this, v);
            v = raced == null ? v : raced;
        }
        return v;
    }

    private static Tolerances tolerances(Double tolerance, Double minArea) {
        Tolerances t = Tolerances.DEFAULT;
        if (tolerance != null) {
            t = t.withTolerance(tolerance);
        }
        if (minArea != null) {
            t = t.withMinArea(minArea);
        }
        return t;
    }
}
