package org.planex.spark.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.locationtech.jts.io.WKBWriter;
import org.planex.rule.Issue;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.io.AtomicOutput;

/**
 * The issues of a report as a Sedona DataFrame, written as GeoParquet: one row per issue with its rule id,
 * severity, kind, message, packages, features, measures (as {@code name=value;...}) and its marker geometry in
 * EPSG:4326 longitude/latitude.
 *
 * <p><b>Thread safety:</b> stateless.
 *
 * @since 0.1
 */
public final class IssueTable {

    private static final StructType ISSUES = new StructType().add("rule", DataTypes.StringType, false)
            .add("severity", DataTypes.StringType, false).add("kind", DataTypes.StringType, true)
            .add("message", DataTypes.StringType, false).add("packages", DataTypes.StringType, false)
            .add("features", DataTypes.StringType, false).add("measures", DataTypes.StringType, false)
            .add("marker", DataTypes.BinaryType, true);

    private IssueTable() {
    }

    /**
     * Writes the issues as GeoParquet into a new folder, through {@link AtomicOutput}: the folder is complete or
     * absent.
     *
     * @param spark a session with Sedona registered
     * @param issues the issues, in report order
     * @param target the folder, which must not exist
     * @throws PlanexException if the folder cannot be written
     */
    public static void writeGeoParquet(SparkSession spark, List<Issue> issues, Path target) throws PlanexException {
        List<Row> rows = new ArrayList<>(issues.size());
        WKBWriter wkb = new WKBWriter();
        for (Issue i : issues) {
            rows.add(RowFactory.create(i.ruleId(), i.severity().token(), i.kind(), i.message(),
                    String.join(",", i.packageIds()), String.join(",", i.featureIds()), measures(i.measures()),
                    i.marker() == null ? null : wkb.write(i.marker())));
        }
        try (AtomicOutput out = AtomicOutput.folder(target)) {
            try {
                spark.createDataFrame(rows, ISSUES).coalesce(1)
                        .selectExpr("rule", "severity", "kind", "message", "packages", "features", "measures",
                                "ST_SetSRID(ST_GeomFromWKB(marker), 4326) AS geometry")
                        .write().mode(SaveMode.Overwrite).format("geoparquet").save(out.path().toUri().toString());
            } catch (RuntimeException e) {
                throw PlanexException.notWritable(Location.of(target), "cannot write the GeoParquet issues: "
                        + e.getMessage(), e);
            }
            out.commit();
        }
    }

    private static String measures(Map<String, Double> measures) {
        return measures.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }
}
