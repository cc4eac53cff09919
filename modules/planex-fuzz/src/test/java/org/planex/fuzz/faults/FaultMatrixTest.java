package org.planex.fuzz.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.planex.core.format.PlanexFormatProvider;
import org.planex.format.geojson.GeoJsonFormatProvider;
import org.planex.fuzz.CliCall;
import org.planex.fuzz.SeedWriters;
import org.planex.spi.ExitCode;
import org.planex.testkit.SampleLayers;

/**
 * The fault x format matrix: every fault of {@link Fault} injected into a conversion to every output of
 * {@link OutputKind}, through the real CLI. A failed conversion must exit 5 with one error line, leave the
 * target absent or as it was and remove its temporary files; a killed one must leave the target absent, as it
 * was or complete, and nothing beside it but files with the temporary mark. The matrix of output states is
 * printed and written to {@code target/fault-matrix.md}. Kills per cell: {@code -Dfaults.kills} (default 1), seed
 * {@code -Dfaults.seed} ({@code bench/faults.sh}).
 */
class FaultMatrixTest {

    /** Features of the new input: its every output is far larger than {@link #DISK_KIB}. */
    static final int LARGE = 6_000;
    /** Features of the input of the previous output, which fits on the small disk. */
    static final int SMALL = 12;
    /** The size of the full disk's tmpfs. */
    static final int DISK_KIB = 512;
    private static final long SEED = Long.getLong("faults.seed", 20261203L);
    private static final int KILLS = Integer.getInteger("faults.kills", 1);
    /** Kills fall at a seeded delay in [0, this) after the first temporary file appeared. */
    private static final long KILL_WINDOW_MS = 1_000;

    @TempDir
    static Path work;
    private static Path smallPlan;
    private static Path largePlan;
    private static Path smallLayer;
    private static Path largeLayer;
    private static final Map<String, String> REFERENCES = new ConcurrentHashMap<>();
    private static final FaultMatrix MATRIX = new FaultMatrix();
    private static final Map<String, String> METHODS = new TreeMap<>();

    @BeforeAll
    static void inputs() throws IOException {
        Files.createDirectories(work.resolve("in"));
        smallPlan = SeedWriters.plan(new PlanexFormatProvider(), work.resolve("in/small.planex.zip"), SMALL);
        largePlan = SeedWriters.plan(new PlanexFormatProvider(), work.resolve("in/large.planex.zip"), LARGE);
        smallLayer = SeedWriters.layers(new GeoJsonFormatProvider(), work.resolve("in/small.geojson"),
                SampleLayers.SCHEMA, false, null, SMALL);
        largeLayer = SeedWriters.layers(new GeoJsonFormatProvider(), work.resolve("in/large.geojson"),
                SampleLayers.SCHEMA, false, null, LARGE);
    }

    /** The input of the previous output ({@code !large}) or of the new one. */
    private static Path input(OutputKind kind, boolean large) {
        if (kind.oneLayer()) {
            return large ? largeLayer : smallLayer;
        }
        return large ? largePlan : smallPlan;
    }

    @AfterAll
    static void printMatrix() throws IOException {
        StringBuilder note = new StringBuilder(MATRIX.markdown()).append('\n');
        METHODS.forEach((k, v) -> note.append("- ").append(k).append(": ").append(v).append('\n'));
        System.out.println(note);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "fault-matrix.md"), note);
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Fault f : Fault.values()) {
            for (OutputKind k : OutputKind.values()) {
                cells.add(Arguments.of(f, k));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("cells")
    void faultNeverLeavesAPartialOutput(Fault fault, OutputKind kind) throws Exception {
        Path dir = Files.createDirectories(work.resolve("cells").resolve(fault + "-" + kind));
        switch (fault) {
            case READ_ONLY, READ_ONLY_OVERWRITE -> readOnly(fault, kind, dir);
            case DISK_FULL, DISK_FULL_OVERWRITE -> diskFull(fault, kind, dir);
            case KILLED, KILLED_OVERWRITE -> killed(fault, kind, dir);
            default -> throw new AssertionError(fault);
        }
    }

    private void readOnly(Fault fault, OutputKind kind, Path dir) throws IOException {
        Path target = dir.resolve(kind.fileName());
        String previous = fault.overwrite() ? previousOutput(kind, target) : null;
        CliCall call;
        try (ReadOnlyFolder locked = ReadOnlyFolder.lock(dir)) {
            METHODS.put("read-only folder", locked.method());
            call = CliCall.run(kind.convertArguments(input(kind, true), target, fault.overwrite()));
        }
        refused(fault, kind, target, previous, call);
    }

    private void diskFull(Fault fault, OutputKind kind, Path dir) throws IOException {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), DISK_KIB)) {
            METHODS.put("disk full", "a tmpfs of " + DISK_KIB + " KiB mounted for the cell; the new input has "
                    + LARGE + " features, the previous output " + SMALL);
            Path target = disk.folder().resolve(kind.fileName());
            String previous = fault.overwrite() ? previousOutput(kind, target) : null;
            CliCall call = CliCall.run(kind.convertArguments(input(kind, true), target, fault.overwrite()));
            assertTrue(call.err().contains("No space left on device") || call.err().contains("full"),
                    "the disk was not full: " + call.describe());
            refused(fault, kind, target, previous, call);
        }
    }

    /**
     * A conversion refused by the fault: exit 5, one error line (besides warnings) and no stack trace, the target
     * as it was, no temporary file and no file left open in the target's folder.
     */
    private void refused(Fault fault, OutputKind kind, Path target, String previous, CliCall call)
            throws IOException {
        OutputState state = OutputState.of(OutputFingerprint.of(kind, target), previous, null);
        Leftovers left = Leftovers.beside(target);
        List<String> open = OpenHandles.under(target.getParent());
        MATRIX.put(fault, kind, state.label() + ", exit " + call.exitCode()
                + (left.none() ? "" : ", left " + left.marked() + left.foreign())
                + (open.isEmpty() ? "" : ", OPEN " + open));
        assertEquals(ExitCode.OUTPUT_NOT_WRITABLE.code(), call.exitCode(), call.describe());
        List<String> errors = call.err().lines().filter(l -> !l.startsWith("planex: warning: ")).toList();
        assertEquals(1, errors.size(), "one error line: " + call.err());
        assertTrue(errors.get(0).startsWith("planex: " + target), call.err());
        assertFalse(call.err().contains("\tat "), "a stack trace: " + call.err());
        assertEquals(fault.overwrite() ? OutputState.PREVIOUS : OutputState.ABSENT, state, call.describe());
        assertTrue(left.none(), "temporary files were not removed: " + left);
        assertEquals(List.of(), open, "files left open by the failed conversion");
    }

    private void killed(Fault fault, OutputKind kind, Path dir) throws IOException, InterruptedException {
        SplittableRandom random = new SplittableRandom(SEED + 31L * fault.ordinal() + kind.ordinal());
        Map<OutputState, Integer> states = new TreeMap<>();
        Set<String> endings = new TreeSet<>();
        int midWrite = 0;
        for (int i = 0; i < KILLS; i++) {
            Path target = Files.createDirectories(dir.resolve("kill-" + i)).resolve(kind.fileName());
            String previous = fault.overwrite() ? previousOutput(kind, target) : null;
            Path log = dir.resolve("kill-" + i + ".log");
            long delay = random.nextLong(KILL_WINDOW_MS);
            KilledConversion.Result r = KilledConversion.run(kind.convertArguments(input(kind, true), target,
                    fault.overwrite()), target, delay, log);
            String actual = OutputFingerprint.of(kind, target);
            OutputState state = OutputState.of(actual, previous, actual == null || actual.equals(previous) ? null
                    : reference(kind, input(kind, true)));
            Leftovers left = Leftovers.beside(target);
            states.merge(state, 1, Integer::sum);
            endings.addAll(left.markedEndings());
            String what = fault + " x " + kind + ", kill " + i + " after " + delay + " ms: " + state + ", " + left
                    + ", stderr: " + Files.readString(log);
            if (r.midWrite()) {
                midWrite++;
            } else {
                assertEquals(0, r.exitCode(), what);
                assertTrue(left.none(), what);
            }
            assertTrue(state == OutputState.NEW || state == (fault.overwrite() ? OutputState.PREVIOUS
                    : OutputState.ABSENT), what);
            assertTrue(left.foreign().isEmpty(), what);
        }
        StringBuilder cell = new StringBuilder();
        states.forEach((s, n) -> cell.append(cell.length() == 0 ? "" : ", ").append(s.label())
                .append(KILLS > 1 ? " x" + n : ""));
        cell.append(" (").append(midWrite).append('/').append(KILLS).append(" mid-write");
        cell.append(endings.isEmpty() ? "" : "; left " + String.join(" ", endings)).append(')');
        MATRIX.put(fault, kind, cell.toString());
        METHODS.put("kills", KILLS + " per cell (-Dfaults.kills), SIGKILL of the child JVM at a seeded delay in [0, "
                + KILL_WINDOW_MS + ") ms after the first temporary file appeared; input " + LARGE + " features");
    }

    /** Writes the small input's output to {@code target} and returns its fingerprint, checked complete. */
    private static String previousOutput(OutputKind kind, Path target) {
        CliCall call = CliCall.run(kind.convertArguments(input(kind, false), target, false));
        assertEquals(0, call.exitCode(), call.describe());
        String fingerprint = OutputFingerprint.of(kind, target);
        assertEquals(reference(kind, input(kind, false)), fingerprint, "the previous output is not complete");
        return fingerprint;
    }

    /** The fingerprint of a clean conversion of {@code input} to {@code kind}, made once. */
    private static String reference(OutputKind kind, Path input) {
        return REFERENCES.computeIfAbsent(kind + " " + input.getFileName(), key -> {
            try {
                Path dir = Files.createDirectories(work.resolve("reference").resolve(kind + "-"
                        + input.getFileName()));
                Path target = dir.resolve(kind.fileName());
                CliCall call = CliCall.run(kind.convertArguments(input, target, false));
                assertEquals(0, call.exitCode(), call.describe());
                return OutputFingerprint.of(kind, target);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }
}
