package org.planex.core.convert;

import java.util.concurrent.atomic.LongAdder;
import org.planex.core.profile.Profile;
import org.planex.model.CrsRef;

/**
 * How to convert, beyond the two formats.
 *
 * @param profile the profile that maps layers to plans and back (used when either side holds layers), or
 *     {@code null} for the built-in {@code generic} profile
 * @param sourceCrs the CRS of the input, overriding a missing or wrong declaration, or {@code null}
 * @param targetCrs the CRS to reproject to, or {@code null} to keep the input's
 * @param progress counts features as they are written, for progress displays, or {@code null}
 * @since 0.1
 */
public record ConversionOptions(Profile profile, CrsRef sourceCrs, CrsRef targetCrs, LongAdder progress) {

    /** Defaults: generic profile, declared CRS, no reprojection. */
    public static final ConversionOptions DEFAULT = new ConversionOptions(null, null, null, null);

    /** Options without a progress counter. */
    public ConversionOptions(Profile profile, CrsRef sourceCrs, CrsRef targetCrs) {
        this(profile, sourceCrs, targetCrs, null);
    }

    /** A copy that counts written features in {@code counter}. */
    public ConversionOptions withProgress(LongAdder counter) {
        return new ConversionOptions(profile, sourceCrs, targetCrs, counter);
    }
}
