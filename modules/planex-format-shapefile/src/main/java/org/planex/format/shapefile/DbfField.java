package org.planex.format.shapefile;

import org.planex.model.AttributeType;

/**
 * One field descriptor of a dBase table.
 *
 * @param name the field name, decoded
 * @param type the dBase type letter ({@code C}, {@code N}, {@code F}, {@code L}, {@code D}, ...)
 * @param offset the offset of the field in a record, after the deletion flag
 * @param length the width in bytes
 * @param decimals the number of decimals
 */
record DbfField(String name, char type, int offset, int length, int decimals) {

    /** The widest numeric field read as an integer: GDAL's limit for 64-bit integers. */
    static final int MAX_INTEGER_WIDTH = 18;

    /** The planex type of values of this field. */
    AttributeType attributeType() {
        return switch (type) {
            case 'N' -> decimals == 0 && length <= MAX_INTEGER_WIDTH ? AttributeType.INTEGER : AttributeType.DECIMAL;
            case 'F', 'O' -> AttributeType.DECIMAL;
            case 'I', '+' -> AttributeType.INTEGER;
            case 'L' -> AttributeType.BOOLEAN;
            case 'D' -> AttributeType.DATE;
            default -> AttributeType.STRING;
        };
    }
}
