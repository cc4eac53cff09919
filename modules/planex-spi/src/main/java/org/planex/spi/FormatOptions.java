package org.planex.spi;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Option values for one reader or writer, checked against the provider's {@link OptionDescriptor}s.
 *
 * <p><b>Thread safety:</b> immutable.
 *
 * @since 0.1
 */
public final class FormatOptions {

    private static final FormatOptions NONE = new FormatOptions(Map.of());

    private final Map<String, Object> values;

    private FormatOptions(Map<String, Object> values) {
        this.values = values;
    }

    /** No options: every option has its default. */
    public static FormatOptions none() {
        return NONE;
    }

    /**
     * Parses text values against the descriptors.
     *
     * @param descriptors the options the provider accepts
     * @param text values by option name
     * @throws PlanexException of kind {@link ErrorKind#USAGE} for an unknown name or a bad value; the message
     *     lists the accepted names
     */
    public static FormatOptions parse(List<OptionDescriptor<?>> descriptors, Map<String, String> text)
            throws PlanexException {
        Map<String, Object> parsed = new HashMap<>();
        for (Map.Entry<String, String> e : text.entrySet()) {
            OptionDescriptor<?> d = descriptors.stream().filter(o -> o.name().equals(e.getKey())).findFirst()
                    .orElse(null);
            if (d == null) {
                String known = descriptors.isEmpty() ? "none"
                        : descriptors.stream().map(OptionDescriptor::name).collect(Collectors.joining(", "));
                throw new PlanexException(ErrorKind.USAGE, Location.UNKNOWN,
                        "unknown option '" + e.getKey() + "' (this format accepts: " + known + ")");
            }
            parsed.put(d.name(), d.parse(e.getValue()));
        }
        return new FormatOptions(Collections.unmodifiableMap(parsed));
    }

    /** The value of an option, or its default. */
    public <T> T get(OptionDescriptor<T> option) {
        Object v = values.get(option.name());
        return v == null ? option.defaultValue() : option.type().cast(v);
    }

    /** Whether the user gave a value for the option. */
    public boolean isSet(OptionDescriptor<?> option) {
        return values.containsKey(option.name());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormatOptions f && values.equals(f.values);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(values);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
