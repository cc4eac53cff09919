package org.planex.fuzz.batch;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SplittableRandom;
import org.planex.fuzz.Bytes;
import org.planex.fuzz.PackageMutators;

/**
 * A way an input of a batch is broken, made from the bytes of a good one: what the file is called and holds,
 * and what planex must report (the exit code of the error and the format it detects before failing).
 */
public enum BrokenInput {
    /** A GeoJSON file cut in the middle of its features. */
    TRUNCATED_GEOJSON("geojson", "geojson", 4) {
        @Override
        byte[] bytes(byte[] geojson, byte[] shapefileZip) {
            return Bytes.truncate(geojson, geojson.length / 2);
        }
    },
    /** A GeoJSON file with bytes that are not UTF-8 at the start of its first property value. */
    BAD_ENCODING("geojson", "geojson", 4) {
        @Override
        byte[] bytes(byte[] geojson, byte[] shapefileZip) {
            int properties = Bytes.find(geojson, "\"properties\"").get(0);
            int value = Bytes.find(geojson, ":\"").stream().filter(i -> i > properties).findFirst().orElseThrow() + 2;
            return Bytes.splice(geojson, value, value, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        }
    },
    /** An empty file named {@code .geojson}. */
    EMPTY("geojson", null, 4) {
        @Override
        byte[] bytes(byte[] geojson, byte[] shapefileZip) {
            return new byte[0];
        }
    },
    /** A text file that is no spatial data at all. */
    NOT_SPATIAL("txt", null, 4) {
        @Override
        byte[] bytes(byte[] geojson, byte[] shapefileZip) {
            return "会议纪要：第三次联席会议。\nminutes of the third joint meeting\n".getBytes(StandardCharsets.UTF_8);
        }
    },
    /** JSON that is not GeoJSON. */
    JSON_NOT_GEOJSON("geojson", null, 4) {
        @Override
        byte[] bytes(byte[] geojson, byte[] shapefileZip) {
            return "{\"name\": \"青浦区\", \"zones\": [1, 2, 3]}".getBytes(StandardCharsets.UTF_8);
        }
    },
    /** A GeoJSON polygon whose coordinates are a string. */
    BAD_COORDINATES("geojson", "geojson", 4) {
        @Override
        byte[] bytes(byte[] geojson, byte[] shapefileZip) {
            String text = new String(geojson, StandardCharsets.UTF_8);
            int at = text.indexOf("\"coordinates\"");
            int end = text.indexOf("]]]", at);
            return (text.substring(0, at) + "\"coordinates\":\"121.1 31.2\"" + text.substring(end + 3))
                    .getBytes(StandardCharsets.UTF_8);
        }
    },
    /** A shapefile ZIP without its {@code .shp} entry. */
    MISSING_SHP("zip", null, 4) {
        @Override
        byte[] bytes(byte[] geojson, byte[] shapefileZip) {
            Map<String, byte[]> entries = PackageMutators.unzip(shapefileZip);
            entries.keySet().removeIf(n -> n.endsWith(".shp"));
            return PackageMutators.zip(entries);
        }
    },
    /** A shapefile ZIP cut in the middle. */
    TRUNCATED_ZIP("zip", "planex", 4) {
        @Override
        byte[] bytes(byte[] geojson, byte[] shapefileZip) {
            return Bytes.truncate(shapefileZip, shapefileZip.length / 2);
        }
    },
    /** A shapefile ZIP whose {@code .shp} ends in the middle of its records. */
    TRUNCATED_SHP("zip", "shapefile", 4) {
        @Override
        byte[] bytes(byte[] geojson, byte[] shapefileZip) {
            Map<String, byte[]> entries = PackageMutators.unzip(shapefileZip);
            entries.replaceAll((n, b) -> n.endsWith(".shp") ? Bytes.truncate(b, 100 + (b.length - 100) / 2) : b);
            return PackageMutators.zip(entries);
        }
    },
    /** Random bytes named {@code .gpkg}. */
    GARBAGE_GPKG("gpkg", null, 4) {
        @Override
        byte[] bytes(byte[] geojson, byte[] shapefileZip) {
            byte[] b = new byte[4096];
            new SplittableRandom(4096).nextBytes(b);
            return b;
        }
    };

    private final String suffix;
    private final String detectedFormat;
    private final int exitCode;

    BrokenInput(String suffix, String detectedFormat, int exitCode) {
        this.suffix = suffix;
        this.detectedFormat = detectedFormat;
        this.exitCode = exitCode;
    }

    /** The broken bytes, from a good GeoJSON file and a good shapefile ZIP. */
    abstract byte[] bytes(byte[] geojson, byte[] shapefileZip);

    /** The file name suffix. */
    String suffix() {
        return suffix;
    }

    /** The format planex detects before failing, or {@code null} when it recognises none. */
    String detectedFormat() {
        return detectedFormat;
    }

    /** The exit code of the error reported for it. */
    int exitCode() {
        return exitCode;
    }
}
