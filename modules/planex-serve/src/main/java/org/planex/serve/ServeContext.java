package org.planex.serve;

import java.util.Map;
import org.planex.codes.CodeRegistry;
import org.planex.codes.matrix.CompatibilityMatrix;
import org.planex.core.registry.FormatRegistry;
import org.planex.crs.CrsService;
import org.planex.rule.Tolerances;
import org.planex.spi.PlanexException;
import org.planex.validate.RuleCatalog;
import org.planex.validate.RuleSelection;
import org.planex.validate.Validator;
import org.planex.validate.engine.ValidationContext;

/**
 * What every request of the service shares, loaded once when it starts: the formats, the rules, the code systems,
 * the compatibility matrix and the CRS service; a {@link Validator} is made per request from them with the
 * request's options.
 *
 * <p><b>Thread safety:</b> immutable and thread-safe.
 *
 * @param formats the format registry
 * @param rules the validation rules
 * @param codes the code systems
 * @param matrix the compatibility matrix
 * @param crs the CRS service
 * @since 0.3
 */
public record ServeContext(FormatRegistry formats, RuleCatalog rules, CodeRegistry codes, CompatibilityMatrix matrix,
        CrsService crs) {

    /**
     * The formats, rules and code systems found by {@code loader} (planex's own and any plugins), the bundled
     * matrix and the standard CRS service.
     *
     * @throws PlanexException if a format plugin cannot be loaded
     */
    public static ServeContext load(ClassLoader loader) throws PlanexException {
        return new ServeContext(FormatRegistry.load(loader), RuleCatalog.load(loader), CodeRegistry.load(loader),
                CompatibilityMatrix.defaults(), CrsService.standard());
    }

    /**
     * A validator with these tolerances and this selection, on at most {@code threads} threads, for reports with
     * a map or without ({@link Validator.Builder#reportMap}).
     */
    Validator validator(Tolerances tolerances, RuleSelection selection, int threads, boolean reportMap) {
        return Validator.builder(rules, formats).selection(selection).threads(threads).reportMap(reportMap)
                .context(new ValidationContext(tolerances, Map.of(), codes, matrix, crs)).build();
    }
}
