package org.planex.format.vct;

import java.util.Locale;
import org.planex.model.AttributeType;
import org.planex.model.layer.FieldDef;

/**
 * The field types of a VCT 2.0 {@code TableStructure} line ({@code NAME,TYPE,WIDTH[,PRECISION]}) and the planex
 * attribute types they hold. BOOLEAN has no VCT type: it is written as {@code Int} with 1/0 and a fifth value
 * {@value #BOOLEAN_MARK} ({@code NAME,Int,1,0,Boolean}), which planex reads back as BOOLEAN and other programs
 * ignore, seeing an integer.
 *
 * <p><b>Thread safety:</b> stateless.
 */
final class VctFieldType {

    /** The fifth value of a {@code TableStructure} line that marks an {@code Int} field as boolean. */
    static final String BOOLEAN_MARK = "Boolean";

    /** Fields a table may declare at most. */
    static final int MAX_FIELDS = 1000;

    private VctFieldType() {
    }

    /** The planex type of VCT type {@code name}, or {@code null} for a type planex does not read. */
    static AttributeType read(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "char", "varchar", "string", "text" -> AttributeType.STRING;
            case "int", "integer", "short", "long", "smallint", "int1", "int2", "int4", "int8" -> AttributeType.INTEGER;
            case "boolean" -> AttributeType.BOOLEAN;
            case "float", "double", "real", "numeric", "decimal" -> AttributeType.DECIMAL;
            case "date" -> AttributeType.DATE;
            default -> null;
        };
    }

    /** The {@code TableStructure} line of {@code f}: type name, width (a default when undeclared), precision. */
    static String line(FieldDef f, char sep) {
        return switch (f.type()) {
            case STRING -> f.name() + sep + "Char" + sep + width(f, 255);
            case INTEGER -> f.name() + sep + "Int" + sep + width(f, 10);
            case BOOLEAN -> f.name() + sep + "Int" + sep + width(f, 1) + sep + 0 + sep + BOOLEAN_MARK;
            case DECIMAL -> f.name() + sep + "Float" + sep + width(f, 20) + sep + f.scale();
            case DATE -> f.name() + sep + "Date" + sep + width(f, 8);
        };
    }

    private static int width(FieldDef f, int undeclared) {
        return f.length() > 0 ? f.length() : undeclared;
    }
}
