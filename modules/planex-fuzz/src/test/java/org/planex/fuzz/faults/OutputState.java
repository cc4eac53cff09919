package org.planex.fuzz.faults;

/** What a target holds after a fault, judged by its {@link OutputFingerprint}. */
public enum OutputState {
    /** No file or folder of the target's name. */
    ABSENT("absent"),
    /** Exactly what the target held before the failed {@code --overwrite}. */
    PREVIOUS("previous intact"),
    /** Exactly what a clean conversion of the new input writes. */
    NEW("complete new"),
    /** Anything else: a partial or damaged output, the one state a fault must never leave. */
    PARTIAL("PARTIAL");

    private final String label;

    OutputState(String label) {
        this.label = label;
    }

    /** The text in the matrix. */
    public String label() {
        return label;
    }

    /**
     * Classifies a target's fingerprint against the expected ones.
     *
     * @param actual the target's fingerprint, {@code null} when absent
     * @param previous the previous output's, {@code null} when there was none
     * @param complete the complete new output's
     */
    public static OutputState of(String actual, String previous, String complete) {
        if (actual == null) {
            return ABSENT;
        }
        if (actual.equals(previous)) {
            return PREVIOUS;
        }
        return actual.equals(complete) ? NEW : PARTIAL;
    }
}
