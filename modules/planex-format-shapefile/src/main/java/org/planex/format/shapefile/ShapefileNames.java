package org.planex.format.shapefile;

import java.util.Locale;

/**
 * File name helpers: extensions, base names, and the planex field-name sidecar.
 *
 * <p><b>Thread safety:</b> stateless.
 */
final class ShapefileNames {

    /**
     * The extension of the sidecar in which planex records original field names that were shortened to fit
     * the 10-byte dBase limit ({@code layer.planex-fields}, UTF-8 lines {@code SHORT<TAB>original}). Other
     * programs ignore it and see the short names.
     */
    static final String FIELD_NAMES_SUFFIX = "planex-fields";

    /**
     * The sidecar in which planex keeps the plan header of a dataset it wrote ({@code plan.planex-header},
     * {@link org.planex.spi.PlanHeaderText}), so that a plan converted to shapefiles converts back whole.
     */
    static final String HEADER_FILE = "plan.planex-header";

    /** The extension of {@link #HEADER_FILE}. */
    static final String HEADER_SUFFIX = "planex-header";

    private ShapefileNames() {
    }

    /** The lower-case extension of a file or entry name without the dot, or an empty string. */
    static String extension(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** The name without folder and extension. */
    static String baseName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return name.substring(slash + 1, dot > slash ? dot : name.length());
    }

    /** A layer name made safe as a file name: path separators and reserved characters become '_'. */
    static String fileSafe(String layerName) {
        String s = layerName.replaceAll("[\\\\/:*?\"<>|\\x00-\\x1F]", "_").strip();
        return s.isEmpty() || s.equals(".") || s.equals("..") ? "layer" : s;
    }
}
