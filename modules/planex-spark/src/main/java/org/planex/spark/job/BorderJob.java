package org.planex.spark.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKBWriter;
import org.planex.spark.RunSettings;
import org.planex.spi.PlanexException;
import scala.Tuple2;

/**
 * The distributed validation of many plans, on Spark with Sedona:
 * <ol>
 * <li><b>plan stage</b> ({@link PlanStage}), one task per input: planex reads and checks each plan alone and cuts it
 * to its border slice;</li>
 * <li><b>adjacency</b>: a Sedona spatial self-join of the plans' pairing extents (their lon/lat extents grown by
 * twice the border width, as {@code planex validate} pairs them) gives the candidate pairs;</li>
 * <li><b>border bands</b>: a Sedona distance join sends each pair the zones of either side that lie within the
 * pair's reach of the other side's area (in degrees, with a margin: the exact test in metres is the pair's), and
 * every feature that is not a zone;</li>
 * <li><b>pair stage</b> ({@link PairStage}), one task per pair: planex's pair rules in the pair's metric CRS.</li>
 * </ol>
 * The driver holds only the plan records (summaries, headers and issues) and the pairs' outcomes, never the
 * features.
 *
 * <p><b>Thread safety:</b> stateless; one run at a time per Spark session (it registers temporary views).
 *
 * @since 0.1
 */
public final class BorderJob {

    /** Metres per degree of latitude (and of longitude at the equator), on the mean Earth radius. */
    private static final double METRES_PER_DEGREE = 111_195;
    /** How much wider than the pair reach the band join looks, for the scale of the metric projections. */
    private static final double MARGIN = 1.2;

    private static final StructType PLANS = new StructType().add("plan", DataTypes.IntegerType, false)
            .add("extent", DataTypes.BinaryType, false).add("area", DataTypes.BinaryType, false);
    private static final StructType FEATURES = new StructType().add("plan", DataTypes.IntegerType, false)
            .add("joined", DataTypes.BooleanType, false).add("wkb", DataTypes.BinaryType, true)
            .add("data", DataTypes.BinaryType, false);

    private BorderJob() {
    }

    /**
     * What a run found.
     *
     * @param plans every input's record, in input order
     * @param pairs every adjacent pair's outcome, by first then second input index
     * @param candidatePairs how many pairs the adjacency join proposed
     * @param bandFeatures how many border features the band join sent to the pairs
     */
    public record Outcome(List<PlanRecord> plans, List<PairOutcome> pairs, long candidatePairs, long bandFeatures) {
    }

    /**
     * Validates the inputs.
     *
     * @param spark a session with Sedona registered ({@code SedonaContext.create})
     * @param inputs the input paths, each readable by every executor
     * @param settings what to check
     * @param pairPartitions how many partitions the pair stage runs in (0: Spark's default parallelism)
     */
    public static Outcome run(SparkSession spark, List<String> inputs, RunSettings settings, int pairPartitions) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<Tuple2<Integer, String>> indexed = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            indexed.add(new Tuple2<>(i, inputs.get(i)));
        }
        JavaRDD<PlanStage.Result> checked = jsc.parallelize(indexed, Math.max(1, inputs.size()))
                .map(t -> PlanStage.check(t._1(), t._2(), settings)).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            List<PlanRecord> records = new ArrayList<>(checked.map(PlanStage.Result::record).collect());
            records.sort(Comparator.comparingInt(PlanRecord::index));
            int partitions = pairPartitions > 0 ? pairPartitions : jsc.defaultParallelism();
            Pairs pairs = pairs(spark, jsc, checked, records, settings, partitions);
            List<PairOutcome> outcomes = new ArrayList<>(pairs.outcomes());
            outcomes.sort(Comparator.comparingInt(PairOutcome::first).thenComparingInt(PairOutcome::second));
            return new Outcome(records, outcomes, pairs.candidates(), pairs.sent());
        } finally {
            checked.unpersist();
        }
    }

    private record Pairs(List<PairOutcome> outcomes, long candidates, long sent) {
    }

    private static Pairs pairs(SparkSession spark, JavaSparkContext jsc, JavaRDD<PlanStage.Result> checked,
            List<PlanRecord> records, RunSettings settings, int partitions) {
        List<PlanRecord> pairable = records.stream().filter(PlanRecord::pairable).toList();
        if (pairable.size() < 2) {
            return new Pairs(List.of(), 0, 0);
        }
        List<Row> planRows = new ArrayList<>();
        WKBWriter wkb = new WKBWriter();
        for (PlanRecord r : pairable) {
            planRows.add(RowFactory.create(r.index(), wkb.write(r.pairingExtent()),
                    wkb.write(r.summary().boundary() == null ? r.pairingExtent() : r.summary().boundary())));
        }
        spark.createDataFrame(planRows, PLANS)
                .selectExpr("plan", "ST_GeomFromWKB(extent) AS extent", "ST_GeomFromWKB(area) AS area")
                .createOrReplaceTempView("planex_plans");
        Dataset<Row> candidates = spark.sql("SELECT a.plan AS first, b.plan AS second FROM planex_plans a"
                + " JOIN planex_plans b ON ST_Intersects(a.extent, b.extent) WHERE a.plan < b.plan").persist();
        candidates.createOrReplaceTempView("planex_pairs");
        spark.sql("SELECT p.first, p.second, 0 AS side, p.first AS plan, o.area AS other FROM planex_pairs p"
                + " JOIN planex_plans o ON o.plan = p.second UNION ALL SELECT p.first, p.second, 1 AS side,"
                + " p.second AS plan, o.area AS other FROM planex_pairs p JOIN planex_plans o ON o.plan = p.first")
                .createOrReplaceTempView("planex_sides");
        JavaRDD<Row> featureRows = checked.flatMap(r -> r.band().iterator()).map(f -> RowFactory.create(f.plan(),
                f.zone() && f.wkb() != null, f.wkb(), Serialized.bytes(f)));
        spark.createDataFrame(featureRows, FEATURES)
                .selectExpr("plan", "joined", "CASE WHEN joined THEN ST_GeomFromWKB(wkb) END AS geom", "data")
                .createOrReplaceTempView("planex_features");
        double radius = bandRadius(pairable, settings);
        String others = "SELECT s.first, s.second, s.side, f.data FROM planex_features f JOIN planex_sides s"
                + " ON f.plan = s.plan";
        Dataset<Row> sent = Double.isInfinite(radius) ? spark.sql(others)
                : spark.sql("SELECT s.first, s.second, s.side, f.data FROM planex_features f JOIN planex_sides s"
                        + " ON ST_DWithin(f.geom, s.other, " + radius + ") WHERE f.joined AND f.plan = s.plan"
                        + " UNION ALL " + others + " WHERE NOT f.joined");
        JavaPairRDD<Long, Tuple2<Integer, byte[]>> bands = sent.javaRDD().mapToPair(row -> new Tuple2<>(
                key(row.getInt(0), row.getInt(1)), new Tuple2<>(row.getInt(2), (byte[]) row.get(3))));
        JavaPairRDD<Integer, PlanRecord> byIndex = jsc.parallelize(pairable.stream().map(PlanRecord::forPairs)
                .toList(), Math.max(1, Math.min(partitions, pairable.size())))
                .mapToPair(r -> new Tuple2<>(r.index(), r));
        JavaPairRDD<Integer, Integer> pairList = candidates.javaRDD()
                .mapToPair(row -> new Tuple2<>(row.getInt(0), row.getInt(1)));
        JavaPairRDD<Long, Tuple2<PlanRecord, PlanRecord>> sides = pairList.join(byIndex)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2())).join(byIndex)
                .mapToPair(t -> new Tuple2<>(key(t._2()._1().index(), t._1()), t._2()));
        bands.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long sentCount = bands.count();
            List<PairOutcome> outcomes = sides.cogroup(bands, partitions)
                    .flatMap(t -> check(t._2()._1(), t._2()._2(), settings).iterator()).collect();
            return new Pairs(outcomes, candidates.count(), sentCount);
        } finally {
            bands.unpersist();
            candidates.unpersist();
        }
    }

    private static List<PairOutcome> check(Iterable<Tuple2<PlanRecord, PlanRecord>> sides,
            Iterable<Tuple2<Integer, byte[]>> band, RunSettings settings) throws PlanexException {
        Tuple2<PlanRecord, PlanRecord> pair = sides.iterator().next();
        List<BandFeature> first = new ArrayList<>();
        List<BandFeature> second = new ArrayList<>();
        for (Tuple2<Integer, byte[]> f : band) {
            (f._1() == 0 ? first : second).add(Serialized.value(f._2(), BandFeature.class));
        }
        Optional<PairOutcome> outcome = PairStage.check(pair._1(), first, pair._2(), second, settings);
        return outcome.map(List::of).orElse(List.of());
    }

    /**
     * The distance of the band join, in degrees: the widest pair reach of the run, as degrees of longitude at the
     * run's highest latitude (where a metre is most degrees), with a margin; infinite when a pair rule declares no
     * reach (each pair then gets every feature of both sides). The exact test in metres is the pair's.
     */
    private static double bandRadius(List<PlanRecord> plans, RunSettings settings) {
        double reach = 0;
        double latitude = 0;
        for (PlanRecord r : plans) {
            reach = Math.max(reach, r.impactRadius());
            Envelope e = r.pairingExtent().getEnvelopeInternal();
            latitude = Math.max(latitude, Math.max(Math.abs(e.getMinY()), Math.abs(e.getMaxY())));
        }
        try {
            reach = settings.validator().pairReach(reach);
        } catch (PlanexException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        double cos = Math.cos(Math.toRadians(Math.min(85, latitude)));
        return MARGIN * reach / (METRES_PER_DEGREE * cos) + 1e-6;
    }

    private static long key(int first, int second) {
        return ((long) first << 32) | (second & 0xffffffffL);
    }
}
