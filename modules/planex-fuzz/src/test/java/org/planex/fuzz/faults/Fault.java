package org.planex.fuzz.faults;

/** A fault injected into a conversion, as a row of the fault matrix. */
public enum Fault {
    READ_ONLY("target folder read-only", false),
    READ_ONLY_OVERWRITE("target folder read-only, --overwrite", true),
    DISK_FULL("disk full", false),
    DISK_FULL_OVERWRITE("disk full during --overwrite", true),
    KILLED("SIGKILL mid-write", false),
    KILLED_OVERWRITE("SIGKILL during --overwrite", true);

    private final String label;
    private final boolean overwrite;

    Fault(String label, boolean overwrite) {
        this.label = label;
        this.overwrite = overwrite;
    }

    /** The row title. */
    public String label() {
        return label;
    }

    /** Whether the target holds a previous output that the faulty conversion replaces with {@code --overwrite}. */
    public boolean overwrite() {
        return overwrite;
    }
}
