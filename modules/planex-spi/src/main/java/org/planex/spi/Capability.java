package org.planex.spi;

/**
 * What a format provider can do.
 *
 * @since 0.1
 */
public enum Capability {
    /** It opens readers. */
    READ,
    /** It opens writers. */
    WRITE
}
