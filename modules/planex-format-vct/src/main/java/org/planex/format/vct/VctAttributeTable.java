package org.planex.format.vct;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.Attributes;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * The rows of one layer's attribute table ({@code TABLE} ... {@code TableEnd} in the {@code Attribute} section).
 * A row is {@code id SEP value SEP value ...} in the order of the table structure (see {@link VctText} for the
 * value forms), or the values alone when the first field holds the identifier (BSM), as some writers put it;
 * dates are {@code yyyyMMdd} or {@code yyyy-MM-dd}. While the rows come in the order of the features (as planex
 * writes them) they are read one after the other and nothing is kept; at the first row
 * out of order the table is indexed by identifier (one pass, 24 bytes per row: id, byte offset, line) and each
 * row is then read by seeking to it.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 */
final class VctAttributeTable {

    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final VctLineReader rows;
    private final VctDataset.Start start;
    private final LayerSchema schema;
    private final char sep;
    private VctIdIndex index;

    /** The table starting at {@code start} of {@code rows}. */
    VctAttributeTable(VctLineReader rows, VctDataset.Start start, LayerSchema schema, char sep) {
        this.rows = rows;
        this.start = start;
        this.schema = schema;
        this.sep = sep;
        rows.seek(start.offset(), start.line());
    }

    /**
     * The attributes of feature {@code id}, or {@code null} if the table has no row for it.
     *
     * @throws PlanexException if the row has the wrong number of values or a value does not parse, or the table
     *     has a row without identifier or two rows for one feature
     */
    Attributes row(long id) throws PlanexException {
        if (index == null) {
            long offset = rows.position();
            long line = rows.lineNumber();
            String row = nextRow();
            if (row != null && id(row) == id) {
                return parse(row, id);
            }
            rows.seek(offset, line);
            index();
        }
        int i = index.find(id);
        if (i < 0) {
            return null;
        }
        rows.seek(index.first(i), index.second(i));
        return parse(rows.require("an attribute row"), id);
    }

    private String nextRow() throws PlanexException {
        for (String row = rows.require("TableEnd"); !row.strip().equals("TableEnd"); row = rows.require("TableEnd")) {
            if (!row.isBlank()) {
                return row;
            }
        }
        return null;
    }

    private long id(String row) throws PlanexException {
        int cut = row.indexOf(sep);
        try {
            return Long.parseLong((cut < 0 ? row : row.substring(0, cut)).strip());
        } catch (NumberFormatException e) {
            throw PlanexException.unreadable(rows.location(), "attribute row of table " + schema.name()
                    + " does not start with a feature identifier: '" + VctHeader.abbreviate(row) + "'", null);
        }
    }

    private void index() throws PlanexException {
        index = new VctIdIndex();
        rows.seek(start.offset(), start.line());
        for (String row = nextRow(); row != null; row = nextRow()) {
            index.add(id(row), rows.lineOffset(), rows.lineNumber() - 1);
        }
        int twice = index.seal();
        if (twice >= 0) {
            long id = index.id(twice);
            throw PlanexException.unreadable(rows.location().at(index.second(twice) + 1, -1)
                    .withFeature(Long.toString(id)), "feature " + id + " has two rows in attribute table "
                    + schema.name() + "; keep one", null);
        }
    }

    private Attributes parse(String row, long id) throws PlanexException {
        List<FieldDef> fields = schema.fields();
        Location at = rows.location().withFeature(Long.toString(id));
        List<Object> values;
        try {
            values = VctText.split(row, sep, fields.size() + 1);
        } catch (IllegalArgumentException e) {
            throw PlanexException.unreadable(at, "attribute row of feature " + id + " in table " + schema.name()
                    + ": " + e.getMessage(), null);
        }
        int skip = values.size() - fields.size();
        if (skip != 1 && !(skip == 0 && !fields.isEmpty())) {
            throw PlanexException.unreadable(at, "attribute row of feature " + id + " in table " + schema.name()
                    + " has " + values.size() + " values for " + fields.size() + " fields; a row is the identifier and "
                    + "the values, or the values alone with the identifier first", null);
        }
        Attributes.Builder a = Attributes.builder(fields.size());
        for (int k = 0; k < fields.size(); k++) {
            FieldDef f = fields.get(k);
            Object v = values.get(k + skip);
            try {
                a.put(f.name(), value(f.type(), v));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw PlanexException.invalid(at, "field " + f.name() + " of feature " + id + " in table "
                        + schema.name() + ": '" + v + "' is not a valid " + f.type().token() + " value; correct the "
                        + "row", null);
            }
        }
        return a.build();
    }

    private static AttributeValue value(AttributeType type, Object v) {
        if (v == null) {
            return new AttributeValue.Null(type);
        }
        String text = v instanceof VctText.Quoted q ? q.text() : (String) v;
        if (type == AttributeType.STRING) {
            return AttributeValue.of(text);
        }
        if (type == AttributeType.DATE && text.strip().length() == 8) {
            return AttributeValue.of(LocalDate.parse(text.strip(), COMPACT_DATE));
        }
        return AttributeValue.parse(type, text);
    }
}
