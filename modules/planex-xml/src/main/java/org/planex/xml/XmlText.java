package org.planex.xml;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Checks that text can be written to XML 1.0: characters such as U+0001 cannot appear in an XML document at
 * all, so a value holding them is refused with a clear message rather than written as a broken file.
 *
 * <p><b>Thread safety:</b> stateless.
 *
 * @since 0.1
 */
public final class XmlText {

    private XmlText() {
    }

    /**
     * The text, checked.
     *
     * @param what what the text is the value of, for the message
     * @throws IllegalArgumentException naming the character and its position if XML 1.0 cannot hold it
     */
    public static String checked(String text, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                throw new IllegalArgumentException("value of " + what + " contains the control character U+"
                        + String.format("%04X", (int) c) + " at position " + i
                        + ", which XML 1.0 cannot hold; remove it from the source data");
            }
        }
        return text;
    }

    /**
     * Writes checked text as character data; carriage returns become character references, since parsers
     * would drop them.
     *
     * @param what what the text is the value of, for the message of {@link #checked}
     */
    public static void write(XMLStreamWriter w, String text, String what) throws XMLStreamException {
        checked(text, what);
        int from = 0;
        for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', from)) {
            w.writeCharacters(text.substring(from, cr));
            w.writeEntityRef("#13");
            from = cr + 1;
        }
        w.writeCharacters(text.substring(from));
    }
}
