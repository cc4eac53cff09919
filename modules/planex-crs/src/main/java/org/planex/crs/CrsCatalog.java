package org.planex.crs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.planex.model.CrsRef;

/**
 * The CRSs planex knows in full ({@link KnownCrs}): CGCS2000 geographic and Gauss-Kruger (EPSG:4490-4554),
 * WGS 84 (4326), its UTM zones (32601-32660, 32701-32760) and the Hong Kong 1980 Grid (2326).
 *
 * <p>Names and areas of use are EPSG facts extracted from PROJ 9.1.1 into the resource
 * the EPSG catalogue ({@code epsg-catalog.tsv.gz}, see {@code src/build/generate-epsg-catalog.py}); family, zone, central meridian and
 * false easting follow from the code ranges.
 *
 * <p>Thread safety: immutable, loaded once.
 *
 * @since 0.1
 */
public final class CrsCatalog {

    /** First code of the 6-degree zones with prefix (zone 13). */
    static final int GK6_ZONE_FIRST = 4491;
    /** First code of the 6-degree zones without prefix (CM 75E). */
    static final int GK6_CM_FIRST = 4502;
    /** First code of the 3-degree zones with prefix (zone 25). */
    static final int GK3_ZONE_FIRST = 4513;
    /** First code of the 3-degree zones without prefix (CM 75E). */
    static final int GK3_CM_FIRST = 4534;
    /** Last code of the 3-degree zones without prefix (CM 135E). */
    static final int GK3_CM_LAST = 4554;

    private static final Map<Integer, KnownCrs> BY_CODE = load();

    private CrsCatalog() {
    }

    /** The CRS with this code, if planex knows it in full. */
    public static Optional<KnownCrs> find(CrsRef crs) {
        return Optional.ofNullable(BY_CODE.get(crs.epsg()));
    }

    /** Every CRS planex knows in full, by increasing code. */
    public static List<KnownCrs> all() {
        return Collections.unmodifiableList(new ArrayList<>(BY_CODE.values()));
    }

    /**
     * The CGCS2000 Gauss-Kruger CRS whose zone prefix is {@code zone}: a 3-degree zone for 25-45, a 6-degree
     * zone for 13-23 (the two ranges do not overlap), empty otherwise.
     */
    public static Optional<KnownCrs> forZonePrefix(int zone) {
        if (zone >= 25 && zone <= 45) {
            return find(CrsRef.epsg(GK3_ZONE_FIRST + zone - 25));
        }
        if (zone >= 13 && zone <= 23) {
            return find(CrsRef.epsg(GK6_ZONE_FIRST + zone - 13));
        }
        return Optional.empty();
    }

    /**
     * The CGCS2000 3-degree Gauss-Kruger CRS without zone prefix (EPSG:4534-4554) for a central meridian
     * (75, 78, ... 135), empty for other meridians.
     */
    public static Optional<KnownCrs> gaussKruger3(int centralMeridian) {
        if (centralMeridian % 3 != 0 || centralMeridian < 75 || centralMeridian > 135) {
            return Optional.empty();
        }
        return find(CrsRef.epsg(GK3_CM_FIRST + (centralMeridian - 75) / 3));
    }

    /** The WGS 84 UTM zone 1-60, north or south. */
    public static KnownCrs utm(int zone, boolean north) {
        if (zone < 1 || zone > 60) {
            throw new IllegalArgumentException("UTM zone must be 1-60: " + zone);
        }
        return BY_CODE.get((north ? 32600 : 32700) + zone);
    }

    /**
     * The same Gauss-Kruger zone with the other convention: the CRS without prefix for one with prefix and
     * the reverse (EPSG:4528 and EPSG:4549); empty for other families.
     */
    public static Optional<KnownCrs> twin(KnownCrs crs) {
        int code = crs.crs().epsg();
        return switch (crs.family()) {
            case CGCS2000_GK3_ZONE -> find(CrsRef.epsg(code + 21));
            case CGCS2000_GK3_CM -> find(CrsRef.epsg(code - 21));
            case CGCS2000_GK6_ZONE -> find(CrsRef.epsg(code + 11));
            case CGCS2000_GK6_CM -> find(CrsRef.epsg(code - 11));
            default -> Optional.empty();
        };
    }

    private static Map<Integer, KnownCrs> load() {
        List<Integer> codes = new ArrayList<>(List.of(4490, 4326, 2326));
        IntStream.rangeClosed(GK6_ZONE_FIRST, GK3_CM_LAST).forEach(codes::add);
        IntStream.rangeClosed(32601, 32660).forEach(codes::add);
        IntStream.rangeClosed(32701, 32760).forEach(codes::add);
        Map<Integer, EpsgEntry> entries = EpsgCatalog.standard().getAll(codes);
        Map<Integer, KnownCrs> map = new TreeMap<>();
        for (int code : codes) {
            EpsgEntry e = entries.get(code);
            if (e == null) {
                throw new IllegalStateException("the EPSG catalogue of planex-crs lacks EPSG:" + code);
            }
            map.put(code, describe(code, e.name(), new AreaOfUse(e.west(), e.south(), e.east(), e.north())));
        }
        return map;
    }

    private static KnownCrs describe(int code, String name, AreaOfUse area) {
        CrsRef crs = CrsRef.epsg(code);
        if (code == 4490) {
            return new KnownCrs(crs, name, CrsFamily.CGCS2000_GEOGRAPHIC, Double.NaN, 0, 0, area);
        }
        if (code == 4326) {
            return new KnownCrs(crs, name, CrsFamily.WGS84_GEOGRAPHIC, Double.NaN, 0, 0, area);
        }
        if (code == 2326) {
            return new KnownCrs(crs, name, CrsFamily.HK1980_GRID, 114.17855555555556, 0, 836694.05, area);
        }
        if (code >= GK6_ZONE_FIRST && code < GK6_CM_FIRST) {
            int zone = code - GK6_ZONE_FIRST + 13;
            return new KnownCrs(crs, name, CrsFamily.CGCS2000_GK6_ZONE, 6 * zone - 3, zone,
                    zone * 1_000_000 + 500_000, area);
        }
        if (code >= GK6_CM_FIRST && code < GK3_ZONE_FIRST) {
            int cm = 75 + 6 * (code - GK6_CM_FIRST);
            return new KnownCrs(crs, name, CrsFamily.CGCS2000_GK6_CM, cm, (cm + 3) / 6, 500_000, area);
        }
        if (code >= GK3_ZONE_FIRST && code < GK3_CM_FIRST) {
            int zone = code - GK3_ZONE_FIRST + 25;
            return new KnownCrs(crs, name, CrsFamily.CGCS2000_GK3_ZONE, 3 * zone, zone,
                    zone * 1_000_000 + 500_000, area);
        }
        if (code >= GK3_CM_FIRST && code <= GK3_CM_LAST) {
            int cm = 75 + 3 * (code - GK3_CM_FIRST);
            return new KnownCrs(crs, name, CrsFamily.CGCS2000_GK3_CM, cm, cm / 3, 500_000, area);
        }
        if (code > 32600 && code <= 32660 || code > 32700 && code <= 32760) {
            int zone = code % 100;
            CrsFamily family = code < 32700 ? CrsFamily.UTM_NORTH : CrsFamily.UTM_SOUTH;
            return new KnownCrs(crs, name, family, 6 * zone - 183, zone, 500_000, area);
        }
        throw new IllegalStateException("EPSG:" + code + " has no family in planex");
    }
}
