package org.planex.validate.cases;

import java.util.ArrayList;
import java.util.List;
import org.planex.validate.BorderSummary;

/**
 * A shared border a case expects between two packages, with its length and largest offset when given.
 *
 * @param packages the two package ids, in the order the report names them
 * @param length the expected length in metres, or {@code null} for any
 * @param offset the expected largest offset in metres, or {@code null} for any
 * @since 0.1
 */
public record ExpectedBorder(List<String> packages, ExpectedMeasure length, ExpectedMeasure offset) {

    /** Freezes the list. */
    public ExpectedBorder {
        packages = List.copyOf(packages);
    }

    /** How an actual border differs from this expectation; empty when it matches. */
    public List<String> differences(BorderSummary actual) {
        List<String> out = new ArrayList<>();
        if (!packages.equals(List.of(actual.first(), actual.second()))) {
            out.add("the border is between " + actual.label() + ", expected " + packages);
            return out;
        }
        if (length != null && !length.accepts(actual.lengthM())) {
            out.add("the length is " + CaseText.number(actual.lengthM()) + " m, expected " + length);
        }
        if (offset != null && !offset.accepts(actual.offsetM())) {
            out.add("the offset is " + CaseText.number(actual.offsetM()) + " m, expected " + offset);
        }
        return out;
    }

    /** The expectation on one line. */
    @Override
    public String toString() {
        return "border " + packages + (length == null ? "" : " length_m=" + length)
                + (offset == null ? "" : " offset_m=" + offset);
    }
}
