package org.planex.codes.check;

/** How bad a {@link CodeFinding} is. */
public enum FindingSeverity {
    /** The code is wrong for the plan and must be fixed. */
    ERROR,
    /** The code works but should be looked at. */
    WARNING
}
