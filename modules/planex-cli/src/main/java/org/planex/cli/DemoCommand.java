package org.planex.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.core.convert.ConversionResult;
import org.planex.core.convert.DigestingPlanReader;
import org.planex.core.convert.PlanConverter;
import org.planex.core.convert.PlanSummary;
import org.planex.core.input.InputOpener;
import org.planex.core.input.InputOptions;
import org.planex.core.registry.FormatRegistry;
import org.planex.model.Attachment;
import org.planex.model.FeatureKind;
import org.planex.model.PlanHeader;
import org.planex.spi.ExitCode;
import org.planex.spi.FormatProvider;
import org.planex.spi.Location;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanexException;
import org.planex.spi.ReadContext;
import org.planex.spi.WriteContext;
import org.planex.validate.RuleCatalog;
import org.planex.validate.RuleSelection;
import org.planex.validate.SeverityProfile;
import org.planex.validate.ValidationReport;
import org.planex.validate.Validator;
import org.planex.validate.engine.ValidationContext;
import org.planex.validate.report.ReportFiles;
import org.planex.validate.report.ReportFormat;
import org.planex.xml.PlanSchema;
import org.planex.xml.PlanXmlReader;
import org.planex.xml.SchemaProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code planex demo}: runs the bundled example end to end (the 青浦区 master plan package): schema check,
 * summary, conversion to a ZIP package and back, and a digest comparison that proves nothing was lost; then
 * validates the Yangtze River Delta example (three neighbouring packages with defects injected on purpose) and
 * writes its HTML report into the output folder. Says what it did at each step.
 *
 * @since 0.1
 */
@Command(name = "demo", description = "Run the bundled example end to end and say what happened.")
public final class DemoCommand implements Callable<Integer> {

    static final String EXAMPLE = "qingpu-310118";
    static final String REGION = "yrd-demo-zone";
    private static final List<String> REGION_PACKAGES = List.of("jiashan", "qingpu", "wujiang");

    @ParentCommand
    private PlanexCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "planex-demo",
            description = "Where to write the demo outputs (default: ${DEFAULT-VALUE}).")
    private Path output;

    @Override
    public Integer call() throws PlanexException {
        PrintWriter out = spec.commandLine().getOut();
        FormatRegistry registry = parent.registry();
        FormatProvider planex = registry.get("planex");
        createFolder(output);
        Path example = exampleFolder(output);
        out.printf("planex demo: the master plan package of 青浦区 (Qingpu District, Shanghai, 310118)%n");
        out.printf("[1/5] example package: %s%n", example);

        List<SchemaProblem> problems;
        try (InputStream in = Files.newInputStream(example.resolve("plan.xml"))) {
            problems = PlanSchema.validate(in, 20);
        } catch (IOException e) {
            throw PlanexException.unreadable(Location.of(example), "cannot read: " + e.getMessage(), e);
        }
        out.printf("[2/5] plan.xml checked against schemas/planex/1.0/planex.xsd (GML 3.2.1 offline): %s%n",
                problems.isEmpty() ? "valid" : problems.size() + " problem(s), first: " + problems.get(0));

        PlanSummary summary;
        String digestBefore;
        try (DigestingPlanReader r = new DigestingPlanReader(
                planex.openPlanReader(new ReadContext(example, null, parent.warnings())))) {
            summary = PlanSummary.of(r);
            digestBefore = r.digest();
        }
        PlanHeader h = summary.header();
        out.printf("[3/5] read %s %s (%s), plan \"%s\", %s, %s; %d zones, %d control areas, %d facilities, "
                + "%d corridors, %d attachment(s)%n", h.jurisdiction().name("zh"), h.jurisdiction().code(),
                h.jurisdiction().name("en"), h.plan().title(), h.crs(), h.classification().system(),
                summary.counts().get(FeatureKind.ZONE), summary.counts().get(FeatureKind.CONTROL_AREA),
                summary.counts().get(FeatureKind.FACILITY), summary.counts().get(FeatureKind.CORRIDOR),
                h.attachments().size());

        Path zip = output.resolve(EXAMPLE + ".planex.zip");
        ConversionResult r = new PlanConverter().convert(new InputOpener(registry).open(example, InputOptions.DEFAULT,
                parent.warnings()), planex, new WriteContext(zip, null, parent.warnings()));
        String digestAfter;
        try (DigestingPlanReader back = new DigestingPlanReader(planex.openPlanReader(ReadContext.of(zip)))) {
            PlanSummary.of(back);
            digestAfter = back.digest();
        }
        out.printf(Locale.ROOT, "[4/5] converted to %s (%d features, %d attachment(s), %.2f s) and read back: %s%n",
                zip, r.features(), r.attachments(), r.elapsed().toNanos() / 1e9,
                digestAfter.equals(digestBefore) ? "identical content (SHA-256 " + digestAfter.substring(0, 16) + "...)"
                        : "CONTENT DIFFERS");
        Path report = output.resolve(REGION + "-report.html");
        ValidationReport region = validateRegion(output, registry, report);
        out.printf("[5/5] validated the Yangtze River Delta demonstration zone (青浦 310118, 吴江 320509, 嘉善 330421)"
                + " as neighbours: %s (the defects are injected on purpose, see examples/%s/README.md); HTML report:"
                + " %s%n", region.summaryLine(), REGION, report);
        out.printf("Next: planex info %s --json; planex validate %s; planex formats%n", zip,
                String.join(" ", regionPackages(output).stream().map(Path::toString).toList()));
        return (digestAfter.equals(digestBefore) && problems.isEmpty() ? ExitCode.OK : ExitCode.INVALID_DATA).code();
    }

    private static ValidationReport validateRegion(Path output, FormatRegistry registry, Path report)
            throws PlanexException {
        List<Path> packages = regionPackages(output);
        ValidationReport result = new Validator(RuleCatalog.load(DemoCommand.class.getClassLoader()),
                ValidationContext.defaults(), RuleSelection.ALL, SeverityProfile.NONE, registry).validate(packages);
        ReportFiles.write(result, ReportFormat.HTML, report);
        return result;
    }

    /**
     * The packages of the YRD example: {@code examples/yrd-demo-zone/*} of the planex home when they exist,
     * else copies extracted from the jar into the output folder.
     */
    private static List<Path> regionPackages(Path output) throws PlanexException {
        String home = System.getProperty("planex.home");
        List<Path> out = new java.util.ArrayList<>();
        for (String p : REGION_PACKAGES) {
            Path folder = home == null ? null : Path.of(home, "examples", REGION, p);
            if (folder == null || !Files.isRegularFile(folder.resolve("plan.xml"))) {
                folder = output.resolve("example-" + REGION).resolve(p);
                try {
                    Files.createDirectories(folder);
                    if (!Files.isRegularFile(folder.resolve("plan.xml"))) {
                        extract("/planex-examples/" + REGION + "/" + p + "/plan.xml", folder.resolve("plan.xml"));
                    }
                } catch (IOException e) {
                    throw PlanexException.notWritable(Location.of(folder), "cannot extract the bundled example: "
                            + e.getMessage(), e);
                }
            }
            out.add(folder);
        }
        return out;
    }

    private static void createFolder(Path dir) throws PlanexException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw PlanexException.notWritable(Location.of(dir), "cannot create the demo folder: " + e.getMessage(), e);
        }
    }

    /**
     * The example folder: {@code examples/qingpu-310118} of the planex home when it exists, else a copy
     * extracted from the jar into the output folder.
     */
    private static Path exampleFolder(Path output) throws PlanexException {
        String home = System.getProperty("planex.home");
        if (home != null) {
            Path folder = Path.of(home, "examples", EXAMPLE);
            if (Files.isRegularFile(folder.resolve("plan.xml"))) {
                return folder;
            }
        }
        Path copy = output.resolve("example-" + EXAMPLE);
        String base = "/planex-examples/" + EXAMPLE + "/";
        try {
            Files.createDirectories(copy);
            extract(base + "plan.xml", copy.resolve("plan.xml"));
            PlanHeader header;
            try (PlanXmlReader r = new PlanXmlReader(Files.newInputStream(copy.resolve("plan.xml")),
                    Location.of(copy.resolve("plan.xml")), new GeometryFactory())) {
                header = r.header();
            }
            for (Attachment a : header.attachments()) {
                Path file = copy.resolve(a.path());
                Files.createDirectories(file.getParent());
                extract(base + a.path(), file);
            }
            return copy;
        } catch (PlanexException e) {
            throw e;
        } catch (IOException e) {
            throw PlanexException.notWritable(Location.of(copy), "cannot extract the bundled example: " + e.getMessage(),
                    e);
        }
    }

    private static void extract(String resource, Path file) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("resource " + resource + " is not in the planex jar");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
