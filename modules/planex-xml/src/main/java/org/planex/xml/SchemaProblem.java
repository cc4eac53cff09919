package org.planex.xml;

/**
 * One XSD validation problem, with the place in the document.
 *
 * @param line the 1-based line, or -1
 * @param column the 1-based column, or -1
 * @param fatal whether the document could not be parsed past this point
 * @param message the validator's message
 * @since 0.1
 */
public record SchemaProblem(long line, long column, boolean fatal, String message) {

    @Override
    public String toString() {
        return line + ":" + column + ": " + message;
    }
}
