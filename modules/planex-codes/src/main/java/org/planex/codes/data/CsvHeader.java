package org.planex.codes.data;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * The header record of a CSV file: finds columns by name (case-insensitive) and checks record widths.
 */
public final class CsvHeader {

    private final CsvRow row;
    private final Location source;

    /**
     * Creates a header from its record.
     *
     * @param row the header record
     * @param source the file or resource, for error messages
     */
    public CsvHeader(CsvRow row, Location source) {
        this.row = row;
        this.source = source;
    }

    /**
     * Reads the first record of {@code reader} as the header.
     *
     * @throws PlanexException (invalid) if the input is empty
     */
    public static CsvHeader read(CsvRecordReader reader) throws PlanexException {
        CsvRow first = reader.next().orElseThrow(() -> PlanexException.invalid(reader.source(),
                "the file is empty; it needs a header line", null));
        return new CsvHeader(first, reader.source());
    }

    /** The column names, as written. */
    public List<String> names() {
        return row.fields();
    }

    /** The index of column {@code name}, if present. */
    public OptionalInt find(String name) {
        for (int i = 0; i < row.fields().size(); i++) {
            if (row.fields().get(i).trim().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The index of column {@code name}.
     *
     * @throws PlanexException (invalid) naming the header line when the column is missing
     */
    public int require(String name) throws PlanexException {
        OptionalInt index = find(name);
        if (index.isEmpty()) {
            throw PlanexException.invalid(source.at(row.line(), -1), "the header has no column '" + name
                    + "' (columns: " + String.join(", ", row.fields()) + ")", null);
        }
        return index.getAsInt();
    }

    /**
     * Checks that {@code record} has no more fields than the header.
     *
     * @throws PlanexException (invalid) naming the record's line
     */
    public void checkWidth(CsvRow record) throws PlanexException {
        if (record.fields().size() > row.fields().size()) {
            throw PlanexException.invalid(source.at(record.line(), -1), "the record has " + record.fields().size()
                    + " fields but the header only " + row.fields().size() + "; quote fields that contain commas",
                    null);
        }
    }
}
