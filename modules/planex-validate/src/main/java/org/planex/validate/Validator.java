package org.planex.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.core.container.PackageLimits;
import org.planex.core.container.PackageSource;
import org.planex.core.format.PlanexFormatProvider;
import org.planex.core.input.InputOpener;
import org.planex.core.input.InputOptions;
import org.planex.core.input.OpenedInput;
import org.planex.core.registry.FormatRegistry;
import org.planex.model.CrsRef;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.rule.Issue;
import org.planex.rule.IssueSink;
import org.planex.rule.Rule;
import org.planex.rule.RuleDescriptor;
import org.planex.rule.RuleScope;
import org.planex.rule.Severity;
import org.planex.rule.SharedBorder;
import org.planex.spi.ErrorKind;
import org.planex.spi.Location;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanexException;
import org.planex.spi.WarningListener;
import org.planex.validate.engine.LoadedPlan;
import org.planex.validate.engine.PackageInput;
import org.planex.validate.engine.PlanPair;
import org.planex.validate.engine.Region;
import org.planex.validate.engine.ValidationContext;
import org.planex.xml.PlanXml;
import org.planex.xml.PlanXmlReader;

/**
 * The rule engine: loads every package once into memory ({@link LoadedPlan}), runs the selected rules in the
 * order of their scope (package, feature, plan, pair, region), finds the adjacent pairs from the boundaries
 * and checks each pair once, applies the severity profile, and returns a {@link ValidationReport}.
 *
 * <p>A package that cannot be read is an issue ({@value #UNREADABLE} or {@value #UNSAFE}), not a failure of the
 * run: the other packages are still checked. What the readers and the profile warn about while an input is
 * loaded (a layer without role, a field name shortened) becomes {@value #INPUT_WARNING} issues of that input.
 * Likewise a rule that fails on some input (a JTS topology exception on a broken geometry) becomes an error
 * issue under the rule's id, and the other rules still run.
 *
 * <p><b>Thread safety:</b> a validator may be reused, one run at a time.
 *
 * @since 0.1
 */
public final class Validator {

    /** The id of the issue for a package that cannot be read. */
    public static final String UNREADABLE = "PKG.UNREADABLE";
    /** The id of the issue for a package refused as unsafe (ZIP limits, DTD). */
    public static final String UNSAFE = "PKG.UNSAFE";
    /** The id of the issue for a warning a reader or profile gave while an input was loaded. */
    public static final String INPUT_WARNING = "INPUT.WARNING";

    private final RuleCatalog catalog;
    private final ValidationContext context;
    private final RuleSelection selection;
    private final SeverityProfile profile;
    private final FormatRegistry formats;
    private Map<Path, InputOptions> inputOptions = Map.of();

    /**
     * A validator.
     *
     * @param catalog the rules
     * @param context tolerances, parameters, codes and matrix
     * @param selection which issue ids to report
     * @param profile severity overrides
     * @param formats the format registry used for packages that are not planex packages
     */
    public Validator(RuleCatalog catalog, ValidationContext context, RuleSelection selection, SeverityProfile profile,
            FormatRegistry formats) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.context = Objects.requireNonNull(context, "context");
        this.selection = Objects.requireNonNull(selection, "selection");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.formats = Objects.requireNonNull(formats, "formats");
    }

    /**
     * Validates packages, alone and as neighbours.
     *
     * @param inputs package paths (folder, ZIP, plan.xml, or any readable format)
     */
    public ValidationReport validate(List<Path> inputs) {
        return validate(inputs, Map.of());
    }

    /**
     * Validates packages and layered GIS datasets together as one region. Each input is opened by the shared
     * {@link InputOpener} with its options: a layered dataset (shapefiles, GeoPackage, GeoJSON) is read through
     * the profile they name, else the built-in profile that fits its layer names best, its unnamed layers
     * taking roles from their geometry (see {@link org.planex.core.input.OpenedInput}).
     *
     * @param inputs package or dataset paths
     * @param options the input options of each path that has some (others are read with the defaults)
     */
    public ValidationReport validate(List<Path> inputs, Map<Path, InputOptions> options) {
        this.inputOptions = options;
        List<Rule> active = active();
        List<Issue> issues = new ArrayList<>();
        List<PackageSummary> summaries = new ArrayList<>();
        List<LoadedPlan> plans = new ArrayList<>();
        for (Path input : inputs) {
            InputWarnings warnings = new InputWarnings(input);
            LoadedPlan plan = load(input, active, issues, warnings);
            if (selection.selects(INPUT_WARNING)) {
                warnings.issues(plan == null ? String.valueOf(input.getFileName()) : plan.packageId()).stream()
                        .map(this::apply).forEach(issues::add);
            }
            if (plan == null) {
                summaries.add(new PackageSummary(String.valueOf(input.getFileName()), input.toString(), "", "", "", 0,
                        false, null));
                continue;
            }
            plans.add(plan);
            summaries.add(summary(plan));
        }
        return run(active, plans, summaries, issues);
    }

    /**
     * Validates packages already in memory (feature, plan, pair and region rules; the package rules need a
     * container and do not run).
     */
    public ValidationReport validatePlans(List<LoadedPlan> plans) {
        List<PackageSummary> summaries = new ArrayList<>();
        for (LoadedPlan p : plans) {
            summaries.add(summary(p));
        }
        return run(active(), plans, summaries, new ArrayList<>());
    }

    private List<Rule> active() {
        return catalog.rules().stream().filter(r -> selection.runs(r.descriptor())).toList();
    }

    private ValidationReport run(List<Rule> active, List<LoadedPlan> plans, List<PackageSummary> summaries,
            List<Issue> issues) {
        for (LoadedPlan plan : plans) {
            runPlan(plan, active, issues);
        }
        List<PlanPair> pairs = new ArrayList<>();
        List<BorderSummary> borders = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            for (int j = i + 1; j < plans.size(); j++) {
                PlanPair pair = pair(plans.get(i), plans.get(j));
                if (pair == null || !pair.adjacent()) {
                    continue;
                }
                pairs.add(pair);
                List<Issue> pairIssues = new ArrayList<>();
                for (Rule r : active) {
                    if (r.descriptor().scope() == RuleScope.PAIR) {
                        run(r.descriptor(), pairIssues, sink -> r.checkPair(pair, context, sink));
                    }
                }
                issues.addAll(pairIssues);
                borders.add(border(pair, pairIssues));
            }
        }
        Region region = new Region(plans, pairs);
        for (Rule r : active) {
            if (r.descriptor().scope() == RuleScope.REGION) {
                run(r.descriptor(), issues, sink -> r.checkRegion(region, context, sink));
            }
        }
        List<String> ran = active.stream().map(r -> r.descriptor().id()).toList();
        return new ValidationReport(ValidationReport.SCHEMA_VERSION, context.tolerances(), ran, summaries, borders,
                issues);
    }

    private LoadedPlan load(Path input, List<Rule> active, List<Issue> issues, WarningListener warnings) {
        try {
            OpenedInput in = new InputOpener(formats).open(input, inputOptions.getOrDefault(input,
                    InputOptions.DEFAULT), warnings);
            if (PlanexFormatProvider.ID.equals(in.provider().descriptor().id())) {
                return loadPackage(input, in.options().sourceCrs(), active, issues);
            }
            try (PlanReader reader = in.openPlan(true)) {
                List<PlanFeature> features = new ArrayList<>();
                for (PlanFeature f = reader.read(); f != null; f = reader.read()) {
                    features.add(f);
                }
                return LoadedPlan.of(input, reader.header(), features, context.crs());
            }
        } catch (PlanexException e) {
            unreadable(input, e, issues);
            return null;
        }
    }

    private LoadedPlan loadPackage(Path input, CrsRef declared, List<Rule> active, List<Issue> issues)
            throws PlanexException {
        try (PackageSource source = PackageSource.open(input, PackageLimits.DEFAULT)) {
            PackageInput pkg = new PackageInput(input, source);
            List<Issue> containerIssues = new ArrayList<>();
            for (Rule r : active) {
                if (r.descriptor().scope() == RuleScope.PACKAGE) {
                    run(r.descriptor(), containerIssues, sink -> r.checkPackage(pkg, context, sink));
                }
            }
            issues.addAll(containerIssues);
            if (!source.contains(PlanXml.DOCUMENT_NAME)) {
                return null;
            }
            try (PlanXmlReader xml = new PlanXmlReader(source.open(PlanXml.DOCUMENT_NAME),
                    source.entryLocation(PlanXml.DOCUMENT_NAME), new GeometryFactory())) {
                PlanHeader header = declared == null ? xml.header()
                        : xml.header().withCrs(declared, xml.header().boundary());
                List<PlanFeature> features = new ArrayList<>();
                for (PlanFeature f = xml.read(); f != null; f = xml.read()) {
                    features.add(f);
                }
                return LoadedPlan.of(input, header, features, context.crs());
            }
        }
    }

    private void unreadable(Path input, PlanexException e, List<Issue> issues) {
        String id = e.getKind() == ErrorKind.UNSAFE_INPUT ? UNSAFE : UNREADABLE;
        if (!selection.selects(id)) {
            return;
        }
        issues.add(apply(Issue.builder(id, Severity.ERROR)
                .message(e.getReason() + "; the package was not checked further")
                .packages(String.valueOf(input.getFileName())).at(e.getLocation() == Location.UNKNOWN
                        ? Location.of(input) : e.getLocation()).build()));
    }

    private void runPlan(LoadedPlan plan, List<Rule> active, List<Issue> issues) {
        List<PlanFeature> features = plan.features();
        for (Rule r : active) {
            RuleDescriptor d = r.descriptor();
            if (d.scope() == RuleScope.FEATURE) {
                run(d, issues, sink -> {
                    for (int i = 0; i < features.size(); i++) {
                        r.checkFeature(plan, i, features.get(i), context, sink);
                    }
                });
            }
        }
        for (Rule r : active) {
            if (r.descriptor().scope() == RuleScope.PLAN) {
                run(r.descriptor(), issues, sink -> r.checkPlan(plan, context, sink));
            }
        }
    }

    private PlanPair pair(LoadedPlan a, LoadedPlan b) {
        if (!a.hasMetricView() || !b.hasMetricView() || a.header().boundary() == null
                || b.header().boundary() == null) {
            return null;
        }
        try {
            return PlanPair.of(a, b, context.crs(), context.tolerances());
        } catch (PlanexException e) {
            return null;
        }
    }

    private BorderSummary border(PlanPair pair, List<Issue> pairIssues) {
        SharedBorder border = pair.border().orElseThrow();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Issue i : pairIssues) {
            counts.merge(i.ruleId(), 1, Integer::sum);
        }
        return new BorderSummary(pair.plan(PlanPair.Side.FIRST).packageId(), pair.plan(PlanPair.Side.SECOND).packageId(),
                pair.choice().describe(), round(border.length()), round(border.maxOffset(null).distance()),
                pair.toLonLat(border.lineFirst()), counts);
    }

    private PackageSummary summary(LoadedPlan plan) {
        PlanHeader h = plan.header();
        Geometry boundary = plan.hasMetricView() ? plan.toLonLat(plan.metricBoundary()) : null;
        return new PackageSummary(h.packageId(), plan.source().toString(),
                h.jurisdiction().code() + " " + h.jurisdiction().name(), h.crs().toString(),
                plan.hasMetricView() ? plan.measurer().choice().describe() : "", plan.features().size(), true, boundary);
    }

    private interface RuleCall {
        void run(IssueSink sink) throws PlanexException;
    }

    private void run(RuleDescriptor rule, List<Issue> into, RuleCall call) {
        Map<String, Boolean> selected = new HashMap<>();
        IssueSink sink = issue -> {
            if (selected.computeIfAbsent(issue.ruleId(), selection::selects)) {
                into.add(apply(issue));
            }
        };
        try {
            call.run(sink);
        } catch (PlanexException e) {
            into.add(apply(Issue.builder(rule.id(), Severity.ERROR).message("could not be checked: " + e.getReason())
                    .at(e.getLocation()).build()));
        } catch (RuntimeException e) {
            into.add(apply(Issue.builder(rule.id(), Severity.ERROR).message("could not be checked: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + " (the input is probably too broken for"
                    + " this rule; fix the issues reported before it, or report a bug with the package)").build()));
        }
    }

    private Issue apply(Issue issue) {
        return profile.severity(issue.ruleId()).map(issue::withSeverity).orElse(issue);
    }

    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
