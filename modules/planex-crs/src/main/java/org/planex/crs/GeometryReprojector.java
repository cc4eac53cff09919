package org.planex.crs;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.Proj4jException;
import org.locationtech.proj4j.ProjCoordinate;
import org.planex.model.CrsRef;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * Transforms JTS geometries, coordinates and envelopes from one CRS to another, x = easting/longitude and
 * y = northing/latitude on both sides. Obtain one from {@link CrsService#reprojector(CrsRef, CrsRef)}.
 *
 * <p>Longitudes beyond +-360 and latitudes beyond +-90, given or resulting, are refused rather than
 * transformed into nonsense.
 *
 * <p>Thread safety: thread-safe. proj4j's transforms keep scratch state, so each call creates its own
 * (a few allocations; the CRS definitions are shared).
 *
 * @since 0.1
 */
public final class GeometryReprojector {

    private static final int ENVELOPE_STEPS = 16;
    /** Longitudes up to one turn either way are accepted (data crossing the antimeridian). */
    private static final double MAX_LONGITUDE = 360;

    private final CrsRef source;
    private final CrsRef target;
    private final CoordinateReferenceSystem sourceDefinition;
    private final CoordinateReferenceSystem targetDefinition;
    private final boolean identity;
    private final boolean sourceGeographic;
    private final boolean targetGeographic;

    GeometryReprojector(CrsRef source, CoordinateReferenceSystem sourceDefinition, CrsRef target,
            CoordinateReferenceSystem targetDefinition) {
        this.source = source;
        this.target = target;
        this.sourceDefinition = sourceDefinition;
        this.targetDefinition = targetDefinition;
        this.identity = source.equals(target);
        this.sourceGeographic = sourceDefinition.isGeographic();
        this.targetGeographic = targetDefinition.isGeographic();
    }

    /** The CRS coordinates come in. */
    public CrsRef source() {
        return source;
    }

    /** The CRS coordinates go out. */
    public CrsRef target() {
        return target;
    }

    /**
     * A transformed copy of the geometry (the input is not changed); its SRID is set to the target code.
     *
     * @throws PlanexException (invalid data) if a coordinate cannot be transformed, naming the coordinate
     */
    public Geometry reproject(Geometry geometry) throws PlanexException {
        Geometry copy = geometry.copy();
        copy.setSRID(target.epsg());
        if (identity || copy.isEmpty()) {
            return copy;
        }
        Filter filter = new Filter(new BasicCoordinateTransform(sourceDefinition, targetDefinition));
        copy.apply(filter);
        if (filter.failure != null) {
            throw filter.failure;
        }
        copy.geometryChanged();
        return copy;
    }

    /**
     * The transformed coordinate (a new object).
     *
     * @throws PlanexException (invalid data) if it cannot be transformed
     */
    public Coordinate reproject(Coordinate c) throws PlanexException {
        if (identity) {
            return new Coordinate(c.x, c.y);
        }
        ProjCoordinate out = transform(new BasicCoordinateTransform(sourceDefinition, targetDefinition), c.x,
                c.y);
        return new Coordinate(out.x, out.y);
    }

    /**
     * The envelope of the transformed envelope, computed from 16 points along each edge so that curved edges
     * (a projected box seen in longitude/latitude) are covered.
     *
     * @throws PlanexException (invalid data) if a point of the edges cannot be transformed
     */
    public Envelope reproject(Envelope envelope) throws PlanexException {
        if (identity || envelope.isNull()) {
            return new Envelope(envelope);
        }
        BasicCoordinateTransform t = new BasicCoordinateTransform(sourceDefinition, targetDefinition);
        Envelope out = new Envelope();
        for (int i = 0; i <= ENVELOPE_STEPS; i++) {
            double fx = envelope.getMinX() + envelope.getWidth() * i / ENVELOPE_STEPS;
            double fy = envelope.getMinY() + envelope.getHeight() * i / ENVELOPE_STEPS;
            for (double[] p : new double[][] {{fx, envelope.getMinY()}, {fx, envelope.getMaxY()},
                    {envelope.getMinX(), fy}, {envelope.getMaxX(), fy}}) {
                ProjCoordinate c = transform(t, p[0], p[1]);
                out.expandToInclude(c.x, c.y);
            }
        }
        return out;
    }

    private ProjCoordinate transform(BasicCoordinateTransform t, double x, double y) throws PlanexException {
        if (sourceGeographic && !isLonLat(x, y)) {
            throw failure(x, y, "not a longitude/latitude", null);
        }
        ProjCoordinate out = new ProjCoordinate();
        try {
            t.transform(new ProjCoordinate(x, y), out);
        } catch (Proj4jException e) {
            throw failure(x, y, e.getMessage(), e);
        }
        if (!Double.isFinite(out.x) || !Double.isFinite(out.y)) {
            throw failure(x, y, "no finite result", null);
        }
        if (targetGeographic && !isLonLat(out.x, out.y)) {
            throw failure(x, y, "far outside the domain of " + source, null);
        }
        return out;
    }

    private static boolean isLonLat(double lon, double lat) {
        return Math.abs(lon) <= MAX_LONGITUDE && Math.abs(lat) <= 90;
    }

    private PlanexException failure(double x, double y, String why, Throwable cause) {
        return PlanexException.invalid(Location.UNKNOWN, "coordinate (" + x + " " + y + ") cannot be transformed"
                + " from " + source + " to " + target + " (" + why + "); check the declared CRS of the data",
                cause);
    }

    private final class Filter implements CoordinateSequenceFilter {
        private final BasicCoordinateTransform transform;
        private PlanexException failure;

        Filter(BasicCoordinateTransform transform) {
            this.transform = transform;
        }

        @Override
        public void filter(CoordinateSequence seq, int i) {
            try {
                ProjCoordinate out = GeometryReprojector.this.transform(transform, seq.getX(i), seq.getY(i));
                seq.setOrdinate(i, CoordinateSequence.X, out.x);
                seq.setOrdinate(i, CoordinateSequence.Y, out.y);
            } catch (PlanexException e) {
                failure = e;
            }
        }

        @Override
        public boolean isDone() {
            return failure != null;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
