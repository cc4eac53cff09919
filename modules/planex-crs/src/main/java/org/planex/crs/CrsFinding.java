package org.planex.crs;

import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.planex.model.CrsRef;

/**
 * One mismatch between coordinates and their declared CRS, with the fix planex suggests.
 *
 * @param type what is wrong; {@code type.id()} is the stable id
 * @param declared the declared CRS
 * @param message one sentence for the user: what was found, in figures
 * @param suggestedCrs the CRS the data is probably in, if planex can tell
 * @param swapAxes whether the fix includes swapping x and y
 * @param envelope the envelope of the coordinates, in the declared CRS's units (x = east, y = north)
 * @since 0.1
 */
public record CrsFinding(CrsFindingType type, CrsRef declared, String message, Optional<CrsRef> suggestedCrs,
        boolean swapAxes, Envelope envelope) {

    /** Checks the arguments. */
    public CrsFinding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(suggestedCrs, "suggestedCrs");
        envelope = new Envelope(Objects.requireNonNull(envelope, "envelope"));
    }

    /** A copy of the envelope of the coordinates, in the declared CRS's units. */
    @Override
    public Envelope envelope() {
        return new Envelope(envelope);
    }

    /** The stable id, e.g. {@code CRS.ZONE_PREFIX_MISSING}. */
    public String id() {
        return type.id();
    }

    /**
     * The fix as the user would type it: {@code --s-srs EPSG:4549} when a CRS is suggested,
     * {@code swap the x and y axes of the source} when only the axes are wrong, both when both are, empty when
     * planex cannot tell.
     */
    public String suggestedFix() {
        String crs = suggestedCrs.map(c -> "--s-srs " + c).orElse("");
        String swap = swapAxes ? "swap the x and y axes of the source" : "";
        return crs.isEmpty() || swap.isEmpty() ? crs + swap : swap + " and declare " + crs;
    }

    /** {@code CRS.ZONE_PREFIX_MISSING: message (fix: --s-srs EPSG:4549)}. */
    @Override
    public String toString() {
        String fix = suggestedFix();
        return id() + ": " + message + (fix.isEmpty() ? "" : " (fix: " + fix + ")");
    }
}
