package org.planex.validate.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.planex.core.registry.FormatRegistry;
import org.planex.validate.RuleCatalog;
import org.planex.validate.RuleSelection;
import org.planex.validate.SeverityProfile;
import org.planex.validate.ValidationReport;
import org.planex.validate.Validator;
import org.planex.validate.engine.ValidationContext;
import org.planex.validate.report.ReportFiles;
import org.planex.validate.report.ReportFormat;

/**
 * Regenerates both examples and their committed reports ({@code expected-report.json}, {@code report.html}).
 * Run from the repository root: the report paths are then relative to it.
 */
public final class ExampleReports {

    private ExampleReports() {
    }

    /** Writes the examples and their reports under {@code args[0]} (default {@code examples}). */
    public static void main(String[] args) throws Exception {
        Path examples = Path.of(args.length > 0 ? args[0] : "examples");
        YrdDemoExample.write(examples.resolve(YrdDemoExample.FOLDER));
        ShenzhenHongKongExample.write(examples.resolve(ShenzhenHongKongExample.FOLDER));
        for (String folder : List.of(YrdDemoExample.FOLDER, ShenzhenHongKongExample.FOLDER)) {
            Path dir = examples.resolve(folder);
            ValidationReport report = validate(packages(dir));
            ReportFiles.write(report, ReportFormat.JSON, dir.resolve("expected-report.json"));
            ReportFiles.write(report, ReportFormat.HTML, dir.resolve("report.html"));
        }
    }

    /** The package folders of an example, in name order. */
    public static List<Path> packages(Path example) throws Exception {
        try (var s = Files.list(example)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("plan.xml"))).sorted().toList();
        }
    }

    /** Validates with every bundled rule and the default tolerances. */
    public static ValidationReport validate(List<Path> packages) throws Exception {
        return new Validator(RuleCatalog.load(), ValidationContext.defaults(), RuleSelection.ALL, SeverityProfile.NONE,
                FormatRegistry.load()).validate(packages);
    }
}
