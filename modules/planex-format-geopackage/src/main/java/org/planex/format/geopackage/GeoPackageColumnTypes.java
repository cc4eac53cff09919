package org.planex.format.geopackage;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planex.model.AttributeType;
import org.planex.model.layer.FieldDef;

/**
 * Maps planex field types to GeoPackage column declarations and back. Written: STRING as {@code TEXT} (or
 * {@code TEXT(n)}), INTEGER as {@code INTEGER}, BOOLEAN as {@code BOOLEAN}, DATE as {@code DATE}, and DECIMAL as
 * {@code TEXT} holding the exact decimal text: a {@code REAL} column would round to binary floating point and
 * lose the scale ({@code 1.50}), and losing nothing is the rule. GDAL therefore shows decimal fields as text;
 * planex records the real types in its metadata table and restores them. Read (files from other software):
 * {@code TEXT}/{@code TEXT(n)} and other text types as STRING, the integer types as INTEGER, {@code REAL},
 * {@code DOUBLE}, {@code FLOAT} and {@code NUMERIC} as DECIMAL, {@code BOOLEAN}, {@code DATE}, and
 * {@code DATETIME} as STRING (its ISO text).
 */
final class GeoPackageColumnTypes {

    private static final Pattern SIZED = Pattern.compile("([A-Z ]+?)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");

    private GeoPackageColumnTypes() {
    }

    /** The column declaration for a field. */
    static String declaration(FieldDef f) {
        return switch (f.type()) {
            case STRING -> f.length() > 0 ? "TEXT(" + f.length() + ")" : "TEXT";
            case INTEGER -> "INTEGER";
            case DECIMAL -> "TEXT";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
        };
    }

    /** The field a column declared as {@code declaredType} holds, for files without planex metadata. */
    static FieldDef field(String column, String declaredType) {
        String t = declaredType == null ? "" : declaredType.strip().toUpperCase(Locale.ROOT);
        int length = 0;
        int scale = 0;
        Matcher m = SIZED.matcher(t);
        if (m.matches()) {
            t = m.group(1).strip();
            length = Integer.parseInt(m.group(2));
            scale = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        }
        AttributeType type = switch (t) {
            case "INTEGER", "INT", "MEDIUMINT", "SMALLINT", "TINYINT", "BIGINT" -> AttributeType.INTEGER;
            case "REAL", "DOUBLE", "FLOAT", "NUMERIC", "DECIMAL", "DOUBLE PRECISION" -> AttributeType.DECIMAL;
            case "BOOLEAN" -> AttributeType.BOOLEAN;
            case "DATE" -> AttributeType.DATE;
            default -> AttributeType.STRING;
        };
        if (type != AttributeType.STRING && type != AttributeType.DECIMAL) {
            length = 0;
            scale = 0;
        }
        return new FieldDef(column, type, length, scale);
    }
}
