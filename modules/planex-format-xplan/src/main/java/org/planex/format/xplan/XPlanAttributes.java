package org.planex.format.xplan;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.Attributes;

/**
 * Collects the simple properties of an XPlanGML feature as typed attributes named like the elements: the
 * measures of the BauNVO as decimals ({@code GRZ}, {@code GFZ}, {@code BMZ}, {@code GR}, {@code GF},
 * {@code BM}, each with {@code min} and {@code max}), storey counts and enumeration codes as integers
 * ({@code Z}, {@code ZU}; enumerations such as {@code allgArtDerBaulNutzung} and {@code rechtscharakter} when
 * they are numbers), {@code flaechenschluss}
 * as a boolean, any other as text. A property given more than once becomes one text of its values joined by
 * {@code "; "}.
 *
 * <p><b>Thread safety:</b> not thread-safe; one per feature.
 */
final class XPlanAttributes {

    private static final Set<String> DECIMALS = Set.of("GRZ", "GRZmin", "GRZmax", "GFZ", "GFZmin", "GFZmax",
            "BMZ", "BMZmin", "BMZmax", "GR", "GRmin", "GRmax", "GF", "GFmin", "GFmax", "BM", "BMmin", "BMmax",
            "GRZ_Ausn", "GFZ_Ausn", "BMZ_Ausn", "GR_Ausn", "GF_Ausn", "BM_Ausn");
    private static final Set<String> INTEGERS = Set.of("Z", "Zmin", "Zmax", "Zzwingend", "Z_Ausn", "ZU", "ZUmin",
            "ZUmax", "ZUzwingend", "ZU_Ausn", "ebene");
    /** Enumerations: integers when their value is a number (as in XPlanGML), text otherwise. */
    private static final Set<String> ENUMERATIONS = Set.of("allgArtDerBaulNutzung", "besondereArtDerBaulNutzung",
            "rechtscharakter", "rechtsstand", "bauweise", "bebauungsArt", "sondernutzung", "zweckbestimmung",
            "nutzungsform");
    private static final Set<String> BOOLEANS = Set.of("flaechenschluss");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> repeated = new HashSet<>();

    /** Adds the text of property {@code name}. */
    void add(String name, String text) {
        String before = values.putIfAbsent(name, text);
        if (before != null) {
            values.put(name, before + "; " + text);
            repeated.add(name);
        }
    }

    /** The text of property {@code name}, or {@code null}. */
    String get(String name) {
        return values.get(name);
    }

    /**
     * The typed attributes, with {@code extra} first.
     *
     * @throws IllegalArgumentException naming the property whose text is not of its type
     */
    Attributes build(Map<String, String> extra) {
        Attributes.Builder b = Attributes.builder(values.size() + extra.size());
        extra.forEach(b::put);
        values.forEach((name, text) -> b.put(name, repeated.contains(name) ? AttributeValue.of(text)
                : AttributeValue.parse(type(name, text), text)));
        return b.build();
    }

    private static AttributeType type(String name, String text) {
        if (ENUMERATIONS.contains(name)) {
            return text.matches("-?\\d{1,18}") ? AttributeType.INTEGER : AttributeType.STRING;
        }
        if (DECIMALS.contains(name)) {
            return AttributeType.DECIMAL;
        }
        if (INTEGERS.contains(name)) {
            return AttributeType.INTEGER;
        }
        return BOOLEANS.contains(name) ? AttributeType.BOOLEAN : AttributeType.STRING;
    }
}
