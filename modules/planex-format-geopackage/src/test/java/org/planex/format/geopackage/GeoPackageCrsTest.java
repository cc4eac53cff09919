package org.planex.format.geopackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planex.model.AttributeType;
import org.planex.model.CrsRef;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.GeometryKind;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerWriter;
import org.planex.spi.ReadContext;
import org.planex.spi.WriteContext;
import org.planex.spi.crs.CrsDefinition;
import org.planex.spi.crs.CrsDefinitions;

/** {@code gpkg_spatial_ref_sys} rows for any EPSG CRS, through the shared CRS contract. */
class GeoPackageCrsTest {

    @TempDir
    Path dir;

    private Path write(CrsRef crs) throws Exception {
        Path file = dir.resolve("f" + crs.epsg() + ".gpkg");
        try (LayerWriter w = new GeoPackageFormatProvider().openLayerWriter(WriteContext.of(file))) {
            w.createLayer(new LayerSchema("layer", GeometryKind.POLYGON,
                    List.of(FieldDef.of("BSM", AttributeType.INTEGER)), crs));
            w.finish();
        }
        return file;
    }

    @ParameterizedTest(name = "EPSG:{0}")
    @ValueSource(ints = {4490, 4549, 4538, 4513, 4269, 2227, 2383, 2327, 2436, 21413, 8433, 3035, 25832, 27700, 2326})
    void anyEpsgCodeGetsItsRowWithWktAndReadsBack(int code) throws Exception {
        CrsRef crs = CrsRef.epsg(code);
        Path file = write(crs);
        CrsDefinition d = CrsDefinitions.provider().find(crs).orElseThrow();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement p = c.prepareStatement("SELECT srs_name, organization, organization_coordsys_id,"
                        + " definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
            p.setInt(1, code);
            try (ResultSet rs = p.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(d.name());
                assertThat(rs.getString(2)).isEqualTo("EPSG");
                assertThat(rs.getInt(3)).isEqualTo(code);
                assertThat(rs.getString(4)).isEqualTo(d.ogcWkt()).endsWith("AUTHORITY[\"EPSG\",\"" + code + "\"]]");
            }
        }
        try (LayerReader r = new GeoPackageFormatProvider().openLayerReader(ReadContext.of(file))) {
            assertThat(r.layers().get(0).crs()).isEqualTo(crs);
        }
    }

    @Test
    void aRowOfAnotherOrganisationIsMatchedByItsDefinition() throws Exception {
        Path file = write(CrsRef.epsg(4504));
        String unnamed = CrsDefinitions.provider().find(CrsRef.epsg(4504)).orElseThrow().esriWkt()
                .replace("CGCS2000_GK_CM_87E", "unnamed");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement p = c.prepareStatement("UPDATE gpkg_spatial_ref_sys SET organization = 'NONE', "
                        + "organization_coordsys_id = 4504, definition = ? WHERE srs_id = 4504")) {
            p.setString(1, unnamed);
            assertThat(p.executeUpdate()).isEqualTo(1);
        }
        try (LayerReader r = new GeoPackageFormatProvider().openLayerReader(ReadContext.of(file))) {
            assertThat(r.layers().get(0).crs()).isEqualTo(CrsRef.epsg(4538));
        }
    }
}
