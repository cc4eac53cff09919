/**
 * Faults injected into every writer, driving the real CLI: the output folder made read-only, the disk full (a
 * small tmpfs), the process killed mid-write (a child JVM and {@code SIGKILL}), each for a new output and for an
 * {@code --overwrite} of an existing one. After each fault the target must be absent, the complete previous
 * output or the complete new one, never a part, and what is left beside it must carry
 * {@link org.planex.spi.io.AtomicOutput#TEMP_MARK} in its name. {@link org.planex.fuzz.faults.FaultMatrixTest}
 * prints the fault x format matrix of output states.
 */
package org.planex.fuzz.faults;
