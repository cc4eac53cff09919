package org.planex.format.geojson;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.Attributes;
import org.planex.model.layer.FieldDef;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.WarningListener;

/**
 * Turns the parsed properties of a feature into {@link Attributes} that follow the layer's fields: one value
 * per field in field order, a typed null for a missing or null property. A value of another JSON type than
 * the field's is converted only when nothing is lost (an integer into a decimal field; any value into a text
 * field, with one warning per field); otherwise reading stops with an error that says how to read the file
 * (scan more features before typing). Properties the layer does not declare are dropped with one warning per
 * name.
 *
 * <p><b>Thread safety:</b> not thread-safe; one instance per cursor.
 */
final class PropertyTyper {

    private final List<FieldDef> fields;
    private final Set<String> declared = new HashSet<>();
    private final Set<String> warned = new HashSet<>();
    private final WarningListener warnings;
    private final String typingSource;

    /**
     * A typer.
     *
     * @param fields the layer's fields
     * @param warnings where to report conversions and dropped properties
     * @param typingSource how the field types were found, for messages (e.g. "the first 1000 features")
     */
    PropertyTyper(List<FieldDef> fields, WarningListener warnings, String typingSource) {
        this.fields = fields;
        this.warnings = warnings;
        this.typingSource = typingSource;
        fields.forEach(f -> declared.add(f.name()));
    }

    /** The typed attributes of {@code feature}; {@code where} locates it for errors and warnings. */
    Attributes type(ParsedFeature feature, Location where) throws PlanexException {
        Map<String, Object> props = feature.properties();
        Attributes.Builder b = Attributes.builder();
        for (FieldDef f : fields) {
            b.put(f.name(), value(f, props.get(f.name()), where));
        }
        if (props.size() > fields.size() || !declared.containsAll(props.keySet())) {
            for (String name : props.keySet()) {
                if (!declared.contains(name) && warned.add(name)) {
                    warnings.warning(where, "property '" + name + "' is not among the layer's fields (typed from "
                            + typingSource + "); it is dropped");
                }
            }
        }
        return b.build();
    }

    private AttributeValue value(FieldDef f, Object v, Location where) throws PlanexException {
        if (v == null) {
            return new AttributeValue.Null(f.type());
        }
        AttributeType t = f.type();
        switch (t) {
            case STRING -> {
                if (v instanceof String s) {
                    return AttributeValue.of(s);
                }
                if (warned.add(f.name())) {
                    warnings.warning(where, "property '" + f.name() + "' holds " + describe(v) + " but the field is "
                            + "text (typed from " + typingSource + "); such values are kept as their JSON text");
                }
                return AttributeValue.of(text(v));
            }
            case INTEGER -> {
                if (v instanceof Long l) {
                    return AttributeValue.of(l.longValue());
                }
            }
            case DECIMAL -> {
                if (v instanceof Long l) {
                    return AttributeValue.of(BigDecimal.valueOf(l));
                }
                if (v instanceof BigDecimal d) {
                    return AttributeValue.of(d);
                }
            }
            case BOOLEAN -> {
                if (v instanceof Boolean bool) {
                    return AttributeValue.of(bool.booleanValue());
                }
            }
            case DATE -> {
                if (v instanceof String s) {
                    try {
                        return AttributeValue.of(LocalDate.parse(s));
                    } catch (DateTimeParseException e) {
                        throw PlanexException.unreadable(where, "property '" + f.name() + "' is '" + s
                                + "', not a date (yyyy-MM-dd) as the layer declares", null);
                    }
                }
            }
            default -> throw new IllegalStateException("unhandled type " + t);
        }
        throw PlanexException.unreadable(where, "property '" + f.name() + "' holds " + describe(v) + " but the field is "
                + t.token() + " (typed from " + typingSource + "); read with option infer-sample=0 to type fields from "
                + "every feature", null);
    }

    private static String text(Object v) {
        if (v instanceof BigDecimal d) {
            return d.toString();
        }
        if (v instanceof ParsedFeature.JsonText j) {
            return j.json();
        }
        return String.valueOf(v);
    }

    private static String describe(Object v) {
        String kind = v instanceof String ? "text" : v instanceof Long ? "an integer" : v instanceof BigDecimal
                ? "a decimal" : v instanceof Boolean ? "a boolean" : "a JSON object or array";
        String shown = text(v);
        return kind + " (" + (shown.length() > 40 ? shown.substring(0, 40) + "..." : shown) + ")";
    }
}
