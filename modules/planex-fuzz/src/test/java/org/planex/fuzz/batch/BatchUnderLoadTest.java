package org.planex.fuzz.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.core.format.PlanexFormatProvider;
import org.planex.fuzz.CliCall;
import org.planex.spi.ExitCode;
import org.planex.spi.PlanReader;
import org.planex.spi.ReadContext;

/**
 * {@code planex convert --batch} of {@value #FILES} small inputs, {@value #BROKEN} of them broken, to plan
 * packages with {@code --jobs} equal to the cores: every good input is converted with all its zones, every
 * broken one is reported once on standard error with an error naming it, nothing else is written, and the
 * summary JSON is exactly what happened (every field but the times).
 */
class BatchUnderLoadTest {

    static final int FILES = 1000;
    static final int BROKEN = 50;
    private static final long SEED = 20261203L;

    @TempDir
    Path work;

    @Test
    void everyGoodInputIsConvertedAndEveryBrokenOneReportedOnce() throws IOException {
        Path in = work.resolve("in");
        Path out = work.resolve("out");
        Path summary = Files.createDirectories(work.resolve("report")).resolve("summary.json");
        List<BatchInput> inputs = BatchInput.write(in, FILES, BROKEN, SEED);
        int jobs = Runtime.getRuntime().availableProcessors();

        long start = System.nanoTime();
        CliCall call = CliCall.run("convert", "--batch", in.toString(), "-o", out.toString(), "-f", "planex",
                "--jobs", Integer.toString(jobs), "-q", "--summary", summary.toString());
        System.out.printf("batch of %d inputs (%d broken), --jobs %d: %.1f s%n", FILES, BROKEN, jobs,
                (System.nanoTime() - start) / 1e9);

        assertEquals(ExitCode.UNREADABLE_INPUT.code(), call.exitCode(), call.out());
        List<String> errors = call.err().lines().filter(l -> !l.startsWith("planex: warning: ")).toList();
        assertEquals(BROKEN, errors.size(), call.err());
        for (BatchInput i : inputs) {
            List<String> mine = errors.stream().filter(l -> l.contains(i.path().getFileName().toString())).toList();
            assertEquals(i.good() ? 0 : 1, mine.size(), i + ": " + mine);
        }
        assertEquals(inputs.stream().filter(BatchInput::good).map(i -> outputName(i.path())).collect(Collectors.toSet()),
                names(out), "the outputs of the good inputs and nothing else");
        for (BatchInput i : inputs) {
            if (i.good()) {
                assertEquals(i.features(), readBack(out.resolve(outputName(i.path()))), i.toString());
            }
        }
        assertEquals(Set.of("summary.json"), names(summary.getParent()), "the summary is written atomically");
        assertSummary(expectedSummary(inputs, out, errors), withoutTimes(new ObjectMapper().readTree(summary.toFile())));
    }

    /** Compares the summaries entry by entry, so that the differing entries are shown on their own. */
    private static void assertSummary(ObjectNode expected, JsonNode actual) {
        JsonNode results = actual.get("results");
        assertEquals(expected.get("results").size(), results.size(), "results");
        StringBuilder differences = new StringBuilder();
        for (int i = 0; i < results.size(); i++) {
            if (!expected.get("results").get(i).equals(results.get(i))) {
                differences.append("\nexpected ").append(expected.get("results").get(i))
                        .append("\n but was ").append(results.get(i));
            }
        }
        assertEquals("", differences.toString());
        ObjectNode totals = expected.deepCopy();
        totals.remove("results");
        ObjectNode actualTotals = actual.deepCopy();
        actualTotals.remove("results");
        assertEquals(totals, actualTotals, "the totals");
    }

    /** The summary planex must write, but for the times. */
    private static ObjectNode expectedSummary(List<BatchInput> inputs, Path out, List<String> errors) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        int good = (int) inputs.stream().filter(BatchInput::good).count();
        root.put("files", inputs.size());
        root.put("converted", good);
        root.put("failed", inputs.size() - good);
        root.put("features", inputs.stream().mapToInt(BatchInput::features).sum());
        root.put("exitCode", ExitCode.UNREADABLE_INPUT.code());
        ArrayNode results = root.putArray("results");
        for (BatchInput i : inputs) {
            ObjectNode n = results.addObject();
            n.put("input", i.path().toString());
            n.put("output", i.good() ? out.resolve(outputName(i.path())).toString() : null);
            n.put("inputFormat", i.format());
            n.put("status", i.good() ? "ok" : "failed");
            n.put("features", i.features());
            if (!i.good()) {
                n.put("exitCode", i.broken().exitCode());
                String line = errors.stream().filter(l -> l.contains(i.path().getFileName().toString())).findFirst()
                        .orElseThrow();
                n.put("error", line.substring("planex: ".length()));
            }
        }
        return root;
    }

    /** The summary without its wall-clock times, checked to be there and not negative. */
    private static JsonNode withoutTimes(JsonNode summary) {
        ObjectNode copy = summary.deepCopy();
        assertTrue(copy.remove("seconds").asDouble() >= 0, summary.toString());
        for (JsonNode n : copy.get("results")) {
            assertTrue(((ObjectNode) n).remove("seconds").asDouble() >= 0, n.toString());
        }
        return copy;
    }

    private static String outputName(Path input) {
        String name = input.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.')) + ".planex.zip";
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static int readBack(Path pkg) throws IOException {
        int n = 0;
        try (PlanReader reader = new PlanexFormatProvider().openPlanReader(ReadContext.of(pkg))) {
            while (reader.read() != null) {
                n++;
            }
        }
        return n;
    }
}
