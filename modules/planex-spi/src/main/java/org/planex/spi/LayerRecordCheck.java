package org.planex.spi;

import java.util.HashMap;
import java.util.Map;
import org.planex.model.AttributeValue;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;

/**
 * Checks that a record fits the layer it is written to: every attribute is a field of the layer and has the
 * field's type (typed nulls fit any field). Layer writers run it on every record before encoding it.
 *
 * <p><b>Thread safety:</b> immutable once built.
 *
 * @since 0.1
 */
public final class LayerRecordCheck {

    private final LayerSchema schema;
    private final Map<String, FieldDef> fieldsByName = new HashMap<>();

    /** A check for records of {@code schema}. */
    public LayerRecordCheck(LayerSchema schema) {
        this.schema = schema;
        schema.fields().forEach(f -> fieldsByName.put(f.name(), f));
    }

    /**
     * Throws if the record does not fit the layer.
     *
     * @param where the record's location, named in the error
     * @throws PlanexException of kind INVALID_DATA naming the attribute
     */
    public void check(LayerRecord record, Location where) throws PlanexException {
        for (Map.Entry<String, AttributeValue> e : record.attributes().asMap().entrySet()) {
            FieldDef f = fieldsByName.get(e.getKey());
            if (f == null) {
                throw PlanexException.invalid(where, "attribute '" + e.getKey() + "' is not a field of layer "
                        + schema.name(), null);
            }
            AttributeValue v = e.getValue();
            if (!(v instanceof AttributeValue.Null) && v.type() != f.type()) {
                throw PlanexException.invalid(where, "attribute '" + f.name() + "' is " + v.type().token()
                        + " but the field is " + f.type().token(), null);
            }
        }
    }
}
