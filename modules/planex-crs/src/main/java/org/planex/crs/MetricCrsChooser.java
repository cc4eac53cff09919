package org.planex.crs;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.planex.model.CrsRef;
import org.planex.spi.PlanexException;

/**
 * Chooses the local metric CRS planex measures distances and areas in, so that nothing is ever measured in
 * degrees and the scale error stays small.
 *
 * <p>For a longitude/latitude point inside the area of use of CGCS2000 (EPSG:4490, China's extent, which
 * includes Hong Kong and Macao) it is the CGCS2000 3-degree Gauss-Kruger CRS without zone prefix whose central
 * meridian is nearest (EPSG:4534-4554, scale factor 1, scale error below 0.03 % within the zone); elsewhere the
 * WGS 84 UTM zone of the point (scale error below 0.1 %). For one data set it is chosen at the centre of its
 * extent; for two packages at the centre of the area where their extents overlap (their shared border), or of
 * both extents when they do not overlap.
 *
 * <p>Thread safety: stateless, thread-safe.
 *
 * @since 0.1
 */
public final class MetricCrsChooser {

    /** How far, in degrees, two extents may be apart and still be taken to share a border. */
    static final double BORDER_TOLERANCE = 0.01;

    private final CrsService service;

    /** A chooser using the shared {@link CrsService}. */
    public MetricCrsChooser() {
        this(CrsService.standard());
    }

    /** A chooser using the given service. */
    public MetricCrsChooser(CrsService service) {
        this.service = service;
    }

    /**
     * The metric CRS for a longitude/latitude point: 3-degree Gauss-Kruger in China, UTM elsewhere.
     *
     * @throws IllegalArgumentException if the point is not a longitude/latitude
     */
    public static KnownCrs forLonLat(double lon, double lat) {
        if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
            throw new IllegalArgumentException("not a longitude/latitude: " + lon + " " + lat);
        }
        KnownCrs china = CrsCatalog.find(CrsRef.CGCS2000).orElseThrow();
        if (china.area().contains(lon, lat)) {
            int cm = (int) Math.round(lon / 3) * 3;
            return CrsCatalog.gaussKruger3(Math.max(75, Math.min(135, cm))).orElseThrow();
        }
        int zone = Math.min(60, (int) Math.floor((lon + 180) / 6) + 1);
        return CrsCatalog.utm(zone, lat >= 0);
    }

    /**
     * The metric CRS for data with this envelope in {@code crs}: the declared CRS itself when it is a metric
     * CRS planex knows (Gauss-Kruger, UTM, HK 1980 Grid), else the one for the centre of the envelope.
     *
     * @throws PlanexException if the envelope cannot be transformed to longitude/latitude
     */
    public MetricCrsChoice forData(Envelope envelope, CrsRef crs) throws PlanexException {
        Envelope lonLat = toLonLat(envelope, crs);
        Coordinate c = lonLat.centre();
        KnownCrs declared = CrsCatalog.find(crs).filter(k -> !k.family().isGeographic()).orElse(null);
        if (declared != null) {
            return new MetricCrsChoice(declared, MetricCrsChoice.Basis.DECLARED, c.x, c.y);
        }
        return new MetricCrsChoice(forLonLat(c.x, c.y), MetricCrsChoice.Basis.DATA_CENTRE, c.x, c.y);
    }

    /**
     * The metric CRS in which two packages, each in its own CRS, are compared: the one for the centre of the
     * overlap of their extents (grown by 0.01 degree, so extents that only touch overlap), else of both
     * extents.
     *
     * @throws PlanexException if an envelope cannot be transformed to longitude/latitude
     */
    public MetricCrsChoice forPair(Envelope envelopeA, CrsRef crsA, Envelope envelopeB, CrsRef crsB)
            throws PlanexException {
        Envelope a = toLonLat(envelopeA, crsA);
        Envelope b = toLonLat(envelopeB, crsB);
        Envelope grownA = new Envelope(a);
        grownA.expandBy(BORDER_TOLERANCE);
        Envelope border = grownA.intersection(b);
        if (!border.isNull()) {
            Coordinate c = border.centre();
            return new MetricCrsChoice(forLonLat(c.x, c.y), MetricCrsChoice.Basis.SHARED_BORDER, c.x, c.y);
        }
        Envelope both = new Envelope(a);
        both.expandToInclude(b);
        Coordinate c = both.centre();
        return new MetricCrsChoice(forLonLat(c.x, c.y), MetricCrsChoice.Basis.COMBINED_EXTENT, c.x, c.y);
    }

    private Envelope toLonLat(Envelope envelope, CrsRef crs) throws PlanexException {
        if (envelope.isNull()) {
            throw new IllegalArgumentException("empty envelope: no data to choose a metric CRS for");
        }
        return service.reprojector(crs, CrsRef.CGCS2000).reproject(envelope);
    }
}
