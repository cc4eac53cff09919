package org.planex.codes.matrix;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.planex.codes.data.CsvRecordReader;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.codes.HarmonisedCategory;

/**
 * Verdicts for every ordered pair of harmonised categories: may zones of category A face zones of category B
 * across a border?
 *
 * <p>Load the bundled defaults with {@link #defaults()} or a user's replacement with {@link #read(Path)};
 * the file format is described in {@code docs/codes.md} and checked by {@link CompatibilityMatrixReader}.
 *
 * <p><b>Thread safety:</b> immutable; safe for use from many threads.
 */
public final class CompatibilityMatrix {

    private static final String DEFAULT_RESOURCE = "org/planex/codes/data/matrix/compatibility.csv";

    private final Map<HarmonisedCategory, Map<HarmonisedCategory, Verdict>> verdicts;
    private final String source;

    CompatibilityMatrix(Map<HarmonisedCategory, Map<HarmonisedCategory, Verdict>> verdicts, String source) {
        Map<HarmonisedCategory, Map<HarmonisedCategory, Verdict>> copy = new EnumMap<>(HarmonisedCategory.class);
        verdicts.forEach((a, row) -> copy.put(a, new EnumMap<>(row)));
        this.verdicts = copy;
        this.source = source;
    }

    /** The bundled default matrix, read on first use. */
    public static CompatibilityMatrix defaults() {
        return Defaults.MATRIX;
    }

    /**
     * Reads a matrix file (UTF-8).
     *
     * @throws PlanexException (unreadable) if the file cannot be read, (invalid) naming the line of the first
     *         problem or the pairs without a verdict
     */
    public static CompatibilityMatrix read(Path file) throws PlanexException {
        return CompatibilityMatrixReader.read(CsvRecordReader.open(file, StandardCharsets.UTF_8), file.toString());
    }

    /** The verdict for a zone of category {@code a} facing a zone of category {@code b}. */
    public Verdict verdict(HarmonisedCategory a, HarmonisedCategory b) {
        return verdicts.get(a).get(b);
    }

    /**
     * The worst verdict over all pairs of the two sets, for codes that need subdivision and so may be any of
     * several categories: without knowing which, the strictest verdict applies.
     *
     * @throws IllegalArgumentException if either set is empty
     */
    public Verdict worstVerdict(Collection<HarmonisedCategory> a, Collection<HarmonisedCategory> b) {
        if (a.isEmpty() || b.isEmpty()) {
            throw new IllegalArgumentException("both sides need at least one category");
        }
        Verdict worst = null;
        for (HarmonisedCategory x : a) {
            for (HarmonisedCategory y : b) {
                Verdict v = verdict(x, y);
                if (worst == null || v.isWorseThan(worst)) {
                    worst = v;
                }
            }
        }
        return worst;
    }

    /** Where the matrix was read from: a file path or the bundled resource. */
    public String source() {
        return source;
    }

    private static final class Defaults {
        static final CompatibilityMatrix MATRIX = load();

        private static CompatibilityMatrix load() {
            var stream = CompatibilityMatrix.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE);
            if (stream == null) {
                throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " is missing from planex-codes");
            }
            var reader = new CsvRecordReader(stream, StandardCharsets.UTF_8,
                    Location.UNKNOWN.withEntry(DEFAULT_RESOURCE));
            try {
                return CompatibilityMatrixReader.read(reader, "bundled " + DEFAULT_RESOURCE);
            } catch (PlanexException e) {
                throw new IllegalStateException("bundled matrix is broken: " + e.getMessage(), e);
            }
        }
    }
}
