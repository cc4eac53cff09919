package org.planex.core.convert;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.planex.core.input.InputOpener;
import org.planex.core.input.InputOptions;
import org.planex.core.input.OpenedInput;
import org.planex.core.registry.FormatRegistry;
import org.planex.spi.ErrorKind;
import org.planex.spi.FormatOptions;
import org.planex.spi.FormatProvider;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.WarningListener;
import org.planex.spi.WriteContext;

/**
 * Converts many inputs into one output folder with a pool of workers. Each input is detected, converted and
 * written on its own: a bad input is reported in its {@link Outcome} and the others go on. Output names are
 * predictable: the input's name without its format suffix, plus the output format's suffix, in input order
 * ({@code -2}, {@code -3} ... when two inputs share a name).
 *
 * <p><b>Thread safety:</b> an instance runs one batch at a time; its listener is called from worker threads.
 *
 * @since 0.1
 */
public final class BatchConversion {

    /** One input and where it goes. */
    public record Job(int number, Path input, Path output) {
    }

    /**
     * What became of one job.
     *
     * @param job the job
     * @param inputFormat the detected input format id, or {@code null} if detection failed
     * @param result the conversion result, or {@code null} on failure
     * @param error the failure, or {@code null} on success
     * @param seconds wall-clock time of the job
     */
    public record Outcome(Job job, String inputFormat, ConversionResult result, PlanexException error, double seconds) {
        /** Whether the job succeeded. */
        public boolean ok() {
            return error == null;
        }
    }

    /** Told when jobs start and end. Called from worker threads. */
    public interface Listener {
        /** A job started. */
        default void started(Job job) {
        }

        /** A job ended. */
        void finished(Outcome outcome);
    }

    private final FormatRegistry registry;
    private final FormatProvider to;
    private final FormatOptions createOptions;
    private final InputOptions inputOptions;
    private final ConversionOptions options;
    private final WarningListener warnings;

    /**
     * A batch writing with {@code to}.
     *
     * @param registry for detecting each input's format
     * @param to the output format
     * @param createOptions the output format's options
     * @param inputOptions how to read every input (each one's format is detected)
     * @param options the conversion options shared by all jobs
     * @param warnings where warnings go (called from worker threads)
     */
    public BatchConversion(FormatRegistry registry, FormatProvider to, FormatOptions createOptions,
            InputOptions inputOptions, ConversionOptions options, WarningListener warnings) {
        this.registry = registry;
        this.to = to;
        this.createOptions = createOptions;
        this.inputOptions = inputOptions.forEachInput();
        this.options = options;
        this.warnings = warnings;
    }

    /** Plans the jobs: one per input, with predictable and unique output names in {@code outputDir}. */
    public List<Job> plan(List<Path> inputs, Path outputDir) {
        List<Job> jobs = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        String suffix = outputSuffix(to);
        int n = 0;
        for (Path in : inputs) {
            String base = baseName(in);
            String name = base + suffix;
            for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
                name = base + "-" + i + suffix;
            }
            jobs.add(new Job(++n, in, outputDir.resolve(name)));
        }
        return jobs;
    }

    /** Runs the jobs on {@code threads} workers and returns their outcomes in job order. */
    public List<Outcome> run(List<Job> jobs, int threads, Listener listener) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "planex-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Job job : jobs) {
                futures.add(pool.submit(() -> {
                    listener.started(job);
                    Outcome o = convert(job);
                    listener.finished(o);
                    return o;
                }));
            }
            List<Outcome> out = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a batch worker failed unexpectedly", e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome convert(Job job) {
        long start = System.nanoTime();
        String format = null;
        try {
            if (Files.exists(job.output())) {
                throw PlanexException.notWritable(Location.of(job.output()), "output exists; remove it first", null);
            }
            OpenedInput in = new InputOpener(registry).open(job.input(), inputOptions, warnings);
            format = in.provider().descriptor().id();
            ConversionResult r = new PlanConverter().convert(in, to, new WriteContext(job.output(), createOptions,
                    warnings), options);
            return new Outcome(job, format, r, null, (System.nanoTime() - start) / 1e9);
        } catch (PlanexException e) {
            return new Outcome(job, format, null, e, (System.nanoTime() - start) / 1e9);
        } catch (RuntimeException e) {
            PlanexException wrapped = new PlanexException(ErrorKind.UNREADABLE_INPUT, Location.of(job.input()),
                    "internal error while converting: " + e, e);
            return new Outcome(job, format, null, wrapped, (System.nanoTime() - start) / 1e9);
        }
    }

    /** The file name of an input without the suffix of the format it is in (longest known suffix). */
    String baseName(Path input) {
        String name = input.getFileName().toString();
        String best = "";
        for (FormatProvider p : registry.providers()) {
            String s = p.descriptor().matchingSuffix(name);
            if (s != null && s.length() > best.length()) {
                best = s;
            }
        }
        return best.isEmpty() ? name : name.substring(0, name.length() - best.length() - 1);
    }

    /** The suffix of output names: a folder (none) for shapefile sets, else the format's first suffix. */
    static String outputSuffix(FormatProvider to) {
        String first = to.descriptor().suffixes().get(0);
        return first.equals("shp") ? "" : "." + first;
    }
}
