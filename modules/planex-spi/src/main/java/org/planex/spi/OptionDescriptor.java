package org.planex.spi;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A typed option a format provider accepts, described as data so the CLI can list it and parse it
 * ({@code -o NAME=VALUE}). Create instances with the static factories.
 *
 * <p><b>Thread safety:</b> immutable.
 *
 * @param <T> the value type
 * @since 0.1
 */
public final class OptionDescriptor<T> {

    private final String name;
    private final Class<T> type;
    private final T defaultValue;
    private final String description;
    private final List<String> choices;
    private final Function<String, T> parser;

    private OptionDescriptor(String name, Class<T> type, T defaultValue, String description, List<String> choices,
            Function<String, T> parser) {
        if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("option name '" + name + "' must be lower-case words with hyphens");
        }
        this.name = name;
        this.type = Objects.requireNonNull(type, "type");
        this.defaultValue = defaultValue;
        this.description = Objects.requireNonNull(description, "description");
        this.choices = List.copyOf(choices);
        this.parser = parser;
    }

    /** A text option. */
    public static OptionDescriptor<String> text(String name, String description, String defaultValue) {
        return new OptionDescriptor<>(name, String.class, defaultValue, description, List.of(), s -> s);
    }

    /** A whole-number option. */
    public static OptionDescriptor<Long> integer(String name, String description, Long defaultValue) {
        return new OptionDescriptor<>(name, Long.class, defaultValue, description, List.of(), s -> {
            try {
                return Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("expected a whole number", e);
            }
        });
    }

    /** A true/false option. */
    public static OptionDescriptor<Boolean> bool(String name, String description, Boolean defaultValue) {
        return new OptionDescriptor<>(name, Boolean.class, defaultValue, description, List.of("true", "false"),
                s -> switch (s.strip().toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "1" -> Boolean.TRUE;
                    case "false", "no", "0" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException("expected true or false");
                });
    }

    /** A character set option, e.g. {@code GBK}. */
    public static OptionDescriptor<Charset> charset(String name, String description, Charset defaultValue) {
        return new OptionDescriptor<>(name, Charset.class, defaultValue, description, List.of(), s -> {
            try {
                return Charset.forName(s.strip());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new IllegalArgumentException("unknown character set (try GBK, GB18030, UTF-8, Big5)", e);
            }
        });
    }

    /** An option with a fixed set of text values. */
    public static OptionDescriptor<String> choice(String name, String description, String defaultValue,
            String... allowed) {
        List<String> list = List.of(allowed);
        return new OptionDescriptor<>(name, String.class, defaultValue, description, list, s -> {
            if (!list.contains(s)) {
                throw new IllegalArgumentException("expected one of " + String.join(", ", list));
            }
            return s;
        });
    }

    /** The option name, e.g. {@code encoding}. */
    public String name() {
        return name;
    }

    /** The value type. */
    public Class<T> type() {
        return type;
    }

    /** The value when the user gives none, or {@code null}. */
    public T defaultValue() {
        return defaultValue;
    }

    /** One sentence for the help text. */
    public String description() {
        return description;
    }

    /** The allowed values, or an empty list when any value of the type is allowed. */
    public List<String> choices() {
        return choices;
    }

    /**
     * Parses a value given as text.
     *
     * @throws PlanexException of kind {@link ErrorKind#USAGE} if the text is not a valid value
     */
    public T parse(String text) throws PlanexException {
        try {
            return parser.apply(Objects.requireNonNull(text, "text"));
        } catch (IllegalArgumentException e) {
            throw new PlanexException(ErrorKind.USAGE, Location.UNKNOWN,
                    "option " + name + "='" + text + "': " + e.getMessage());
        }
    }

    /** A short type name for help: text, integer, boolean, charset, or the choices. */
    public String typeLabel() {
        if (!choices.isEmpty()) {
            return String.join("|", choices);
        }
        if (type == Charset.class) {
            return "charset";
        }
        return type == Long.class ? "integer" : type.getSimpleName().toLowerCase(Locale.ROOT).replace("string", "text");
    }

    @Override
    public String toString() {
        return name + " (" + typeLabel() + ")";
    }
}
