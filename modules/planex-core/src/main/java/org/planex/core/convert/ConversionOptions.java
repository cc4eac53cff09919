package org.planex.core.convert;

import java.util.concurrent.atomic.LongAdder;
import org.planex.core.profile.Profile;
import org.planex.crs.DatumShift;
import org.planex.model.CrsRef;

/**
 * How to convert, beyond the two formats.
 *
 * @param profile the profile that writes plan features as layers, or {@code null} for the input's profile
 *     ({@link org.planex.core.input.InputOptions#profile()}) or, failing that, {@code generic}; how the input
 *     is read is said by its {@link org.planex.core.input.InputOptions}
 * @param targetCrs the CRS to reproject to, or {@code null} to keep the input's
 * @param progress counts features as they are written, for progress displays, or {@code null}
 * @param sourceShift the user's datum shift from the source datum to WGS 84 ({@code --s-towgs84}), replacing
 *     the one EPSG gives, used when reprojecting; or {@code null} for the catalogue's (since 0.2)
 * @since 0.1
 */
public record ConversionOptions(Profile profile, CrsRef targetCrs, LongAdder progress, DatumShift sourceShift) {

    /** Defaults: the input's profile, no reprojection. */
    public static final ConversionOptions DEFAULT = new ConversionOptions(null, null, null, null);

    /** Options with the datum shifts of the catalogue. */
    public ConversionOptions(Profile profile, CrsRef targetCrs, LongAdder progress) {
        this(profile, targetCrs, progress, null);
    }

    /** A copy that counts written features in {@code counter}. */
    public ConversionOptions withProgress(LongAdder counter) {
        return new ConversionOptions(profile, targetCrs, counter, sourceShift);
    }

    /**
     * A copy with the user's datum shift of the source CRS, or {@code null} for the catalogue's.
     *
     * @since 0.2
     */
    public ConversionOptions withSourceShift(DatumShift shift) {
        return new ConversionOptions(profile, targetCrs, progress, shift);
    }
}
