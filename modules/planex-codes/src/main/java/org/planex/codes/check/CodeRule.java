package org.planex.codes.check;

/** The code checks, each with a stable id and a default severity. */
public enum CodeRule {
    /** The code is not in the plan's code system (nor in an older edition of it). */
    UNKNOWN("CODE.UNKNOWN", FindingSeverity.ERROR),
    /** The code belongs to an edition that a newer one supersedes. */
    DEPRECATED("CODE.DEPRECATED", FindingSeverity.WARNING),
    /** The code has no harmonised category, so cross-border compatibility cannot be judged for it. */
    UNMAPPED("CODE.UNMAPPED", FindingSeverity.WARNING),
    /** The code's level is not allowed for the plan type. */
    LEVEL("CODE.LEVEL", FindingSeverity.ERROR);

    private final String id;
    private final FindingSeverity severity;

    CodeRule(String id, FindingSeverity severity) {
        this.id = id;
        this.severity = severity;
    }

    /** The stable id, e.g. {@code CODE.UNKNOWN}. */
    public String id() {
        return id;
    }

    /** The default severity. */
    public FindingSeverity severity() {
        return severity;
    }
}
