package org.planex.validate.spi;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.planex.codes.CategoryMapper;
import org.planex.codes.CategoryMapping;
import org.planex.codes.CodeRegistry;
import org.planex.codes.check.CodeChecker;
import org.planex.codes.check.CodeFinding;
import org.planex.codes.matrix.CompatibilityMatrix;
import org.planex.crs.CrsService;
import org.planex.model.PlanType;
import org.planex.spi.PlanexException;
import org.planex.spi.codes.HarmonisedCategory;

/**
 * Everything a rule needs besides its input: the {@link Tolerances}, rule parameters set for the run, the code
 * registry with a cached category lookup, the compatibility matrix and the CRS service.
 *
 * <p><b>Thread safety:</b> thread-safe; lookups are cached per (system, code).
 *
 * @since 0.1
 */
public final class ValidationContext {

    private final Tolerances tolerances;
    private final Map<String, Double> parameters;
    private final CodeRegistry codes;
    private final CategoryMapper mapper;
    private final CodeChecker checker;
    private final CompatibilityMatrix matrix;
    private final CrsService crs;
    private final Map<String, List<HarmonisedCategory>> categories = new ConcurrentHashMap<>();
    private final Map<String, List<CodeFinding>> findings = new ConcurrentHashMap<>();

    /**
     * A context.
     *
     * @param tolerances the tolerance model
     * @param parameters rule parameters by {@code RULE_ID.name}
     * @param codes the code registry
     * @param matrix the compatibility matrix
     * @param crs the CRS service
     */
    public ValidationContext(Tolerances tolerances, Map<String, Double> parameters, CodeRegistry codes,
            CompatibilityMatrix matrix, CrsService crs) {
        this.tolerances = Objects.requireNonNull(tolerances, "tolerances");
        this.parameters = Map.copyOf(parameters);
        this.codes = Objects.requireNonNull(codes, "codes");
        this.mapper = new CategoryMapper(codes);
        this.checker = new CodeChecker(codes);
        this.matrix = Objects.requireNonNull(matrix, "matrix");
        this.crs = Objects.requireNonNull(crs, "crs");
    }

    /** A context with the default tolerances, the bundled code systems and matrix. */
    public static ValidationContext defaults() {
        return new ValidationContext(Tolerances.DEFAULT, Map.of(), CodeRegistry.load(), CompatibilityMatrix.defaults(),
                CrsService.standard());
    }

    /** The tolerance model. */
    public Tolerances tolerances() {
        return tolerances;
    }

    /** The value of a rule parameter: set for the run, else its default. */
    public double parameter(RuleDescriptor rule, String name) {
        for (RuleParameter p : rule.parameters()) {
            if (p.name().equals(name)) {
                return parameters.getOrDefault(rule.id() + "." + name, p.defaultValue());
            }
        }
        throw new IllegalArgumentException("rule " + rule.id() + " declares no parameter '" + name + "'");
    }

    /** The code registry. */
    public CodeRegistry codes() {
        return codes;
    }

    /** The compatibility matrix. */
    public CompatibilityMatrix matrix() {
        return matrix;
    }

    /** The CRS service. */
    public CrsService crs() {
        return crs;
    }

    /**
     * The harmonised categories of a code; empty when the system is unknown or the code is unmapped (the code
     * rules report those).
     */
    public List<HarmonisedCategory> categories(String system, String code) {
        return categories.computeIfAbsent(system + '\u0000' + code, k -> {
            if (codes.system(system).isEmpty()) {
                return List.of();
            }
            try {
                CategoryMapping m = mapper.map(system, code);
                return m.categories();
            } catch (PlanexException e) {
                return List.of();
            }
        });
    }

    /**
     * The code findings of a code, cached.
     *
     * @throws PlanexException if the system is unknown
     */
    public List<CodeFinding> codeFindings(String system, String code, Optional<PlanType> planType)
            throws PlanexException {
        String key = system + '\u0000' + code + '\u0000' + planType.map(Enum::name).orElse("");
        List<CodeFinding> cached = findings.get(key);
        if (cached == null) {
            cached = List.copyOf(checker.check(system, code, planType));
            findings.put(key, cached);
        }
        return cached;
    }
}
