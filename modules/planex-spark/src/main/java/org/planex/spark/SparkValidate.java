package org.planex.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.sedona.spark.SedonaContext;
import org.apache.spark.sql.SparkSession;
import org.planex.core.profile.ProfileLoader;
import org.planex.spark.job.BorderJob;
import org.planex.spark.job.IssueTable;
import org.planex.spark.job.ReportMerge;
import org.planex.spark.job.RunInput;
import org.planex.spi.ExitCode;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.validate.ValidationReport;
import org.planex.validate.report.ReportFiles;
import org.planex.validate.report.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code planex-spark}: validates many plans as one region on Spark with Sedona ({@link BorderJob}), for
 * {@code spark-submit} on a cluster or {@code --master local[N]} on one machine. Same rules and report as
 * {@code planex validate}; exit code 3 when an error is found.
 *
 * @since 0.1
 */
@Command(name = "planex-spark", mixinStandardHelpOptions = true, version = "planex-spark 0.1.0",
        description = "Validate many plan packages and GIS datasets as one region on Apache Spark with Apache"
                + " Sedona: each input is read and checked alone in an executor, adjacent pairs are found by a spatial"
                + " join, and the pair rules run on the border bands. The report is planex's, as `planex validate`"
                + " gives it (without the HTML map). Every executor must read the inputs at the same path (a shared"
                + " file system).",
        sortOptions = false)
public final class SparkValidate implements Callable<Integer> {

    private static final List<String> LOG_LEVELS = List.of("ALL", "TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL",
            "OFF");

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Plan packages (folder, ZIP or plan.xml) or GIS"
            + " datasets, as PATH or PATH=PROFILE (the profile that maps its layers, a name or a file; by default the"
            + " built-in profile that fits its layer names); all are checked as one region.")
    private List<String> inputs = new ArrayList<>();

    @Option(names = "--inputs-from", paramLabel = "DIR", description = "Add every entry of DIR (sorted by name) as"
            + " one input, e.g. a folder of 2,800 county packages.")
    private List<Path> folders = new ArrayList<>();

    @Option(names = "--master", paramLabel = "URL", description = "The Spark master, e.g. local[2] (default: the one"
            + " spark-submit gives).")
    private String master;

    @Option(names = "--report", paramLabel = "FORMAT", defaultValue = "json",
            description = "json, geojson, text or html (default: ${DEFAULT-VALUE}).")
    private String report;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE (default:"
            + " standard output).")
    private Path output;

    @Option(names = "--geoparquet", paramLabel = "DIR", description = "Also write the issues as GeoParquet (one row"
            + " per issue, marker geometry in EPSG:4326) to DIR, which must not exist.")
    private Path geoparquet;

    @Option(names = "--rules", paramLabel = "GLOBS", description = "Only these issue ids, comma-separated globs.")
    private String rules;

    @Option(names = "--skip", paramLabel = "GLOBS", description = "Skip these issue ids.")
    private String skip;

    @Option(names = "--tolerance", paramLabel = "M", description = "Geometric tolerance in metres (default: 1).")
    private Double tolerance;

    @Option(names = "--min-area", paramLabel = "M2", description = "Smallest gap, overlap or sliver reported, in"
            + " square metres (default: 1).")
    private Double minArea;

    @Option(names = "--log-level", paramLabel = "LEVEL", defaultValue = "WARN", description = "Spark's log level"
            + " (ERROR, WARN, INFO, DEBUG; default: ${DEFAULT-VALUE}).")
    private String logLevel;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0", description = "Partitions of the pair"
            + " stage (default: Spark's default parallelism).")
    private int partitions;

    /**
     * Runs the command and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command and returns its exit code (0, 2 usage, 3 errors found, 4-5 input or output problems). */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command with its output and errors sent to the writers given, and returns its exit code. */
    static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new SparkValidate()).setOut(out).setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof PlanexException p) {
                line.getErr().println("planex-spark: " + p.getMessage());
                return p.getKind().exitCode();
            }
            throw e;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws PlanexException {
        PrintWriter err = spec.commandLine().getErr();
        List<RunInput> paths = new ArrayList<>();
        for (String in : inputs) {
            paths.add(input(in));
        }
        for (Path dir : folders) {
            RunInput.of(entries(existing(dir))).forEach(paths::add);
        }
        if (paths.isEmpty()) {
            err.println("planex-spark: give at least one INPUT or --inputs-from DIR");
            return ExitCode.USAGE.code();
        }
        ReportFormat format;
        RunSettings settings;
        try {
            format = ReportFormat.fromToken(report);
            settings = new RunSettings(rules, skip, tolerance, minArea);
        } catch (IllegalArgumentException e) {
            err.println("planex-spark: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        if (!LOG_LEVELS.contains(logLevel.toUpperCase(Locale.ROOT))) {
            err.println("planex-spark: unknown --log-level '" + logLevel + "' (expected one of " + LOG_LEVELS + ")");
            return ExitCode.USAGE.code();
        }
        if (geoparquet != null && Files.exists(geoparquet)) {
            err.println("planex-spark: --geoparquet " + geoparquet + " exists; give a new folder");
            return ExitCode.USAGE.code();
        }
        SparkSession.Builder builder = SparkSession.builder().appName("planex-spark");
        if (master != null) {
            builder.master(master);
        }
        SparkSession spark = SedonaContext.create(builder.getOrCreate());
        spark.sparkContext().setLogLevel(logLevel.toUpperCase(Locale.ROOT));
        try {
            long start = System.nanoTime();
            BorderJob.Outcome outcome = BorderJob.run(spark, paths, settings, partitions);
            ValidationReport result = ReportMerge.report(outcome, settings.validator());
            ReportFiles.deliver(result, format, spec.commandLine().getOut(), output);
            if (geoparquet != null) {
                IssueTable.writeGeoParquet(spark, result.issues(), geoparquet);
            }
            BorderJob.Seconds s = outcome.seconds();
            err.printf(Locale.ROOT, "planex-spark: %d inputs, %d candidate pairs, %d adjacent, %d border features"
                    + " sent, %.1f s (plan stage %.1f s, joins %.1f s, pair stage %.1f s)%n", paths.size(),
                    outcome.candidatePairs(), outcome.pairs().size(), outcome.bandFeatures(),
                    (System.nanoTime() - start) / 1e9, s.plans(), s.joins(), s.pairs());
            return result.hasErrors() ? ExitCode.INVALID_DATA.code() : ExitCode.OK.code();
        } finally {
            spark.stop();
        }
    }

    /** {@code PATH} or {@code PATH=PROFILE}, the path made absolute, and so the profile when it is a file. */
    private static RunInput input(String in) throws PlanexException {
        int eq = in.lastIndexOf('=');
        if (eq <= 0 || Files.exists(Path.of(in))) {
            return new RunInput(existing(Path.of(in)).toAbsolutePath().toString(), null);
        }
        Path path = existing(Path.of(in.substring(0, eq)));
        String profile = in.substring(eq + 1);
        ProfileLoader.load(profile); // fails now, on the driver, for an unknown profile
        Path file = Path.of(profile);
        return new RunInput(path.toAbsolutePath().toString(),
                Files.isRegularFile(file) ? file.toAbsolutePath().toString() : profile);
    }

    private static Path existing(Path p) throws PlanexException {
        if (!Files.exists(p)) {
            throw PlanexException.unreadable(Location.of(p), "no such file or folder", null);
        }
        return p;
    }

    private static List<String> entries(Path dir) throws PlanexException {
        if (!Files.isDirectory(dir)) {
            throw PlanexException.unreadable(Location.of(dir), "--inputs-from needs a folder", null);
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(p -> p.toAbsolutePath().toString()).sorted().toList();
        } catch (IOException e) {
            throw PlanexException.unreadable(Location.of(dir), "cannot list the folder: " + e.getMessage(), e);
        }
    }
}
