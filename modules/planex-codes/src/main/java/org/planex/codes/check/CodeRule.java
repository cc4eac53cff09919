package org.planex.codes.check;

import org.planex.rule.Severity;

/** The code checks, each with a stable id and a default severity. */
public enum CodeRule {
    /** The code is not in the plan's code system (nor in an older edition of it). */
    UNKNOWN("CODE.UNKNOWN", Severity.ERROR),
    /** The code belongs to an edition that a newer one supersedes. */
    DEPRECATED("CODE.DEPRECATED", Severity.WARNING),
    /** The code has no harmonised category, so cross-border compatibility cannot be judged for it. */
    UNMAPPED("CODE.UNMAPPED", Severity.WARNING),
    /** The code's level is not allowed for the plan type. */
    LEVEL("CODE.LEVEL", Severity.ERROR);

    private final String id;
    private final Severity severity;

    CodeRule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    /** The stable id, e.g. {@code CODE.UNKNOWN}. */
    public String id() {
        return id;
    }

    /** The default severity. */
    public Severity severity() {
        return severity;
    }
}
