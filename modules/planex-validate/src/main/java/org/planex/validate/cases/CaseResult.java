package org.planex.validate.cases;

import java.util.List;
import org.planex.validate.ValidationReport;

/**
 * The outcome of a case: the report of the run and every mismatch between it and the case's expectations.
 *
 * @param ruleCase the case
 * @param report what the rules reported
 * @param mismatches one readable paragraph per missing issue, extra issue or border difference; empty when the
 *     case passes
 * @since 0.1
 */
public record CaseResult(RuleCase ruleCase, ValidationReport report, List<String> mismatches) {

    /** Freezes the list. */
    public CaseResult {
        mismatches = List.copyOf(mismatches);
    }

    /** Whether the report met every expectation. */
    public boolean passed() {
        return mismatches.isEmpty();
    }

    /** The case, then each mismatch indented; {@code passed} when there is none. */
    public String message() {
        if (passed()) {
            return ruleCase.displayName() + ": passed";
        }
        return ruleCase.displayName() + ": " + mismatches.size() + (mismatches.size() == 1 ? " mismatch" :
                " mismatches") + " (rules " + String.join(",", ruleCase.rules()) + ")\n" + CaseText.indent(mismatches);
    }

    /**
     * Fails unless the case passed, for test frameworks that report an {@link AssertionError} as a failure.
     *
     * @throws AssertionError with {@link #message()}
     */
    public void check() {
        if (!passed()) {
            throw new AssertionError(message());
        }
    }
}
