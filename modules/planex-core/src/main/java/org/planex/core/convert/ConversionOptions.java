package org.planex.core.convert;

import java.util.concurrent.atomic.LongAdder;
import org.planex.core.profile.Profile;
import org.planex.model.CrsRef;

/**
 * How to convert, beyond the two formats.
 *
 * @param profile the profile that writes plan features as layers, or {@code null} for the input's profile
 *     ({@link org.planex.core.input.InputOptions#profile()}) or, failing that, {@code generic}; how the input
 *     is read is said by its {@link org.planex.core.input.InputOptions}
 * @param targetCrs the CRS to reproject to, or {@code null} to keep the input's
 * @param progress counts features as they are written, for progress displays, or {@code null}
 * @since 0.1
 */
public record ConversionOptions(Profile profile, CrsRef targetCrs, LongAdder progress) {

    /** Defaults: the input's profile, no reprojection. */
    public static final ConversionOptions DEFAULT = new ConversionOptions(null, null, null);

    /** A copy that counts written features in {@code counter}. */
    public ConversionOptions withProgress(LongAdder counter) {
        return new ConversionOptions(profile, targetCrs, counter);
    }
}
