package org.planex.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.Attributes;
import org.planex.model.Facility;
import org.planex.model.PlanFeature;
import org.planex.model.Zone;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.GeometryKind;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.Location;

class GeometryRolesTest {

    private static final GeometryFactory GF = new GeometryFactory();

    private static LayerSchema layer(String name, GeometryKind kind, String... fields) {
        List<FieldDef> defs = new ArrayList<>();
        for (String f : fields) {
            defs.add(new FieldDef(f, AttributeType.STRING, 20, 0));
        }
        return new LayerSchema(name, kind, defs, null);
    }

    @Test
    void unknownLayersTakeRolesFromTheirGeometryWithAWarning() throws Exception {
        Profile generic = ProfileLoader.load("generic");
        List<String> warnings = new ArrayList<>();
        Profile p = GeometryRoles.apply(generic, List.of(layer("parcels", GeometryKind.MULTIPOLYGON, "CODE", "Name"),
                layer("pois", GeometryKind.POINT, "name", "category"), layer("roads", GeometryKind.LINESTRING, "type"),
                layer("table", GeometryKind.NONE, "x")), Location.UNKNOWN, (l, m) -> warnings.add(m));
        assertThat(p.mappingFor("parcels").orElseThrow().role()).isEqualTo(Role.ZONES);
        assertThat(p.mappingFor("parcels").orElseThrow().field("code")).isEqualTo("CODE");
        assertThat(p.mappingFor("parcels").orElseThrow().field("name")).isEqualTo("Name");
        assertThat(p.mappingFor("pois").orElseThrow().role()).isEqualTo(Role.FACILITIES);
        assertThat(p.mappingFor("pois").orElseThrow().field("category")).as("free text stays an attribute").isNull();
        assertThat(p.mappingFor("roads").orElseThrow().role()).isEqualTo(Role.CORRIDORS);
        assertThat(p.mappingFor("roads").orElseThrow().field("type")).isNull();
        assertThat(p.mappingFor("table")).isEmpty();
        assertThat(warnings).hasSize(3).allMatch(w -> w.contains("--layer-role"));
        assertThat(warnings.get(0)).contains("read as zones from its multipolygon geometry", "codes from field CODE");
    }

    @Test
    void aProfileThatNamesALayerKeepsItsChoice() throws Exception {
        Profile cn = ProfileLoader.load("cn-plan-db");
        List<String> warnings = new ArrayList<>();
        Profile p = GeometryRoles.apply(cn, List.of(layer("YDYH", GeometryKind.MULTIPOLYGON),
                layer("ZJ", GeometryKind.POINT)), Location.UNKNOWN, (l, m) -> warnings.add(m));
        assertThat(p).isSameAs(cn);
        assertThat(p.mappingFor("ZJ")).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void aMixedLayerMapsEachRecordByItsGeometry() throws Exception {
        Profile p = GeometryRoles.apply(ProfileLoader.load("generic"), List.of(layer("map", GeometryKind.GEOMETRY,
                "name")), Location.UNKNOWN, (l, m) -> { });
        LayerMapping m = p.mappingFor("map").orElseThrow();
        assertThat(m.role()).isEqualTo(Role.FEATURES);
        Attributes a = Attributes.builder(1).put("name", AttributeValue.of("新城")).build();
        PlanFeature zone = RecordMapper.feature(new LayerRecord("map", 1, "1", GF.createPolygon(new Coordinate[] {
            new Coordinate(0, 0), new Coordinate(1, 0), new Coordinate(1, 1), new Coordinate(0, 0)}), a), m,
                Location.UNKNOWN);
        PlanFeature point = RecordMapper.feature(new LayerRecord("map", 2, "2", GF.createPoint(new Coordinate(0, 0)),
                a), m, Location.UNKNOWN);
        assertThat(zone).isInstanceOf(Zone.class);
        assertThat(((Zone) zone).code()).isNull();
        assertThat(zone.name()).isEqualTo("新城");
        assertThat(point).isInstanceOf(Facility.class);
        assertThat(((Facility) point).category()).isEqualTo(GeometryRoles.UNSPECIFIED);
    }
}
