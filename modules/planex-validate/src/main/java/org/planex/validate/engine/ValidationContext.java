package org.planex.validate.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Geometry;
import org.planex.codes.CategoryMapper;
import org.planex.codes.CategoryMapping;
import org.planex.codes.CodeRegistry;
import org.planex.codes.check.CodeChecker;
import org.planex.codes.matrix.CompatibilityMatrix;
import org.planex.codes.matrix.Verdict;
import org.planex.crs.CrsService;
import org.planex.model.CrsRef;
import org.planex.model.PlanType;
import org.planex.rule.Compatibility;
import org.planex.rule.Issue;
import org.planex.rule.RuleContext;
import org.planex.rule.RuleDescriptor;
import org.planex.rule.RuleParameter;
import org.planex.rule.Tolerances;
import org.planex.spi.PlanexException;
import org.planex.spi.codes.HarmonisedCategory;

/**
 * The engine's {@link RuleContext}: the {@link Tolerances}, rule parameters set for the run, the code registry
 * with cached category and code lookups, the compatibility matrix and the CRS service. Bundled rules that need
 * more of the engine than {@link RuleContext} offers (the declared-CRS check needs the CRS service) take it
 * with {@link #crsOf(RuleContext)}.
 *
 * <p><b>Thread safety:</b> thread-safe; lookups are cached per (system, code).
 *
 * @since 0.1
 */
public final class ValidationContext implements RuleContext {

    private final Tolerances tolerances;
    private final Map<String, Double> parameters;
    private final CodeRegistry codes;
    private final CategoryMapper mapper;
    private final CodeChecker checker;
    private final CompatibilityMatrix matrix;
    private final CrsService crs;
    private final Map<String, List<HarmonisedCategory>> categories = new ConcurrentHashMap<>();
    private final Map<String, List<Issue>> findings = new ConcurrentHashMap<>();

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

    @Override
    public Tolerances tolerances() {
        return tolerances;
    }

    @Override
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

    @Override
    public List<String> codeSystems() {
        return codes.systems().stream().map(s -> s.id()).toList();
    }

    @Override
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

    @Override
    public List<Issue> codeIssues(String system, String code, Optional<PlanType> planType) throws PlanexException {
        String key = system + '\u0000' + code + '\u0000' + planType.map(Enum::name).orElse("");
        List<Issue> cached = findings.get(key);
        if (cached == null) {
            cached = List.copyOf(checker.check(system, code, planType));
            findings.put(key, cached);
        }
        return cached;
    }

    @Override
    public Compatibility compatibility(HarmonisedCategory a, HarmonisedCategory b) {
        return compatibility(matrix.verdict(a, b));
    }

    @Override
    public Compatibility compatibility(List<HarmonisedCategory> a, List<HarmonisedCategory> b) {
        return compatibility(matrix.worstVerdict(a, b));
    }

    private static Compatibility compatibility(Verdict v) {
        return new Compatibility(Compatibility.Kind.valueOf(v.kind().name()), v.bufferMetres(), v.note());
    }

    @Override
    public Geometry toLonLat(CrsRef from, Geometry geometry) {
        if (geometry == null) {
            return null;
        }
        try {
            return crs.reprojector(from, CrsRef.WGS84).reproject(geometry);
        } catch (PlanexException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The CRS service of a context: the engine's when the context is the engine's, else the standard one. For
     * bundled rules that check the declared CRS itself, which the rule API does not expose.
     */
    public static CrsService crsOf(RuleContext context) {
        return context instanceof ValidationContext v ? v.crs : CrsService.standard();
    }
}
