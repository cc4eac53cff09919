package org.planex.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.planex.codes.CodeRegistry;
import org.planex.codes.matrix.CompatibilityMatrix;
import org.planex.core.input.InputOptions;
import org.planex.core.profile.ProfileLoader;
import org.planex.crs.CrsService;
import org.planex.rule.Tolerances;
import org.planex.spi.ExitCode;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.validate.RuleCatalog;
import org.planex.validate.RuleSelection;
import org.planex.validate.SeverityProfile;
import org.planex.validate.ValidationReport;
import org.planex.validate.Validator;
import org.planex.validate.engine.ValidationContext;
import org.planex.validate.report.ReportFiles;
import org.planex.validate.report.ReportFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code planex validate}: checks plan packages alone and, for every adjacent pair, against each other; a thin
 * shell over {@link Validator} (see {@code docs/validation.md}). Exit code 3 when an error is found.
 *
 * @since 0.1
 */
@Command(name = "validate", description = "Validate plan packages alone and against their neighbours: package,"
        + " schema, geometry, CRS, codes, topology, borders and cross-border compatibility.")
public final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    private PlanexCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PACKAGE", description = "Plan packages (folder, ZIP or plan.xml) or"
            + " GIS datasets of any readable format, as PATH or PATH=PROFILE (the profile that maps its layers; by "
            + "default the built-in profile that fits its layer names); all are checked as one region.")
    private List<String> inputs;

    @Option(names = "--report", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, geojson or html (default: ${DEFAULT-VALUE}).")
    private String report;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE"
            + " (default: standard output).")
    private Path output;

    @Option(names = "--tolerance", paramLabel = "M", description = "Geometric tolerance in metres (default: 1).")
    private Double tolerance;

    @Option(names = "--min-area", paramLabel = "M2", description = "Smallest gap, overlap or sliver reported, in"
            + " square metres (default: 1).")
    private Double minArea;

    @Option(names = "--rules", paramLabel = "GLOBS", description = "Only these issue ids, comma-separated globs,"
            + " e.g. BORDER.*,XB.*")
    private String rules;

    @Option(names = "--skip", paramLabel = "GLOBS", description = "Skip these issue ids, e.g. CODE.LEVEL,*.SLIVER")
    private String skip;

    @Option(names = "--severity-profile", paramLabel = "FILE", description = "Severity profile: RULE=severity and"
            + " RULE.parameter=number lines, or JSON.")
    private Path profile;

    @Option(names = "--compat", paramLabel = "FILE", description = "A compatibility matrix replacing the bundled one.")
    private Path compat;

    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error (shown for "
            + ValidationProgress.REGION + " inputs or more: a bar on a terminal, one line per plan and pair otherwise).")
    private boolean quiet;

    @Option(names = "--list-rules", description = "List the rules and the issue ids they emit, then exit.")
    private boolean listRules;

    @ArgGroup(validate = false, heading = InputArguments.HEADING)
    private InputArguments input = new InputArguments();

    @Override
    public Integer call() throws PlanexException {
        PrintWriter out = spec.commandLine().getOut();
        RuleCatalog catalog = RuleCatalog.load(parent.plugins());
        if (listRules) {
            catalog.rules().forEach(r -> out.println(r.descriptor().id() + "  " + r.descriptor().scope().name()
                    .toLowerCase(Locale.ROOT) + "  " + r.descriptor().defaultSeverity().token() + "  "
                    + String.join(",", r.descriptor().emits()) + "  " + r.descriptor().description()));
            return ExitCode.OK.code();
        }
        if (inputs == null || inputs.isEmpty()) {
            return usage("give at least one PACKAGE (a folder, ZIP or plan.xml)");
        }
        ReportFormat format;
        RuleSelection selection;
        Tolerances tolerances = Tolerances.DEFAULT;
        try {
            format = ReportFormat.fromToken(report);
            selection = RuleSelection.of(rules, skip);
            if (tolerance != null) {
                tolerances = tolerances.withTolerance(tolerance);
            }
            if (minArea != null) {
                tolerances = tolerances.withMinArea(minArea);
            }
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        InputOptions common = InputArguments.options(input);
        if (inputs.size() > 1 && (common.format() != null || !common.openOptions().isEmpty())) {
            return usage("--from and --oo apply to one input; with several, each input's format is detected");
        }
        List<Path> packages = new ArrayList<>();
        Map<Path, InputOptions> options = new HashMap<>();
        for (String in : inputs) {
            int eq = in.lastIndexOf('=');
            Path p = Path.of(eq > 0 && !Files.exists(Path.of(in)) ? in.substring(0, eq) : in);
            if (!Files.exists(p)) {
                throw PlanexException.unreadable(Location.of(p), "no such file or folder", null);
            }
            if (eq > 0 && !Files.exists(Path.of(in))) {
                String named = in.substring(eq + 1);
                ProfileLoader.load(named); // fails now, before any input is read, for an unknown profile
                options.put(p, common.withProfile(named));
            } else {
                options.put(p, common);
            }
            packages.add(p);
        }
        SeverityProfile severities = profile == null ? SeverityProfile.NONE : SeverityProfile.read(profile);
        CompatibilityMatrix matrix = compat == null ? CompatibilityMatrix.defaults() : CompatibilityMatrix.read(compat);
        ValidationContext context = new ValidationContext(tolerances, severities.parameters(),
                CodeRegistry.load(parent.plugins()), matrix, CrsService.standard());
        ValidationReport result;
        try (ValidationProgress progress = ValidationProgress.create(quiet, System.console() != null,
                packages.size(), spec.commandLine().getErr())) {
            result = Validator.builder(catalog, parent.registry()).context(context).selection(selection)
                    .profile(severities).reportMap(format.drawsMap()).build().validate(packages, options, progress);
        }
        ReportFiles.deliver(result, format, out, output);
        return result.hasErrors() ? ExitCode.INVALID_DATA.code() : ExitCode.OK.code();
    }

    private int usage(String reason) {
        spec.commandLine().getErr().println("planex validate: " + reason);
        return ExitCode.USAGE.code();
    }
}
