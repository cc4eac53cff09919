package org.planex.spark.job;

import org.apache.sedona.spark.SedonaContext;
import org.apache.spark.sql.SparkSession;

/** A Spark session in local mode with Sedona, as the tests use it: two cores, no UI, few shuffle partitions. */
public final class LocalSpark {

    private LocalSpark() {
    }

    /** A new session (stop it after the test class). */
    public static SparkSession start() {
        return SedonaContext.create(SparkSession.builder().master("local[2]").appName("planex-spark-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .getOrCreate());
    }
}
