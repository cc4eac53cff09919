package org.planex.codes.data;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line the 1-based line on which the record starts
 * @param fields the fields, unquoted
 */
public record CsvRow(long line, List<String> fields) {

    /** Copies the fields. */
    public CsvRow {
        fields = List.copyOf(fields);
    }

    /** The field at {@code index}, or the empty string when the record is shorter. */
    public String field(int index) {
        return index < fields.size() ? fields.get(index) : "";
    }
}
