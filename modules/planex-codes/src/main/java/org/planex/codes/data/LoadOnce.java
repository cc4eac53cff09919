package org.planex.codes.data;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed on first use, once, safely from many threads.
 *
 * @param <T> the type of the value
 */
public final class LoadOnce<T> implements Supplier<T> {

    private final Supplier<T> loader;
    private volatile T value;

    /** Creates a holder that calls {@code loader} on the first {@link #get()}; it must not return null. */
    public LoadOnce(Supplier<T> loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    @Override
    public T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                result = value;
                if (result == null) {
                    result = Objects.requireNonNull(loader.get(), "loader returned null");
                    value = result;
                }
            }
        }
        return result;
    }
}
