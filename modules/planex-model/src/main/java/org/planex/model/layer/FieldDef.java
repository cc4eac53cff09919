package org.planex.model.layer;

import java.util.Objects;
import org.planex.model.AttributeType;

/**
 * One field of a layer.
 *
 * @param name the field name as the source spells it
 * @param type the value type
 * @param length the declared width (characters for text, digits for numbers), 0 when not declared
 * @param scale the declared number of decimals, 0 when not declared or not numeric
 * @since 0.1
 */
public record FieldDef(String name, AttributeType type, int length, int scale) {
    /** Checks the fields. */
    public FieldDef {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("field name must not be blank");
        }
        Objects.requireNonNull(type, "type of field " + name);
        if (length < 0 || scale < 0) {
            throw new IllegalArgumentException("field " + name + ": length and scale must be >= 0");
        }
    }

    /** A field with no declared width. */
    public static FieldDef of(String name, AttributeType type) {
        return new FieldDef(name, type, 0, 0);
    }
}
