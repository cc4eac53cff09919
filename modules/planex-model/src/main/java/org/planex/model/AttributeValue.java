package org.planex.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One typed attribute value. A value knows its {@link AttributeType} even when it is absent
 * ({@link Null}), so that a round trip keeps the type of empty fields too.
 *
 * <p>Instances are immutable and compare by value. {@link #lexical()} gives the canonical text form and
 * {@link #parse(AttributeType, String)} reads it back.
 *
 * @since 0.1
 */
public sealed interface AttributeValue extends Serializable {

    /** The type of this value. */
    AttributeType type();

    /** The canonical text form of this value, or {@code null} for a {@link Null}. */
    String lexical();

    /** A text value. */
    static AttributeValue of(String value) {
        return value == null ? new Null(AttributeType.STRING) : new Text(value);
    }

    /** An integer value. */
    static AttributeValue of(long value) {
        return new Int(value);
    }

    /** A decimal value; {@code null} gives a typed null. */
    static AttributeValue of(BigDecimal value) {
        return value == null ? new Null(AttributeType.DECIMAL) : new Decimal(value);
    }

    /** A boolean value. */
    static AttributeValue of(boolean value) {
        return new Bool(value);
    }

    /** A date value; {@code null} gives a typed null. */
    static AttributeValue of(LocalDate value) {
        return value == null ? new Null(AttributeType.DATE) : new Date(value);
    }

    /**
     * Reads the canonical text form of a value of the given type.
     *
     * @param lexical the text; {@code null} gives a typed {@link Null}
     * @throws IllegalArgumentException if the text is not a valid value of the type (the message says which)
     */
    static AttributeValue parse(AttributeType type, String lexical) {
        Objects.requireNonNull(type, "type");
        if (lexical == null) {
            return new Null(type);
        }
        try {
            return switch (type) {
                case STRING -> new Text(lexical);
                case INTEGER -> new Int(Long.parseLong(lexical.strip()));
                case DECIMAL -> new Decimal(new BigDecimal(lexical.strip()));
                case BOOLEAN -> new Bool(parseBoolean(lexical.strip()));
                case DATE -> new Date(LocalDate.parse(lexical.strip()));
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("'" + lexical + "' is not a valid " + type.token() + " value", e);
        }
    }

    private static boolean parseBoolean(String s) {
        return switch (s) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new NumberFormatException("not a boolean");
        };
    }

    /** A text value. @param value the text, never null */
    record Text(String value) implements AttributeValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public AttributeType type() {
            return AttributeType.STRING;
        }

        @Override
        public String lexical() {
            return value;
        }
    }

    /** A 64-bit integer value. @param value the number */
    record Int(long value) implements AttributeValue {
        @Override
        public AttributeType type() {
            return AttributeType.INTEGER;
        }

        @Override
        public String lexical() {
            return Long.toString(value);
        }
    }

    /**
     * An exact decimal value. Scale is kept ({@code 1.50} stays {@code 1.50}) because source databases
     * declare it.
     *
     * @param value the number, never null
     */
    record Decimal(BigDecimal value) implements AttributeValue {
        public Decimal {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public AttributeType type() {
            return AttributeType.DECIMAL;
        }

        @Override
        public String lexical() {
            return value.toPlainString();
        }
    }

    /** A boolean value. @param value the truth value */
    record Bool(boolean value) implements AttributeValue {
        @Override
        public AttributeType type() {
            return AttributeType.BOOLEAN;
        }

        @Override
        public String lexical() {
            return Boolean.toString(value);
        }
    }

    /** A date value. @param value the date, never null */
    record Date(LocalDate value) implements AttributeValue {
        public Date {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public AttributeType type() {
            return AttributeType.DATE;
        }

        @Override
        public String lexical() {
            return value.toString();
        }
    }

    /** An absent value that still knows its type. @param type the declared type */
    record Null(AttributeType type) implements AttributeValue {
        public Null {
            Objects.requireNonNull(type, "type");
        }

        @Override
        public String lexical() {
            return null;
        }
    }
}
