package org.planex.fuzz.faults;

import java.util.EnumMap;
import java.util.Map;

/** The output state after each fault and format, filled by the test cells and printed as a Markdown table. */
final class FaultMatrix {

    private final Map<Fault, Map<OutputKind, String>> cells = new EnumMap<>(Fault.class);

    /** Records the state of one cell. */
    synchronized void put(Fault fault, OutputKind kind, String state) {
        cells.computeIfAbsent(fault, f -> new EnumMap<>(OutputKind.class)).put(kind, state);
    }

    /** The table: a row per fault, a column per format; cells not run are empty. */
    synchronized String markdown() {
        StringBuilder sb = new StringBuilder("| fault |");
        for (OutputKind k : OutputKind.values()) {
            sb.append(' ').append(k.label()).append(" |");
        }
        sb.append("\n|---|");
        sb.append("---|".repeat(OutputKind.values().length)).append('\n');
        for (Fault f : Fault.values()) {
            Map<OutputKind, String> row = cells.getOrDefault(f, Map.of());
            sb.append("| ").append(f.label()).append(" |");
            for (OutputKind k : OutputKind.values()) {
                sb.append(' ').append(row.getOrDefault(k, "")).append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
