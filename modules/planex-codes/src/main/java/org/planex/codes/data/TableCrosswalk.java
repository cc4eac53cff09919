package org.planex.codes.data;

import java.util.Map;
import java.util.Objects;
import org.planex.spi.PlanexException;
import org.planex.spi.codes.Crosswalk;
import org.planex.spi.codes.CrosswalkResult;

/**
 * A crosswalk whose rows are a CSV resource read on first use, once (see {@link CrosswalkTableReader}).
 * A code without a row maps to an explicit {@link CrosswalkResult#unmapped unmapped} result.
 *
 * <p>Thread-safe.
 */
public final class TableCrosswalk implements Crosswalk {

    private final String fromSystem;
    private final String toSystem;
    private final LoadOnce<Map<String, CrosswalkResult>> rows;

    /**
     * Creates a crosswalk backed by the bundled resource {@code crosswalks/FROM_TO.csv}.
     *
     * @param fromSystem the source system id
     * @param toSystem the target system id
     */
    public TableCrosswalk(String fromSystem, String toSystem) {
        this.fromSystem = Objects.requireNonNull(fromSystem, "fromSystem");
        this.toSystem = Objects.requireNonNull(toSystem, "toSystem");
        String resource = "crosswalks/" + fromSystem + "_" + toSystem + ".csv";
        this.rows = new LoadOnce<>(() -> {
            try {
                return CrosswalkTableReader.read(BundledResource.open(resource));
            } catch (PlanexException e) {
                throw BundledResource.broken(e);
            }
        });
    }

    @Override
    public String fromSystem() {
        return fromSystem;
    }

    @Override
    public String toSystem() {
        return toSystem;
    }

    @Override
    public CrosswalkResult map(String sourceCode) {
        CrosswalkResult result = rows.get().get(sourceCode);
        return result != null ? result : CrosswalkResult.unmapped(sourceCode,
                "the crosswalk " + fromSystem + " -> " + toSystem + " has no row for " + sourceCode);
    }

    /** Every row of the crosswalk, by source code, in file order. */
    public Map<String, CrosswalkResult> rows() {
        return rows.get();
    }

    @Override
    public String toString() {
        return fromSystem + " -> " + toSystem;
    }
}
