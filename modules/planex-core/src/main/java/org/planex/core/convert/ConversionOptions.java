package org.planex.core.convert;

import java.util.concurrent.atomic.LongAdder;
import org.planex.core.profile.Profile;
import org.planex.crs.DatumShift;
import org.planex.model.CrsRef;

/**
 * How to convert, beyond the two formats.
 *
 * @param profile the profile that maps layers to plans and back (used when either side holds layers), or
 *     {@code null} for the built-in {@code generic} profile
 * @param sourceCrs the CRS of the input, overriding a missing or wrong declaration, or {@code null}
 * @param targetCrs the CRS to reproject to, or {@code null} to keep the input's
 * @param progress counts features as they are written, for progress displays, or {@code null}
 * @param sourceShift the user's datum shift from the source datum to WGS 84 ({@code --s-towgs84}), replacing
 *     the one EPSG gives, used when reprojecting; or {@code null} for the catalogue's (since 0.2)
 * @since 0.1
 */
public record ConversionOptions(Profile profile, CrsRef sourceCrs, CrsRef targetCrs, LongAdder progress,
        DatumShift sourceShift) {

    /** Defaults: generic profile, declared CRS, no reprojection. */
    public static final ConversionOptions DEFAULT = new ConversionOptions(null, null, null, null, null);

    /** Options without a progress counter. */
    public ConversionOptions(Profile profile, CrsRef sourceCrs, CrsRef targetCrs) {
        this(profile, sourceCrs, targetCrs, null, null);
    }

    /** Options with the datum shifts of the catalogue. */
    public ConversionOptions(Profile profile, CrsRef sourceCrs, CrsRef targetCrs, LongAdder progress) {
        this(profile, sourceCrs, targetCrs, progress, null);
    }

    /** A copy that counts written features in {@code counter}. */
    public ConversionOptions withProgress(LongAdder counter) {
        return new ConversionOptions(profile, sourceCrs, targetCrs, counter, sourceShift);
    }

    /**
     * A copy with the user's datum shift of the source CRS, or {@code null} for the catalogue's.
     *
     * @since 0.2
     */
    public ConversionOptions withSourceShift(DatumShift shift) {
        return new ConversionOptions(profile, sourceCrs, targetCrs, progress, shift);
    }
}
