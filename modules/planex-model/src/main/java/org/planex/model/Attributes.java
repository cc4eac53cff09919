package org.planex.model;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, ordered set of named {@link AttributeValue}s. Order is the order of insertion, so that an
 * encoding writes attributes in the order it read them.
 *
 * @since 0.1
 */
public final class Attributes implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Attributes EMPTY = new Attributes(Map.of());

    private final Map<String, AttributeValue> values;

    private Attributes(Map<String, AttributeValue> values) {
        this.values = values;
    }

    /** No attributes. */
    public static Attributes empty() {
        return EMPTY;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new builder sized for {@code expected} attributes (readers know the field count). */
    public static Builder builder(int expected) {
        return new Builder(expected);
    }

    /** The value named {@code name}, if present. */
    public Optional<AttributeValue> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The names, in order. */
    public Set<String> names() {
        return values.keySet();
    }

    /** All values by name, in order (unmodifiable). */
    public Map<String, AttributeValue> asMap() {
        return values;
    }

    /** The number of attributes. */
    public int size() {
        return values.size();
    }

    /** Whether there are no attributes. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attributes a && values.equals(a.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /**
     * Builds an {@link Attributes}; names must be unique and non-blank. Not thread-safe; a builder builds once
     * (its map is handed over, not copied).
     */
    public static final class Builder {
        private LinkedHashMap<String, AttributeValue> values;

        private Builder() {
            values = new LinkedHashMap<>();
        }

        private Builder(int expected) {
            values = new LinkedHashMap<>((int) (expected / 0.75f) + 1);
        }

        /**
         * Adds a value.
         *
         * @throws IllegalArgumentException if the name is blank or already present
         */
        public Builder put(String name, AttributeValue value) {
            Objects.requireNonNull(value, "value");
            if (values == null) {
                throw new IllegalStateException("build() was called; use a new builder");
            }
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("attribute name must not be blank");
            }
            if (values.putIfAbsent(name, value) != null) {
                throw new IllegalArgumentException("duplicate attribute '" + name + "'");
            }
            return this;
        }

        /** Adds a text value (a typed null if {@code value} is null). */
        public Builder put(String name, String value) {
            return put(name, AttributeValue.of(value));
        }

        /** Adds an integer value. */
        public Builder put(String name, long value) {
            return put(name, AttributeValue.of(value));
        }

        /** The attributes; the builder cannot be used afterwards. */
        public Attributes build() {
            if (values == null) {
                throw new IllegalStateException("build() was called already");
            }
            Attributes a = values.isEmpty() ? EMPTY : new Attributes(Collections.unmodifiableMap(values));
            values = null;
            return a;
        }
    }
}
