package org.planex.codes.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planex.spi.PlanexException;
import org.planex.spi.codes.CrosswalkResult;
import org.planex.spi.codes.MappingFlag;

/**
 * Reads a crosswalk: a CSV file with the columns {@code from, to, flag, note}, one row per target. A source
 * code with several rows maps one-to-many and must be flagged {@code needs-subdivision}; a row with an empty
 * {@code to} is an explicit {@code unmapped}. {@code flag} holds zero or more of {@code judgement},
 * {@code needs-subdivision}, {@code unmapped}, separated by {@code ;}. All rows of one source code carry the
 * same flag and note.
 */
public final class CrosswalkTableReader {

    private CrosswalkTableReader() {
    }

    /**
     * Reads all rows of {@code reader} and closes it.
     *
     * @return the result for every source code, in file order
     * @throws PlanexException (invalid) naming the line of the first bad row
     */
    public static Map<String, CrosswalkResult> read(CsvRecordReader reader) throws PlanexException {
        try (reader) {
            CsvHeader header = CsvHeader.read(reader);
            int from = header.require("from");
            int to = header.require("to");
            int flag = header.require("flag");
            int note = header.require("note");
            Map<String, Group> groups = new LinkedHashMap<>();
            for (var next = reader.next(); next.isPresent(); next = reader.next()) {
                CsvRow row = next.get();
                header.checkWidth(row);
                String source = row.field(from).trim();
                if (source.isEmpty()) {
                    throw invalid(reader, row.line(), "the 'from' code is empty");
                }
                Set<MappingFlag> flags = flags(reader, row, row.field(flag));
                Group group = groups.computeIfAbsent(source,
                        s -> new Group(row.line(), flags, row.field(note).trim()));
                if (!group.flags.equals(flags) || !group.note.equals(row.field(note).trim())) {
                    throw invalid(reader, row.line(), "the rows of " + source + " disagree on flag or note (see line "
                            + group.line + "); give every row of a code the same flag and note");
                }
                String target = row.field(to).trim();
                if (group.targets.contains(target)) {
                    throw invalid(reader, row.line(), source + " -> " + target + " is listed twice");
                }
                group.targets.add(target);
            }
            Map<String, CrosswalkResult> results = new LinkedHashMap<>();
            for (var entry : groups.entrySet()) {
                results.put(entry.getKey(), result(reader, entry.getKey(), entry.getValue()));
            }
            return Collections.unmodifiableMap(results);
        } catch (IOException e) {
            if (e instanceof PlanexException p) {
                throw p;
            }
            throw PlanexException.unreadable(reader.source(), "cannot close: " + e.getMessage(), e);
        }
    }

    private static CrosswalkResult result(CsvRecordReader reader, String source, Group group)
            throws PlanexException {
        boolean unmapped = group.flags.contains(MappingFlag.UNMAPPED);
        boolean empty = group.targets.contains("");
        if (unmapped != empty || unmapped && group.targets.size() > 1) {
            throw invalid(reader, group.line, source + ": a code is 'unmapped' exactly when it has one row with"
                    + " an empty 'to'");
        }
        if (group.targets.size() > 1 != group.flags.contains(MappingFlag.NEEDS_SUBDIVISION)) {
            throw invalid(reader, group.line, source + ": a code is 'needs-subdivision' exactly when it has"
                    + " several rows (it has " + group.targets.size() + ")");
        }
        return new CrosswalkResult(source, unmapped ? List.of() : group.targets, group.flags, group.note);
    }

    private static Set<MappingFlag> flags(CsvRecordReader reader, CsvRow row, String text)
            throws PlanexException {
        Set<MappingFlag> flags = EnumSet.noneOf(MappingFlag.class);
        for (String token : text.split(";")) {
            String t = token.trim();
            switch (t) {
                case "" -> { }
                case "judgement" -> flags.add(MappingFlag.JUDGEMENT);
                case "needs-subdivision" -> flags.add(MappingFlag.NEEDS_SUBDIVISION);
                case "unmapped" -> flags.add(MappingFlag.UNMAPPED);
                default -> throw invalid(reader, row.line(), "unknown flag '" + t
                        + "'; use judgement, needs-subdivision or unmapped");
            }
        }
        return flags;
    }

    private static PlanexException invalid(CsvRecordReader reader, long line, String reason) {
        return PlanexException.invalid(reader.source().at(line, -1), reason, null);
    }

    private static final class Group {
        final long line;
        final Set<MappingFlag> flags;
        final String note;
        final List<String> targets = new ArrayList<>();

        Group(long line, Set<MappingFlag> flags, String note) {
            this.line = line;
            this.flags = flags;
            this.note = note;
        }
    }
}
