package org.planex.spi;

/**
 * Receives warnings: things a reader or writer did that the user should know (a field name shortened, a
 * value rounded) but that do not stop the work.
 *
 * <p><b>Thread safety:</b> a listener may be called from the thread of any reader or writer it is given to;
 * implementations shared between conversions must be thread-safe.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface WarningListener {

    /** A listener that drops every warning. */
    WarningListener IGNORE = (location, message) -> { };

    /**
     * Reports one warning.
     *
     * @param location where, or {@link Location#UNKNOWN}
     * @param message what happened, as one sentence
     */
    void warning(Location location, String message);
}
