package org.planex.spi;

/**
 * The answer of {@link FormatProvider#probe(ProbeInput)}.
 *
 * @since 0.1
 */
public enum ProbeResult {
    /** The provider recognises the input and can read it. */
    SUPPORTED,
    /** The input is certainly not of this format. */
    UNSUPPORTED,
    /** The first bytes were not enough to decide (the input is shorter than the provider needs). */
    INSUFFICIENT_BYTES,
    /** The provider cannot tell; it may still try to read the input if nothing better is found. */
    UNDETERMINED
}
