package org.planex.bench.programs;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.crs.CoordinateSurvey;
import org.planex.crs.CrsService;
import org.planex.crs.DeclaredCrsValidator;
import org.planex.crs.GeometryReprojector;
import org.planex.model.CrsRef;
import org.planex.rule.Issue;

/**
 * Prints what the CRS check costs on N polygons (default one million) and reprojection on N / 5. The survey
 * must stay cheap and flat in memory, as it runs while features stream.
 *
 * <pre>
 * bench/program.sh CrsCheckBenchmark [polygons, default 1000000]
 * </pre>
 */
public final class CrsCheckBenchmark {

    private CrsCheckBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args the number of polygons, optional
     * @throws Exception if a transform fails
     */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int reprojected = n / 5;
        GeometryFactory gf = new GeometryFactory();
        SplittableRandom random = new SplittableRandom(1);
        CoordinateSurvey survey = new CoordinateSurvey();
        long surveyNanos = 0;
        for (int i = 0; i < n; i++) {
            double x = random.nextDouble(380_000, 620_000);
            double y = random.nextDouble(3_400_000, 3_530_000);
            Geometry g = gf.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + 50, y),
                new Coordinate(x + 50, y + 50), new Coordinate(x, y + 50), new Coordinate(x, y)});
            long t = System.nanoTime();
            survey.add(g);
            surveyNanos += System.nanoTime() - t;
        }
        long t = System.nanoTime();
        List<Issue> findings = DeclaredCrsValidator.check(CrsRef.epsg(4528), survey);
        long checkNanos = System.nanoTime() - t;
        System.out.printf(Locale.ROOT, "survey of %,d polygons: %.0f ms; check: %.1f ms; findings: %s%n", n,
                surveyNanos / 1e6, checkNanos / 1e6, findings.stream().map(i -> i.ruleId() + ": " + i.message()).toList());
        GeometryReprojector r = CrsService.standard().reprojector(CrsRef.epsg(4549), CrsRef.CGCS2000);
        t = System.nanoTime();
        int vertices = 0;
        for (int i = 0; i < reprojected; i++) {
            double x = 500_000 + i;
            Geometry g = gf.createPolygon(new Coordinate[] {new Coordinate(x, 3_450_000),
                new Coordinate(x + 50, 3_450_000), new Coordinate(x + 50, 3_450_050), new Coordinate(x, 3_450_000)});
            vertices += r.reproject(g).getNumPoints();
        }
        System.out.printf(Locale.ROOT, "reprojected %,d vertices (%,d polygons) 4549 -> 4490: %.0f ms%n",
                vertices, reprojected, (System.nanoTime() - t) / 1e6);
    }
}
