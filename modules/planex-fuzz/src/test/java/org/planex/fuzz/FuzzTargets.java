package org.planex.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.planex.core.format.PlanexFormatProvider;
import org.planex.format.geojson.GeoJsonFormatProvider;
import org.planex.format.geopackage.GeoPackageFormatProvider;
import org.planex.format.shapefile.ShapefileFormatProvider;
import org.planex.testkit.SampleLayers;
import org.planex.testkit.SamplePlans;

/** The readers planex ships, each with its seed and mutators. */
public final class FuzzTargets {

    private FuzzTargets() {
    }

    /** Every reader: shapefile set (a folder and a ZIP), GeoPackage, GeoJSON, planex package ZIP and bare plan.xml. */
    public static List<FuzzTarget> all() {
        return List.of(
                new FuzzTarget("shapefile", "shapefile", dir -> SeedWriters.layers(new ShapefileFormatProvider(),
                        dir.resolve("sample"), SeedWriters.DBF_ZONES, true, null), ShapefileMutators.all()),
                new FuzzTarget("shapefile-zip", "shapefile", dir -> {
                    Path folder = SeedWriters.layers(new ShapefileFormatProvider(), dir.resolve("set"),
                            SeedWriters.DBF_ZONES, true, null);
                    return Files.write(dir.resolve("sample.zip"), PackageMutators.zip(SeedFiles.load(folder).files()));
                }, PackageMutators.zipped(ShapefileMutators.all())),
                new FuzzTarget("geopackage", "geopackage", dir -> SeedWriters.layers(new GeoPackageFormatProvider(),
                        dir.resolve("sample.gpkg"), SampleLayers.SCHEMA, true, SamplePlans.projected().header("QP-2035", SeedWriters.RECORDS)),
                        GeoPackageMutators.all()),
                new FuzzTarget("geojson", "geojson", dir -> SeedWriters.layers(new GeoJsonFormatProvider(),
                        dir.resolve("sample.geojson"), SampleLayers.SCHEMA, false, null), GeoJsonMutators.all()),
                new FuzzTarget("planex-package", PlanexFormatProvider.ID, dir -> SeedWriters.plan(
                        new PlanexFormatProvider(), dir.resolve("sample.planex.zip")), PackageMutators.all()),
                new FuzzTarget("plan-xml", PlanexFormatProvider.ID, dir -> SeedWriters.plan(new PlanexFormatProvider(),
                        dir.resolve("plan.xml")), PlanXmlMutators.all(".xml")));
    }

    /** The target named {@code reader}. */
    public static FuzzTarget named(String reader) {
        return all().stream().filter(t -> t.reader().equals(reader)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fuzz target " + reader));
    }
}
