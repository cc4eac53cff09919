package org.planex.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;
import org.planex.core.convert.BatchConversion;
import org.planex.core.convert.ConversionOptions;
import org.planex.core.convert.ConversionResult;
import org.planex.core.convert.PlanConverter;
import org.planex.core.input.InputOpener;
import org.planex.core.input.InputOptions;
import org.planex.core.input.OpenedInput;
import org.planex.core.profile.ProfileLoader;
import org.planex.crs.DatumShift;
import org.planex.model.CrsRef;
import org.planex.model.FeatureKind;
import org.planex.spi.DataModel;
import org.planex.spi.ErrorKind;
import org.planex.spi.ExitCode;
import org.planex.spi.FormatProvider;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.io.AtomicOutput;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code planex convert}: reads a plan in one format and writes it in another, streaming; or, given several
 * inputs, a glob or {@code --batch}, converts them all into an output folder with {@code --jobs} workers,
 * skipping and reporting bad inputs. Outputs appear only when their conversion succeeds.
 *
 * @since 0.1
 */
@Command(name = "convert", description = {"Convert a plan between formats.",
    "With several inputs, a glob ('data/*.gpkg') or --batch (folders stand for their entries), convert them all "
        + "into the folder -o; a bad input is reported and skipped."})
public final class ConvertCommand implements Callable<Integer> {

    @ParentCommand
    private PlanexCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Plan packages or GIS files, folders or globs.")
    private List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTPUT",
            description = "The file or folder to write; in a batch, the output folder.")
    private Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "The output format (default: from the output name; required in a batch).")
    private String format;

    @Option(names = "--co", paramLabel = "NAME=VALUE", description = "An option of the output format.")
    private Map<String, String> createOptions;

    @Option(names = "--overwrite", description = "Replace the output if it exists (single conversion).")
    private boolean overwrite;

    @Option(names = "--output-profile", paramLabel = "NAME|FILE",
            description = "How plan features map to the output layers: generic, cn-plan-db, hk-ozp or a profile file"
                    + " (default: the input's --profile, else generic). With --profile it maps one database layout to"
                    + " another in one command; layered outputs only.")
    private String outputProfile;

    @ArgGroup(validate = false, heading = InputArguments.HEADING)
    private InputArguments input = new InputArguments();

    @Option(names = "--s-towgs84", paramLabel = "DX,DY,DZ[,RX,RY,RZ,DS]", converter = DatumShiftConverter.class,
            description = "The input datum's shift to WGS 84 (PROJ +towgs84: m, arc-seconds, ppm), e.g. a local"
                    + " fit for Xian 1980 or Beijing 1954; used when reprojecting.")
    private DatumShift sourceShift;

    @Option(names = "--t-srs", paramLabel = "EPSG:N", converter = CrsConverter.class,
            description = "Reproject to this CRS.")
    private CrsRef targetCrs;

    @Option(names = "--batch", description = "Batch mode even for one input; folders stand for their entries.")
    private boolean batch;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Workers in a batch (default: the number of cores).")
    private int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    private boolean quiet;

    @Option(names = "--summary", paramLabel = "FILE", description = "Write a JSON summary of the batch to FILE.")
    private Path summary;

    @Override
    public Integer call() throws PlanexException, InterruptedException {
        boolean isBatch = batch || inputs.size() > 1 || inputs.stream().anyMatch(InputPaths::isGlob);
        if (sourceShift != null && targetCrs == null) {
            throw new PlanexException(ErrorKind.USAGE, Location.UNKNOWN, "--s-towgs84 applies when reprojecting; add"
                    + " --t-srs EPSG:N");
        }
        ConversionOptions options = new ConversionOptions(outputProfile == null ? null : ProfileLoader.load(outputProfile),
                targetCrs, null).withSourceShift(sourceShift);
        return isBatch ? batch(options) : single(Path.of(inputs.get(0)), options);
    }

    private int single(Path inputPath, ConversionOptions options) throws PlanexException {
        FormatProvider out = outputFormat();
        OpenedInput in = new InputOpener(parent.registry()).open(inputPath, InputArguments.options(input),
                parent.warnings());
        if (Files.exists(output) && !overwrite) {
            throw PlanexException.notWritable(Location.of(output), "output exists; add --overwrite to replace it", null);
        }
        if (Files.exists(output) && holds(output, inputPath)) {
            throw new PlanexException(ErrorKind.USAGE, Location.of(output), "output is the input or the folder that"
                    + " holds it, which --overwrite would replace as a whole; choose another name");
        }
        ConversionResult r = new PlanConverter().convert(in, out, FormatChoice.write(out, output, createOptions,
                parent.warnings()), options);
        double seconds = r.elapsed().toNanos() / 1e9;
        spec.commandLine().getOut().printf(Locale.ROOT, "%s (%s) -> %s (%s): %d %s (%s)%s in %.2f s, %.0f %s/s%n",
                inputPath, in.provider().descriptor().id(), output, out.descriptor().id(), r.features(),
                r.copiedLayers() ? "records" : "features", r.copiedLayers() ? layers(r.layers()) : counts(r.counts()),
                r.attachments() > 0 ? ", " + r.attachments() + " attachment(s)" : "", seconds,
                seconds > 0 ? r.features() / seconds : 0, r.copiedLayers() ? "records" : "features");
        return ExitCode.OK.code();
    }

    private int batch(ConversionOptions options) throws PlanexException, InterruptedException {
        if (format == null) {
            throw new PlanexException(ErrorKind.USAGE, Location.UNKNOWN, "a batch needs the output format: add -f FORMAT");
        }
        InputOptions inputOptions = InputArguments.options(input);
        if (inputOptions.format() != null || !inputOptions.openOptions().isEmpty()) {
            throw new PlanexException(ErrorKind.USAGE, Location.UNKNOWN, "--from and --oo apply to one input; "
                    + "in a batch each input's format is detected");
        }
        FormatProvider out = outputFormat();
        List<Path> paths = InputPaths.expand(inputs, batch);
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw PlanexException.notWritable(Location.of(output), "cannot create the output folder: " + e.getMessage(), e);
        }
        LongAdder features = new LongAdder();
        BatchConversion conversion = new BatchConversion(parent.registry(), out,
                FormatChoice.write(out, output, createOptions, parent.warnings()).options(), inputOptions,
                options.withProgress(features), parent.warnings());
        List<BatchConversion.Job> planned = conversion.plan(paths, output);
        PrintWriter stdout = spec.commandLine().getOut();
        long start = System.nanoTime();
        List<BatchConversion.Outcome> outcomes;
        try (BatchProgress progress = BatchProgress.create(quiet, System.console() != null, planned.size(), features,
                stdout)) {
            outcomes = conversion.run(planned, jobs, progress);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long ok = outcomes.stream().filter(BatchConversion.Outcome::ok).count();
        long total = outcomes.stream().filter(BatchConversion.Outcome::ok).mapToLong(o -> o.result().features()).sum();
        PrintWriter err = spec.commandLine().getErr();
        for (BatchConversion.Outcome o : outcomes) {
            if (!o.ok()) {
                err.println("planex: " + o.error().getMessage());
            }
        }
        stdout.printf(Locale.ROOT, "%d files: %d converted, %d failed; %d features in %.1f s (%.0f features/s) -> %s%n",
                outcomes.size(), ok, outcomes.size() - ok, total, seconds, seconds > 0 ? total / seconds : 0, output);
        if (summary != null) {
            writeSummary(outcomes, seconds, total);
        }
        return exitCode(outcomes);
    }

    /** The output format, refusing {@code --output-profile} for a format that holds a plan, not layers. */
    private FormatProvider outputFormat() throws PlanexException {
        FormatProvider out = FormatChoice.forOutput(parent.registry(), output, format);
        if (outputProfile != null && out.descriptor().dataModel() != DataModel.LAYERS) {
            throw new PlanexException(ErrorKind.USAGE, Location.of(output), "--output-profile applies to layered"
                    + " outputs (shapefile, gpkg, geojson); format " + out.descriptor().id() + " holds the plan in its"
                    + " own schema; drop the option or choose a layered output");
        }
        return out;
    }

    /** Writes the summary through an {@link AtomicOutput}: complete or not at all, a previous one kept on failure. */
    private void writeSummary(List<BatchConversion.Outcome> outcomes, double seconds, long features)
            throws PlanexException {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("files", outcomes.size());
        root.put("converted", outcomes.stream().filter(BatchConversion.Outcome::ok).count());
        root.put("failed", outcomes.stream().filter(o -> !o.ok()).count());
        root.put("features", features);
        root.put("seconds", seconds);
        root.put("exitCode", exitCode(outcomes));
        ArrayNode list = root.putArray("results");
        for (BatchConversion.Outcome o : outcomes) {
            ObjectNode n = list.addObject();
            n.put("input", o.job().input().toString());
            n.put("output", o.ok() ? o.job().output().toString() : null);
            n.put("inputFormat", o.inputFormat());
            n.put("status", o.ok() ? "ok" : "failed");
            n.put("features", o.ok() ? o.result().features() : 0);
            n.put("seconds", o.seconds());
            if (!o.ok()) {
                n.put("exitCode", o.error().getKind().exitCode());
                n.put("error", o.error().getMessage());
            }
        }
        try (AtomicOutput out = AtomicOutput.file(summary)) {
            try {
                Files.writeString(out.path(), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(root));
            } catch (IOException e) {
                throw PlanexException.notWritable(Location.of(summary), "cannot write the summary: " + e.getMessage()
                        + "; check the disk has room and the folder is writable (a previous summary is kept)", e);
            }
            out.commit();
        }
    }

    /** 0 when all converted; otherwise 4 if any input was unreadable, else 3 for invalid data, else 5. */
    private static int exitCode(List<BatchConversion.Outcome> outcomes) {
        int ok = ExitCode.OK.code();
        int unreadable = ExitCode.UNREADABLE_INPUT.code();
        int code = ok;
        for (BatchConversion.Outcome o : outcomes) {
            if (!o.ok()) {
                int c = o.error().getKind().exitCode();
                code = code == ok ? c : c == unreadable || code == unreadable ? unreadable : Math.min(code, c);
            }
        }
        return code;
    }

    private static String counts(Map<FeatureKind, Long> counts) {
        StringBuilder sb = new StringBuilder();
        for (FeatureKind k : FeatureKind.values()) {
            long n = counts.getOrDefault(k, 0L);
            sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ').append(k.token());
        }
        return sb.toString();
    }

    private static String layers(Map<String, Long> layers) {
        StringBuilder sb = new StringBuilder();
        layers.forEach((name, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(name).append(' ').append(n));
        return "layers copied as they are: " + sb;
    }

    /** Whether {@code input} is {@code output} or lies below it (a folder output replaces the folder). */
    private static boolean holds(Path output, Path input) {
        try {
            return input.toRealPath().startsWith(output.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
