package org.planex.core.convert;

import org.planex.crs.CrsService;
import org.planex.crs.DatumShift;
import org.planex.crs.GeometryReprojector;
import org.planex.model.ControlArea;
import org.planex.model.Corridor;
import org.planex.model.CrsRef;
import org.planex.model.Facility;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.model.Zone;
import org.planex.spi.ForwardingPlanReader;
import org.planex.spi.Location;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanexException;

/**
 * A plan reader that reprojects every geometry (features and boundary) from the plan's CRS to a target CRS,
 * one feature at a time, and declares the target CRS in the header.
 *
 * <p><b>Thread safety:</b> not thread-safe.
 *
 * @since 0.1
 */
public final class ReprojectingPlanReader extends ForwardingPlanReader {

    private final GeometryReprojector reprojector;
    private final PlanHeader header;

    /** Reprojects {@code reader} into {@code target}; closing this closes it. */
    public ReprojectingPlanReader(PlanReader reader, CrsRef target) throws PlanexException {
        this(reader, null, target);
    }

    /**
     * Reprojects {@code reader} into {@code target} with the user's datum shift of the source CRS to WGS 84
     * ({@code null} for the catalogue's); closing this closes it.
     *
     * @since 0.2
     */
    public ReprojectingPlanReader(PlanReader reader, DatumShift sourceShift, CrsRef target) throws PlanexException {
        super(reader);
        this.reprojector = CrsService.standard().reprojector(reader.header().crs(), sourceShift, target);
        PlanHeader h = reader.header();
        this.header = h.withCrs(target, h.boundary() == null ? null : reprojector.reproject(h.boundary()));
    }

    @Override
    public PlanHeader header() {
        return header;
    }

    @Override
    public PlanFeature read() throws PlanexException {
        PlanFeature f = delegate.read();
        if (f == null || f.geometry() == null) {
            return f;
        }
        try {
            var g = reprojector.reproject(f.geometry());
            if (f instanceof Zone z) {
                return new Zone(z.id(), z.code(), z.name(), g, z.attributes());
            } else if (f instanceof ControlArea c) {
                return new ControlArea(c.id(), c.controlKind(), c.name(), g, c.attributes());
            } else if (f instanceof Facility fa) {
                return new Facility(fa.id(), fa.category(), fa.nimbyCategory(), fa.impactRadius(), fa.name(), g,
                        fa.attributes());
            }
            Corridor c = (Corridor) f;
            return new Corridor(c.id(), c.corridorType(), c.corridorClass(), c.crossBorderRef(), c.name(), g,
                    c.attributes());
        } catch (PlanexException e) {
            throw new PlanexException(e.getKind(), Location.UNKNOWN.withFeature(f.id()), e.getReason(), e);
        }
    }
}
