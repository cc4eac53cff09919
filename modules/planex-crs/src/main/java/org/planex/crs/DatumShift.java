package org.planex.crs;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A datum shift to WGS 84 given by the user, e.g. a local fit for Xian 1980 or Beijing 1954: a 7-parameter
 * Bursa-Wolf (Helmert) transformation in the position-vector convention of PROJ's {@code +towgs84}
 * (translations in metres, rotations in arc-seconds, scale difference in parts per million), or 3 translations.
 *
 * <p><b>Thread safety:</b> immutable.
 *
 * @param dx translation along X, metres
 * @param dy translation along Y, metres
 * @param dz translation along Z, metres
 * @param rx rotation about X, arc-seconds (position vector)
 * @param ry rotation about Y, arc-seconds
 * @param rz rotation about Z, arc-seconds
 * @param ds scale difference, ppm
 * @since 0.2
 */
public record DatumShift(double dx, double dy, double dz, double rx, double ry, double rz, double ds) {

    /** Checks every parameter is finite. */
    public DatumShift {
        for (double v : new double[] {dx, dy, dz, rx, ry, rz, ds}) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("datum shift parameters must be finite numbers");
            }
        }
    }

    /**
     * Parses {@code dx,dy,dz} or {@code dx,dy,dz,rx,ry,rz,ds} as in PROJ's {@code +towgs84}.
     *
     * @throws IllegalArgumentException if the text has not 3 or 7 comma-separated numbers
     */
    public static DatumShift parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("\\s*,\\s*", -1);
        if (parts.length != 3 && parts.length != 7) {
            throw new IllegalArgumentException("expected 3 or 7 comma-separated numbers dx,dy,dz[,rx,ry,rz,ds]"
                    + " (metres, arc-seconds, ppm; position vector as in PROJ's +towgs84), got '" + text + "'");
        }
        double[] v = new double[7];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + parts[i] + "' in '" + text + "' is not a number");
            }
        }
        return new DatumShift(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }

    /** The proj4 parameter, e.g. {@code +towgs84=15.8,-154.4,-82.3,0,0,0,0}. */
    public String toProj4() {
        return "+towgs84=" + Arrays.stream(new double[] {dx, dy, dz, rx, ry, rz, ds})
                .mapToObj(DatumShift::format).collect(Collectors.joining(","));
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT,
                "%s", v);
    }
}
