package org.planex.format.inspire;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.Attributes;

/**
 * Free attributes as PLU {@code dimensioningIndication}s, the property PLU gives zones and regulations for
 * their dimensions (floor area ratio, height limits). The {@code indicationReference} is the attribute name;
 * the value element gives the type: {@code DimensioningIndicationCharacterValue} a string,
 * {@code ...IntegerValue} an integer, {@code ...RealValue} a decimal (its exact text). PLU has no boolean,
 * date or null value, so those are a character value whose reference carries the type after the name:
 * {@code SFJS [boolean]}, {@code PZRQ [date]}, {@code RJL [null decimal]} (with an empty value); a string whose
 * name itself ends like that gets {@code [string]}.
 *
 * <p><b>Thread safety:</b> stateless.
 */
final class DimensioningIndications {

    private static final Pattern TYPED = Pattern.compile("(.*) \\[(null )?(string|integer|decimal|boolean|date)\\]",
            Pattern.DOTALL);

    private DimensioningIndications() {
    }

    /** Writes one {@code plu:dimensioningIndication} per attribute. */
    static void write(XMLStreamWriter w, Attributes attributes) throws XMLStreamException {
        for (Map.Entry<String, AttributeValue> e : attributes.asMap().entrySet()) {
            String name = e.getKey();
            AttributeValue v = e.getValue();
            String element = "DimensioningIndicationCharacterValue";
            String reference = name;
            if (v instanceof AttributeValue.Null n) {
                reference = name + " [null " + n.type().token() + "]";
            } else if (v.type() == AttributeType.INTEGER) {
                element = "DimensioningIndicationIntegerValue";
            } else if (v.type() == AttributeType.DECIMAL) {
                element = "DimensioningIndicationRealValue";
            } else if (v.type() != AttributeType.STRING || TYPED.matcher(name).matches()) {
                reference = name + " [" + v.type().token() + "]";
            }
            w.writeStartElement("plu", "dimensioningIndication", PluNames.PLU);
            w.writeStartElement("plu", element, PluNames.PLU);
            PluXml.text(w, "plu", "indicationReference", PluNames.PLU, reference);
            PluXml.text(w, "plu", "value", PluNames.PLU, v.lexical() == null ? "" : v.lexical());
            w.writeEndElement();
            w.writeEndElement();
        }
    }

    /**
     * Adds the attribute of one indication read back.
     *
     * @param element the local name of the value element
     * @param reference the indication reference
     * @param value the text of the value
     * @throws IllegalArgumentException if the value does not fit its type
     */
    static void read(Attributes.Builder into, String element, String reference, String value) {
        Matcher m = TYPED.matcher(reference);
        if (element.equals("DimensioningIndicationCharacterValue") && m.matches()) {
            AttributeType type = AttributeType.fromToken(m.group(3));
            into.put(m.group(1), m.group(2) != null ? new AttributeValue.Null(type) : AttributeValue.parse(type, value));
            return;
        }
        AttributeType type = switch (element) {
            case "DimensioningIndicationIntegerValue" -> AttributeType.INTEGER;
            case "DimensioningIndicationRealValue" -> AttributeType.DECIMAL;
            default -> AttributeType.STRING;
        };
        into.put(reference, AttributeValue.parse(type, type == AttributeType.STRING ? value : value.strip()));
    }
}
