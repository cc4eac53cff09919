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
            .add("ordinal", DataTypes.IntegerType, false).add("joined", DataTypes.BooleanType, false).add("wkb", DataTypes.BinaryType, true);

    /** The adjacency join: plans whose pairing extents meet, each pair once. */
    static final String ADJACENCY = "SELECT a.plan AS first, b.plan AS second FROM planex_plans a"
            + " JOIN planex_plans b ON ST_Intersects(a.extent, b.extent) WHERE a.plan < b.plan";

    /**
     * The two sides of each pair: the plan, its pairing extent, the other's area, and whether the plan's area
     * reaches into the other's core (the other's area shrunk by half the band radius), so that its zones may lie
     * deep inside the other's area.
     */
    private static final String SIDES = "SELECT p.first, p.second, 0 AS side, p.first AS plan, m.extent AS mine,"
            + " o.area AS other, ST_Intersects(m.area, o.core) AS deep FROM planex_pairs p JOIN planex_plans o ON"
            + " o.plan = p.second JOIN planex_plans m ON m.plan = p.first UNION ALL SELECT p.first, p.second, 1 AS"
            + " side, p.second AS plan, m.extent AS mine, o.area AS other, ST_Intersects(m.area, o.core) AS deep"
            + " FROM planex_pairs p JOIN planex_plans o ON o.plan = p.first JOIN planex_plans m ON m.plan = p.second";

    private static final String EVERY_FEATURE = "SELECT s.first, s.second, s.side, s.plan, f.ordinal"
            + " FROM planex_features f JOIN planex_sides s ON f.plan = s.plan";

    private BorderJob() {
    }

    /**
     * The other side's boundary near the side's plan (within {@code radius} degrees of its pairing extent), cut into
     * pieces of at most 64 vertices for an indexed distance join.
     */
    static String piecesQuery(double radius) {
        return "SELECT first, second, side, plan, ST_SubDivideExplode(ST_Intersection(ST_Boundary(other),"
                + " ST_Buffer(mine, " + radius + ")), 64) AS piece FROM planex_sides WHERE NOT deep";
    }

    /**
     * The band join, as keys {@code (first, second, side, plan, ordinal)}: each side of each pair gets its zones
     * within {@code radius} degrees of the other side's boundary (a Sedona distance join against the boundary's
     * pieces; the plan test is written so that Spark does not take it for the key of a hash join), all its zones
     * when it reaches deep into the other's area, and every feature that is not a zone; every feature when the
     * radius is infinite.
     */
    static String bandQuery(double radius) {
        if (Double.isInfinite(radius)) {
            return EVERY_FEATURE;
        }
        return "SELECT DISTINCT p.first, p.second, p.side, p.plan, f.ordinal FROM planex_features f JOIN"
                + " planex_pieces p ON ST_DWithin(f.geom, p.piece, " + radius + ") WHERE f.joined AND"
                + " f.plan - p.plan = 0 UNION ALL " + EVERY_FEATURE + " WHERE s.deep AND f.joined UNION ALL "
                + EVERY_FEATURE + " WHERE NOT f.joined";
    }

    /**
     * What a run found.
     *
     * @param plans every input's record, in input order
     * @param pairs every adjacent pair's outcome, by first then second input index
     * @param candidatePairs how many pairs the adjacency join proposed
     * @param bandFeatures how many border features the band join sent to the pairs
     * @param seconds the wall time of each part: the plan stage, the joins, the pair stage
     */
    public record Outcome(List<PlanRecord> plans, List<PairOutcome> pairs, long candidatePairs, long bandFeatures,
            Seconds seconds) {
    }

    /**
     * The wall time of the parts of a run, in seconds.
     *
     * @param plans the plan stage (reading and checking each input)
     * @param joins the adjacency and band joins
     * @param pairs the pair stage
     */
    public record Seconds(double plans, double joins, double pairs) {
    }

    /**
     * Validates the inputs.
     *
     * @param spark a session with Sedona registered ({@code SedonaContext.create})
     * @param inputs the inputs, each readable by every executor
     * @param settings what to check
     * @param pairPartitions how many partitions the pair stage runs in (0: Spark's default parallelism)
     */
    public static Outcome run(SparkSession spark, List<RunInput> inputs, RunSettings settings, int pairPartitions) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<Tuple2<Integer, RunInput>> indexed = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            indexed.add(new Tuple2<>(i, inputs.get(i)));
        }
        JavaRDD<PlanStage.Result> checked = jsc.parallelize(indexed, Math.max(1, inputs.size()))
                .map(t -> PlanStage.check(t._1(), t._2(), settings)).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long start = System.nanoTime();
            List<PlanRecord> records = new ArrayList<>(checked.map(PlanStage.Result::record).collect());
            double planSeconds = (System.nanoTime() - start) / 1e9;
            records.sort(Comparator.comparingInt(PlanRecord::index));
            int partitions = pairPartitions > 0 ? pairPartitions : jsc.defaultParallelism();
            Pairs pairs = pairs(spark, jsc, checked, records, settings, partitions);
            List<PairOutcome> outcomes = new ArrayList<>(pairs.outcomes());
            outcomes.sort(Comparator.comparingInt(PairOutcome::first).thenComparingInt(PairOutcome::second));
            return new Outcome(records, outcomes, pairs.candidates(), pairs.sent(),
                    new Seconds(planSeconds, pairs.joinSeconds(), pairs.pairSeconds()));
        } finally {
            checked.unpersist();
        }
    }

    private record Pairs(List<PairOutcome> outcomes, long candidates, long sent, double joinSeconds,
            double pairSeconds) {
    }

    private static Pairs pairs(SparkSession spark, JavaSparkContext jsc, JavaRDD<PlanStage.Result> checked,
            List<PlanRecord> records, RunSettings settings, int partitions) {
        List<PlanRecord> pairable = records.stream().filter(PlanRecord::pairable).toList();
        if (pairable.size() < 2) {
            return new Pairs(List.of(), 0, 0, 0, 0);
        }
        long start = System.nanoTime();
        List<Row> planRows = new ArrayList<>();
        WKBWriter wkb = new WKBWriter();
        for (PlanRecord r : pairable) {
            planRows.add(RowFactory.create(r.index(), wkb.write(r.pairingExtent()),
                    wkb.write(r.summary().boundary() == null ? r.pairingExtent() : r.summary().boundary())));
        }
        double radius = bandRadius(pairable, settings);
        // a zone inside the other's area farther than the radius from its boundary lies in the other's core
        double depth = Double.isInfinite(radius) ? 0 : radius / 2;
        Dataset<Row> plans = spark.createDataFrame(planRows, PLANS)
                .selectExpr("plan", "ST_GeomFromWKB(extent) AS extent", "ST_GeomFromWKB(area) AS area")
                .selectExpr("plan", "extent", "area", "ST_Buffer(area, " + (-depth) + ") AS core").persist();
        plans.createOrReplaceTempView("planex_plans");
        Dataset<Row> candidates = spark.sql(ADJACENCY).persist();
        candidates.createOrReplaceTempView("planex_pairs");
        spark.sql(SIDES).createOrReplaceTempView("planex_sides");
        if (!Double.isInfinite(radius)) {
            spark.sql(piecesQuery(radius)).createOrReplaceTempView("planex_pieces");
        }
        JavaRDD<BandFeature> band = checked.flatMap(r -> r.band().iterator());
        Dataset<Row> features = spark.createDataFrame(band.map(f -> RowFactory.create(f.plan(), f.ordinal(),
                f.zone() && f.wkb() != null, f.wkb())), FEATURES)
                .selectExpr("plan", "ordinal", "joined", "CASE WHEN joined THEN ST_GeomFromWKB(wkb) END AS geom")
                .persist(StorageLevel.MEMORY_AND_DISK());
        features.createOrReplaceTempView("planex_features");
        JavaPairRDD<Long, Tuple2<Long, Integer>> wanted = spark.sql(bandQuery(radius)).javaRDD()
                .mapToPair(row -> new Tuple2<>(key(row.getInt(3), row.getInt(4)),
                        new Tuple2<>(key(row.getInt(0), row.getInt(1)), row.getInt(2))))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long sentCount = wanted.count();
            double joinSeconds = (System.nanoTime() - start) / 1e9;
            JavaPairRDD<Long, Tuple2<Integer, BandFeature>> bands = band
                    .mapToPair(f -> new Tuple2<>(key(f.plan(), f.ordinal()),
                            new BandFeature(f.plan(), f.ordinal(), null, f.feature())))
                    .join(wanted, partitions)
                    .mapToPair(t -> new Tuple2<>(t._2()._2()._1(), new Tuple2<>(t._2()._2()._2(), t._2()._1())));
            JavaPairRDD<Integer, PlanRecord> byIndex = jsc.parallelize(pairable.stream().map(PlanRecord::forPairs)
                    .toList(), Math.max(1, Math.min(partitions, pairable.size())))
                    .mapToPair(r -> new Tuple2<>(r.index(), r));
            JavaPairRDD<Integer, Integer> pairList = candidates.javaRDD()
                    .mapToPair(row -> new Tuple2<>(row.getInt(0), row.getInt(1)));
            JavaPairRDD<Long, Tuple2<PlanRecord, PlanRecord>> sides = pairList.join(byIndex)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2())).join(byIndex)
                    .mapToPair(t -> new Tuple2<>(key(t._2()._1().index(), t._1()), t._2()));
            List<PairOutcome> outcomes = sides.cogroup(bands, partitions)
                    .flatMap(t -> check(t._2()._1(), t._2()._2(), settings).iterator()).collect();
            return new Pairs(outcomes, candidates.count(), sentCount, joinSeconds,
                    (System.nanoTime() - start) / 1e9 - joinSeconds);
        } finally {
            wanted.unpersist();
            features.unpersist();
            candidates.unpersist();
            plans.unpersist();
        }
    }

    private static List<PairOutcome> check(Iterable<Tuple2<PlanRecord, PlanRecord>> sides,
            Iterable<Tuple2<Integer, BandFeature>> band, RunSettings settings) throws PlanexException {
        Tuple2<PlanRecord, PlanRecord> pair = sides.iterator().next();
        List<BandFeature> first = new ArrayList<>();
        List<BandFeature> second = new ArrayList<>();
        for (Tuple2<Integer, BandFeature> f : band) {
            (f._1() == 0 ? first : second).add(f._2());
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
