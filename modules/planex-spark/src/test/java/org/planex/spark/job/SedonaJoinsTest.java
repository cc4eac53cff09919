package org.planex.spark.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planex.spark.RunSettings;

/**
 * The adjacency and the band joins are Sedona's spatial joins (partitioned by space), not a cartesian product
 * filtered row by row; and the band join with an infinite reach sends every feature.
 */
class SedonaJoinsTest {

    private static final Path YRD = Path.of(System.getProperty("planex.root", "../.."), "examples/yrd-demo-zone");

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start();
        BorderJob.run(spark, RunInput.of(List.of(YRD.resolve("qingpu").toString(),
                YRD.resolve("jiashan").toString(), YRD.resolve("wujiang").toString())),
                new RunSettings(null, null, null, null), 2);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void adjacencyIsASedonaRangeJoin() {
        String plan = spark.sql(BorderJob.ADJACENCY).queryExecution().executedPlan().toString();
        assertThat(plan).containsAnyOf("RangeJoin", "BroadcastIndexJoin").contains("INTERSECTS")
                .doesNotContain("CartesianProduct").doesNotContain("BroadcastNestedLoop");
        assertThat(spark.sql(BorderJob.ADJACENCY).count()).isEqualTo(3);
    }

    @Test
    void theBandIsASedonaDistanceJoin() {
        String plan = spark.sql(BorderJob.bandQuery(0.01)).queryExecution().executedPlan().toString();
        List<String> distance = plan.lines().filter(l -> l.toLowerCase(Locale.ROOT).contains("dwithin")).toList();
        assertThat(distance).as("the plan nodes that test the distance, in %s", plan).isNotEmpty()
                .allMatch(l -> l.contains("DistanceJoin") || l.contains("IndexJoin"));
        assertThat(plan).doesNotContain("CartesianProduct").doesNotContain("BroadcastNestedLoop");
    }

    @Test
    void anInfiniteReachSendsEveryFeatureToEachSide() {
        long every = spark.sql(BorderJob.bandQuery(Double.POSITIVE_INFINITY)).count();
        long band = spark.sql(BorderJob.bandQuery(0.001)).count();
        long features = spark.table("planex_features").count();
        long sides = spark.table("planex_sides").count();
        assertThat(sides).isEqualTo(6);
        assertThat(every).as("each plan's features to each of its two pairs").isEqualTo(2 * features);
        assertThat(band).isLessThan(every);
    }
}
