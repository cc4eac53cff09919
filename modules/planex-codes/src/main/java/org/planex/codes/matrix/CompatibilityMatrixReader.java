package org.planex.codes.matrix;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.planex.codes.data.CsvHeader;
import org.planex.codes.data.CsvRecordReader;
import org.planex.codes.data.CsvRow;
import org.planex.spi.PlanexException;
import org.planex.spi.codes.HarmonisedCategory;

/**
 * Reads and checks a compatibility matrix file: CSV with the columns {@code category_a, category_b, verdict}
 * and optionally {@code buffer_m, direction, note}.
 *
 * <ul>
 * <li>{@code category_a}, {@code category_b}: category tokens; or both {@code *} for the one default row that
 *     gives the verdict of every pair not listed.</li>
 * <li>{@code verdict}: {@code compatible}, {@code buffer} (with {@code buffer_m}, a positive whole number of
 *     metres) or {@code conflict}.</li>
 * <li>{@code direction}: empty or {@code both}: the row holds both ways round, so the matrix stays symmetric;
 *     {@code one-way}: the row holds only for {@code category_a} facing {@code category_b}.</li>
 * </ul>
 *
 * <p>Every ordered pair must get exactly one verdict, from a row or the default. Errors name the line.
 */
final class CompatibilityMatrixReader {

    private static final int MAX_BUFFER_METRES = 100_000;
    private static final int MAX_MISSING_LISTED = 10;

    private CompatibilityMatrixReader() {
    }

    /** Reads all rows of {@code reader}, closes it and checks the matrix is complete. */
    static CompatibilityMatrix read(CsvRecordReader reader, String sourceName) throws PlanexException {
        try (reader) {
            CsvHeader header = CsvHeader.read(reader);
            Columns columns = new Columns(header.require("category_a"), header.require("category_b"),
                    header.require("verdict"), header.find("buffer_m"), header.find("direction"), header.find("note"));
            Map<HarmonisedCategory, Map<HarmonisedCategory, Cell>> cells = new EnumMap<>(HarmonisedCategory.class);
            Cell fallback = null;
            for (var next = reader.next(); next.isPresent(); next = reader.next()) {
                CsvRow row = next.get();
                header.checkWidth(row);
                String a = row.field(columns.a).trim();
                String b = row.field(columns.b).trim();
                Verdict verdict = verdict(reader, row, columns);
                boolean oneWay = oneWay(reader, row, columns);
                if (a.equals("*") || b.equals("*")) {
                    if (!a.equals(b) || oneWay) {
                        throw invalid(reader, row, "a default row is '*,*' in both directions; "
                                + "list other pairs one by one");
                    }
                    if (fallback != null) {
                        throw invalid(reader, row, "a second default row; the first is at line " + fallback.line);
                    }
                    fallback = new Cell(verdict, row.line());
                    continue;
                }
                HarmonisedCategory ca = category(reader, row, a);
                HarmonisedCategory cb = category(reader, row, b);
                put(reader, row, cells, ca, cb, new Cell(verdict, row.line()));
                if (!oneWay && ca != cb) {
                    put(reader, row, cells, cb, ca, new Cell(verdict, row.line()));
                }
            }
            return complete(reader, cells, fallback, sourceName);
        } catch (IOException e) {
            if (e instanceof PlanexException p) {
                throw p;
            }
            throw PlanexException.unreadable(reader.source(), "cannot close: " + e.getMessage(), e);
        }
    }

    private static CompatibilityMatrix complete(CsvRecordReader reader,
            Map<HarmonisedCategory, Map<HarmonisedCategory, Cell>> cells, Cell fallback, String sourceName)
            throws PlanexException {
        Map<HarmonisedCategory, Map<HarmonisedCategory, Verdict>> verdicts = new EnumMap<>(HarmonisedCategory.class);
        List<String> missing = new ArrayList<>();
        for (HarmonisedCategory a : HarmonisedCategory.values()) {
            Map<HarmonisedCategory, Verdict> row = new EnumMap<>(HarmonisedCategory.class);
            for (HarmonisedCategory b : HarmonisedCategory.values()) {
                Cell cell = cells.getOrDefault(a, Map.of()).get(b);
                if (cell == null) {
                    cell = fallback;
                }
                if (cell == null) {
                    missing.add(a.token() + " facing " + b.token());
                } else {
                    row.put(b, cell.verdict);
                }
            }
            verdicts.put(a, row);
        }
        if (!missing.isEmpty()) {
            String listed = missing.stream().limit(MAX_MISSING_LISTED).collect(Collectors.joining(", "));
            int more = missing.size() - MAX_MISSING_LISTED;
            throw PlanexException.invalid(reader.source(), missing.size() + " category pairs have no verdict and"
                    + " there is no '*,*' default row: " + listed + (more > 0 ? " and " + more + " more" : "")
                    + "; add rows for them or a default row", null);
        }
        return new CompatibilityMatrix(verdicts, sourceName);
    }

    private static void put(CsvRecordReader reader, CsvRow row,
            Map<HarmonisedCategory, Map<HarmonisedCategory, Cell>> cells, HarmonisedCategory a, HarmonisedCategory b,
            Cell cell) throws PlanexException {
        Cell before = cells.computeIfAbsent(a, k -> new EnumMap<>(HarmonisedCategory.class)).putIfAbsent(b, cell);
        if (before != null) {
            throw invalid(reader, row, a.token() + " facing " + b.token() + " already has a verdict at line "
                    + before.line + "; keep one row per pair (a row holds both ways round unless one-way)");
        }
    }

    private static Verdict verdict(CsvRecordReader reader, CsvRow row, Columns columns) throws PlanexException {
        String text = row.field(columns.verdict).trim().toLowerCase(Locale.ROOT);
        String metres = columns.buffer.isPresent() ? row.field(columns.buffer.getAsInt()).trim() : "";
        String note = columns.note.isPresent() ? row.field(columns.note.getAsInt()).trim() : "";
        VerdictKind kind = Arrays.stream(VerdictKind.values()).filter(k -> k.token().equals(text)).findFirst()
                .orElseThrow(() -> invalid(reader, row, "unknown verdict '" + text
                        + "'; use compatible, buffer or conflict"));
        if (kind != VerdictKind.BUFFER) {
            if (!metres.isEmpty()) {
                throw invalid(reader, row, "buffer_m is only for the verdict buffer; leave it empty for " + text);
            }
            return new Verdict(kind, 0, note);
        }
        int value;
        try {
            value = Integer.parseInt(metres);
        } catch (NumberFormatException e) {
            value = -1;
        }
        if (value < 1 || value > MAX_BUFFER_METRES) {
            throw invalid(reader, row, "the verdict buffer needs buffer_m, a whole number of metres from 1 to "
                    + MAX_BUFFER_METRES + ", not '" + metres + "'");
        }
        return new Verdict(kind, value, note);
    }

    private static boolean oneWay(CsvRecordReader reader, CsvRow row, Columns columns) throws PlanexException {
        String text = columns.direction.isPresent() ? row.field(columns.direction.getAsInt()).trim() : "";
        return switch (text) {
            case "", "both" -> false;
            case "one-way" -> true;
            default -> throw invalid(reader, row, "unknown direction '" + text
                    + "'; use both (or leave empty) or one-way");
        };
    }

    private static HarmonisedCategory category(CsvRecordReader reader, CsvRow row, String token)
            throws PlanexException {
        return HarmonisedCategory.fromToken(token).orElseThrow(() -> invalid(reader, row, "unknown category '"
                + token + "'; use one of " + Arrays.stream(HarmonisedCategory.values()).map(HarmonisedCategory::token)
                        .collect(Collectors.joining(", "))));
    }

    private static PlanexException invalid(CsvRecordReader reader, CsvRow row, String reason) {
        return PlanexException.invalid(reader.source().at(row.line(), -1), reason, null);
    }

    private record Columns(int a, int b, int verdict, OptionalInt buffer, OptionalInt direction, OptionalInt note) {
    }

    private record Cell(Verdict verdict, long line) {
    }
}
