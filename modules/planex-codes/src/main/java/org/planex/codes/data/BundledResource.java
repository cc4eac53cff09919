package org.planex.codes.data;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * Reads a UTF-8 CSV resource shipped inside planex-codes. A missing or malformed resource is a bug of the
 * build, so it fails with an {@link IllegalStateException} naming the resource and line.
 */
final class BundledResource {

    /** The folder of the data resources. */
    static final String ROOT = "org/planex/codes/data/";

    private BundledResource() {
    }

    /** A reader of the resource at {@code path} below {@link #ROOT}. */
    static CsvRecordReader open(String path) {
        String name = ROOT + path;
        InputStream stream = BundledResource.class.getClassLoader().getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException("resource " + name + " is missing from planex-codes");
        }
        return new CsvRecordReader(stream, StandardCharsets.UTF_8, location(path));
    }

    /** The location of the resource at {@code path}, for error messages. */
    static Location location(String path) {
        return Location.UNKNOWN.withEntry(ROOT + path);
    }

    /** Wraps a failure to read a bundled resource. */
    static IllegalStateException broken(PlanexException e) {
        return new IllegalStateException("bundled code data is broken: " + e.getMessage(), e);
    }
}
