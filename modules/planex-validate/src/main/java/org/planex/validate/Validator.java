package org.planex.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.planex.core.input.InputOpener;
import org.planex.core.input.InputOptions;
import org.planex.core.registry.FormatRegistry;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.rule.Issue;
import org.planex.validate.engine.LoadedPlan;
import org.planex.validate.engine.ValidationContext;

/**
 * The rule engine: loads each package into memory ({@link LoadedPlan}) and checks it alone (package, feature and
 * plan rules), keeps of it only its {@linkplain LoadedPlan#borderSlice border slice} (the zones within the pair
 * rules' reach of its border, and every other feature), then finds the adjacent pairs from the boundaries and
 * checks each pair once, applies the severity profile, and returns a {@link ValidationReport}. A region thus holds
 * whole plans only while they load (as many as there are threads), and border slices otherwise; a pair whose
 * neighbour reaches deeper than a slice (a large facility radius, or plans that overlap far) reads that plan again.
 *
 * <p>A facade over three parts: loading ({@code PlanLoader}: inputs to loaded plans and the issues of loading;
 * a planex package's {@code plan.xml} is read once, the XSD checked in the same pass), rule running
 * ({@code RuleRunner}) and report assembly ({@code ReportAssembler}). The inputs are loaded, and the plans and
 * pairs checked, on up to {@link Builder#threads} threads; the report does not depend on their timing.
 *
 * <p>A package that cannot be read is an issue ({@value #UNREADABLE} or {@value #UNSAFE}), not a failure of the
 * run: the other packages are still checked. What the readers and the profile warn about while an input is
 * loaded (a layer without role, a field name shortened) becomes {@value #INPUT_WARNING} issues of that input.
 * Likewise a rule that fails on some input (a JTS topology exception on a broken geometry) becomes an error
 * issue under the rule's id, and the other rules still run.
 *
 * <p><b>Thread safety:</b> immutable; thread-safe when its rules are (as the rule API asks): several threads may
 * validate with one validator at once.
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

    private final RuleRunner rules;
    private final PlanLoader loader;
    private final ReportAssembler reports;
    private final OrderedTasks tasks;
    private final ValidationContext context;

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
        this(builder(catalog, formats).context(context).selection(selection).profile(profile));
    }

    private Validator(Builder b) {
        ValidationContext context = b.context == null ? ValidationContext.defaults() : b.context;
        this.tasks = new OrderedTasks(b.threads);
        this.rules = new RuleRunner(b.catalog, context, b.selection, b.profile, tasks);
        this.loader = new PlanLoader(b.formats, context, rules, b.containers);
        this.reports = new ReportAssembler(context, b.reportMap);
        this.context = context;
    }

    /**
     * A builder, with the default context ({@link ValidationContext#defaults()}), every rule selected
     * ({@link RuleSelection#ALL}) and no severity profile ({@link SeverityProfile#NONE}).
     *
     * @param catalog the rules
     * @param formats the format registry used for packages that are not planex packages
     */
    public static Builder builder(RuleCatalog catalog, FormatRegistry formats) {
        return new Builder(catalog, formats);
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
        return validate(inputs, options, ValidationListener.NONE);
    }

    /**
     * Validates packages and layered GIS datasets together as one region, telling a listener how it advances.
     *
     * @param inputs package or dataset paths
     * @param options the input options of each path that has some (others are read with the defaults)
     * @param listener hears each input and each pair checked
     */
    public ValidationReport validate(List<Path> inputs, Map<Path, InputOptions> options,
            ValidationListener listener) {
        List<Issue> loadIssues = new ArrayList<>();
        List<Issue> planIssues = new ArrayList<>();
        List<PackageSummary> summaries = new ArrayList<>();
        List<LoadedPlan> slices = new ArrayList<>();
        List<MapFeature> named = new ArrayList<>();
        List<Supplier<Checked>> checks = inputs.stream().<Supplier<Checked>>map(input -> () -> {
            Checked checked = checkAlone(input, options.getOrDefault(input, InputOptions.DEFAULT));
            listener.inputChecked(input, checked.slice() != null,
                    checked.loadIssues().size() + checked.planIssues().size());
            return checked;
        }).toList();
        for (Checked checked : tasks.run(checks)) {
            loadIssues.addAll(checked.loadIssues());
            planIssues.addAll(checked.planIssues());
            summaries.add(checked.summary());
            named.addAll(checked.named());
            if (checked.slice() != null) {
                slices.add(checked.slice());
            }
        }
        RuleRunner.Results pairs = rules.checkPairs(slices, listener);
        planIssues.addAll(pairs.issues());
        return reports.report(rules.ran(), summaries, loadIssues, slices, named,
                new RuleRunner.Results(planIssues, pairs.pairs()));
    }

    /**
     * One input loaded and checked alone (package, feature and plan rules), reduced to the border slice its pairs
     * need: the whole plan is garbage once this returns, so a region holds whole plans only while they load.
     */
    private Checked checkAlone(Path input, InputOptions options) {
        PlanLoader.Loaded loaded = loader.load(input, options);
        LoadedPlan plan = loaded.plan();
        if (plan == null) {
            return new Checked(loaded.issues(), List.of(), reports.unloaded(input), null, List.of());
        }
        List<Issue> planIssues = rules.checkPlan(plan);
        double band = rules.pairReach() + context.tolerances().borderWidth();
        LoadedPlan slice = plan.borderSlice(band, () -> loadWhole(input, options));
        List<Issue> own = new ArrayList<>(loaded.issues());
        own.addAll(planIssues);
        return new Checked(loaded.issues(), planIssues, reports.summary(plan), slice, reports.named(plan, own));
    }

    /**
     * Checks one input alone, as {@link #validate} does before it pairs the plans: for an engine that distributes
     * the inputs and pairs them itself (planex-spark). Loading problems are issues, never exceptions.
     *
     * @param input a package or dataset path
     * @param options its input options
     */
    public InputCheck checkInput(Path input, InputOptions options) {
        Checked checked = checkAlone(input, options);
        List<Issue> issues = new ArrayList<>(checked.loadIssues());
        issues.addAll(checked.planIssues());
        LoadedPlan slice = checked.slice();
        return new InputCheck(issues, checked.summary(), slice, slice == null ? null : rules.lonLatExtent(slice),
                slice == null ? 0 : RuleRunner.largestImpactRadius(slice));
    }

    /**
     * How far inside its area a plan keeps its zones in its border slice, in metres: the pair rules' reach plus
     * the border width.
     */
    public double sliceReach() {
        return rules.pairReach() + context.tolerances().borderWidth();
    }

    /**
     * The largest distance, in metres, the pair rules look into a side of a pair whose largest facility impact
     * radius is {@code impactRadius} ({@link InputCheck#impactRadius} of either side).
     */
    public double pairReach(double impactRadius) {
        return Math.max(rules.pairReach(), impactRadius);
    }

    /**
     * Checks one pair of plans, as {@link #validate} does for each pair it finds, then the region rules over that
     * pair alone; empty when the two are not adjacent. For an engine that distributes the pairs.
     *
     * @param first the plan of the first input (by input order)
     * @param second the plan of the second
     */
    public Optional<PairCheck> checkPair(LoadedPlan first, LoadedPlan second) {
        RuleRunner.PairAndRegion result = rules.checkPairAlone(first, second);
        if (result == null) {
            return Optional.empty();
        }
        return Optional.of(new PairCheck(result.pair().issues(), result.regionIssues(),
                reports.border(result.pair())));
    }

    /**
     * The report of a run whose inputs and pairs were checked apart ({@link #checkInput}, {@link #checkPair}),
     * without map data (the HTML report then draws no map).
     *
     * @param packages a summary per input, in input order
     * @param borders a summary per adjacent border
     * @param issues every issue, in the order to report them
     */
    public ValidationReport assemble(List<PackageSummary> packages, List<BorderSummary> borders, List<Issue> issues) {
        return new ValidationReport(ValidationReport.SCHEMA_VERSION, context.tolerances(), rules.ran(), packages,
                borders, issues, ReportMap.EMPTY);
    }

    /**
     * A plan of features sent from elsewhere (part of a border slice, for an engine that distributes the pairs),
     * with its metric view built as {@link #checkInput} builds it.
     *
     * @param source where the plan was read from
     * @param header its header
     * @param features the features, in file order
     */
    public LoadedPlan loadPart(Path source, PlanHeader header, List<PlanFeature> features) {
        return LoadedPlan.of(source, header, features, context.crs());
    }

    /**
     * The whole plan of an input checked before, for a neighbour that reaches deeper than its border slice.
     *
     * @throws IllegalStateException if the input cannot be read again (it changed or went away)
     */
    public LoadedPlan loadWhole(Path input, InputOptions options) {
        LoadedPlan plan = loader.load(input, options).plan();
        if (plan == null) {
            throw new IllegalStateException(input + " was read once but cannot be read again: was it changed or"
                    + " removed while it was validated? Validate it again.");
        }
        return plan;
    }

    /**
     * What checking one input alone gave.
     *
     * @param loadIssues the issues of loading
     * @param planIssues the issues of the feature and plan rules
     * @param summary the input's summary
     * @param slice the plan's border slice, or {@code null} when the input could not be loaded
     * @param named the features of the whole plan that its own issues name, for the report map
     */
    private record Checked(List<Issue> loadIssues, List<Issue> planIssues, PackageSummary summary,
            LoadedPlan slice, List<MapFeature> named) {
    }

    /**
     * Validates packages already in memory (feature, plan, pair and region rules; the package rules need a
     * container and do not run).
     */
    public ValidationReport validatePlans(List<LoadedPlan> plans) {
        RuleRunner.Results results = rules.check(plans);
        List<MapFeature> named = new ArrayList<>();
        for (LoadedPlan plan : plans) {
            named.addAll(reports.named(plan, results.issues()));
        }
        return reports.report(rules.ran(), plans.stream().map(reports::summary).toList(), List.of(), plans, named,
                results);
    }

    /**
     * Builds a {@link Validator}; every setting has a default but the rules and the format registry.
     *
     * <p><b>Thread safety:</b> not thread-safe; the validator it builds is.
     *
     * @since 0.1
     */
    public static final class Builder {

        private final RuleCatalog catalog;
        private final FormatRegistry formats;
        private ValidationContext context;
        private RuleSelection selection = RuleSelection.ALL;
        private SeverityProfile profile = SeverityProfile.NONE;
        private PlanLoader.Containers containers = PlanLoader.Containers.DEFAULT;
        private int threads = OrderedTasks.cores();
        private boolean reportMap = true;

        private Builder(RuleCatalog catalog, FormatRegistry formats) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
            this.formats = Objects.requireNonNull(formats, "formats");
        }

        /** Tolerances, parameters, codes and matrix; by default {@link ValidationContext#defaults()}, made on build. */
        public Builder context(ValidationContext value) {
            this.context = Objects.requireNonNull(value, "context");
            return this;
        }

        /** Which issue ids to report. */
        public Builder selection(RuleSelection value) {
            this.selection = Objects.requireNonNull(value, "selection");
            return this;
        }

        /** Severity overrides. */
        public Builder profile(SeverityProfile value) {
            this.profile = Objects.requireNonNull(value, "profile");
            return this;
        }

        /**
         * The most threads a run uses to load the inputs and check the plans and pairs; by default the number of
         * cores. The report does not depend on it.
         *
         * @throws IllegalArgumentException if below 1
         */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + value);
            }
            this.threads = value;
            return this;
        }

        /**
         * Whether the report carries what the HTML report's map draws ({@link ValidationReport#map()}); by default
         * it does. Choosing and simplifying those features is a small but real part of a large validation: a
         * caller that writes a report without a map (text, JSON, GeoJSON:
         * {@link org.planex.validate.report.ReportFormat#drawsMap()}) leaves it out, and the report's map is then
         * {@link ReportMap#EMPTY}.
         */
        public Builder reportMap(boolean value) {
            this.reportMap = value;
            return this;
        }

        /** How planex packages are opened (tests count the entries opened). */
        Builder containers(PlanLoader.Containers value) {
            this.containers = Objects.requireNonNull(value, "containers");
            return this;
        }

        /** The validator. */
        public Validator build() {
            return new Validator(this);
        }
    }
}
