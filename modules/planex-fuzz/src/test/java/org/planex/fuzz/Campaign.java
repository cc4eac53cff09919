package org.planex.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Runs a number of seeded cases against one {@link FuzzTarget}: case {@code i} applies one to three mutators
 * chosen by a random state derived from the base seed, the reader and {@code i}, so any case can be replayed
 * alone. Failing inputs are kept under the failure folder with a {@code cause.txt}, ready to be minimised into
 * a regression case.
 */
public final class Campaign {

    private final FuzzTarget target;
    private final long baseSeed;
    private final Path work;
    private final Path failures;

    /**
     * A campaign.
     *
     * @param target the reader
     * @param baseSeed the seed every case's random state derives from
     * @param work a scratch folder for the cases
     * @param failures where failing inputs are kept, one folder per case
     */
    public Campaign(FuzzTarget target, long baseSeed, Path work, Path failures) {
        this.target = target;
        this.baseSeed = baseSeed;
        this.work = work;
        this.failures = failures;
    }

    /** What a campaign found. */
    public record Result(String reader, long cases, long read, long refused, List<Failure> failures, long nanos) {
        /** Cases per second. */
        public double casesPerSecond() {
            return nanos == 0 ? 0 : cases * 1e9 / nanos;
        }

        /** One line for the report: reader, cases, read, refused, failures, cases per second. */
        public String line() {
            return String.format(java.util.Locale.ROOT, "%-15s cases %7d  read %6d  refused %7d  failures %4d  %8.1f cases/s",
                    reader, cases, read, refused, failures.size(), casesPerSecond());
        }
    }

    /** A failing case: its number, the mutators applied, what happened, and where its input is kept. */
    public record Failure(long caseNumber, String mutators, String detail, Path kept) {
    }

    /** Runs cases {@code 0 .. count-1}. */
    public Result run(int count) throws IOException {
        Path seedDir = Files.createDirectories(work.resolve("seed"));
        Path seedInput = target.seed().write(seedDir);
        SeedFiles seed = SeedFiles.load(seedInput);
        String folderName = seedInput.getFileName().toString();
        ReaderDriver driver = target.driver();
        long read = 0;
        long refused = 0;
        List<Failure> found = new ArrayList<>();
        long start = System.nanoTime();
        try (CaseRunner runner = new CaseRunner(CaseRunner.DEFAULT_TIMEOUT)) {
            for (long i = 0; i < count; i++) {
                SplittableRandom random = new SplittableRandom(baseSeed * 1_000_003L + target.reader().hashCode() * 7919L + i);
                StringBuilder names = new StringBuilder();
                SeedFiles input = seed;
                int rounds = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(2);
                for (int k = 0; k < rounds; k++) {
                    Mutator m = target.mutators().get(random.nextInt(target.mutators().size()));
                    names.append(names.length() == 0 ? "" : "+").append(m.name());
                    input = m.apply(input, random);
                }
                Path caseDir = work.resolve("case-" + i);
                Outcome outcome = runner.run(driver, input.writeTo(caseDir, folderName));
                switch (outcome.verdict()) {
                    case READ -> read++;
                    case REFUSED -> refused++;
                    case FAILED -> found.add(keep(i, names.toString(), outcome, input, folderName));
                }
                deleteTree(caseDir);
            }
        }
        return new Result(target.reader(), count, read, refused, found, System.nanoTime() - start);
    }

    private Failure keep(long i, String names, Outcome outcome, SeedFiles input, String folderName) throws IOException {
        Path dir = failures.resolve(target.reader()).resolve("case-" + i);
        deleteTree(dir);
        input.writeTo(dir, folderName);
        Files.writeString(dir.resolve(RegressionCases.CAUSE), "mutators: " + names + "\n" + outcome.describe(),
                StandardCharsets.UTF_8);
        return new Failure(i, names, outcome.detail(), dir);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
