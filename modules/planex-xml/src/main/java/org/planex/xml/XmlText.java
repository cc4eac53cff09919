package org.planex.xml;

/**
 * Checks that text can be written to XML 1.0: characters such as U+0001 cannot appear in an XML document at
 * all, so a value holding them is refused with a clear message rather than written as a broken file.
 */
final class XmlText {

    private XmlText() {
    }

    static String checked(String text, String what) {
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
}
