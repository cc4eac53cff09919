package org.planex.validate.cases;

/**
 * An expected figure: a value with an absolute tolerance ({@code within}, in the unit of the measure) and a
 * relative one ({@code relative}, a fraction of the value); the wider of the two applies, and with neither the
 * value must be exact.
 *
 * @param value the expected value
 * @param within the absolute tolerance, 0 when none
 * @param relative the relative tolerance, 0 when none
 * @since 0.1
 */
public record ExpectedMeasure(double value, double within, double relative) {

    /** Whether an actual value is within the tolerance. */
    public boolean accepts(double actual) {
        return Math.abs(actual - value) <= Math.max(within, Math.abs(value) * relative);
    }

    /** The expectation as text: {@code 8000 ± 1}, {@code 400 ± 1%}, {@code 0}. */
    @Override
    public String toString() {
        String v = CaseText.number(value);
        if (within == 0 && relative == 0) {
            return v;
        }
        return v + " ± " + (within >= Math.abs(value) * relative ? CaseText.number(within)
                : CaseText.number(relative * 100) + "%");
    }
}
