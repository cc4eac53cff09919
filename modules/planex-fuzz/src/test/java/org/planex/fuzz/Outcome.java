package org.planex.fuzz;

/**
 * How one fuzz case ended.
 *
 * @param verdict read to the end, refused cleanly, or failed
 * @param detail the exception or the bound that was broken, for the report
 * @param error the throwable, or {@code null}
 */
public record Outcome(Verdict verdict, String detail, Throwable error) {

    /** The three ways a case can end. */
    public enum Verdict {
        /** The reader read the mutated input to the end. */
        READ,
        /** The reader refused it with a {@link org.planex.spi.PlanexException} that names a location. */
        REFUSED,
        /** Anything else: another exception, an unlocated PlanexException, a hang, memory exhausted. */
        FAILED
    }

    /** The detail and, if there is an error, its stack trace: what a kept case's cause says. */
    public String describe() {
        if (error == null) {
            return detail;
        }
        java.io.StringWriter trace = new java.io.StringWriter();
        error.printStackTrace(new java.io.PrintWriter(trace));
        return detail + System.lineSeparator() + trace;
    }

    /** Whether the case is a failure of the reader. */
    public boolean failed() {
        return verdict == Verdict.FAILED;
    }
}
