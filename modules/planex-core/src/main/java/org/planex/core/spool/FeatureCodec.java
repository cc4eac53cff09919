package org.planex.core.spool;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.Attributes;
import org.planex.model.ControlArea;
import org.planex.model.ControlKind;
import org.planex.model.Corridor;
import org.planex.model.CorridorType;
import org.planex.model.Facility;
import org.planex.model.PlanFeature;
import org.planex.model.Zone;

/**
 * The binary form of one feature in a {@link FeatureSpool}: a kind byte, the kind's fields, the geometry as WKB
 * (with Z where any coordinate has one) and the attributes with their types. Private to one process, so enums
 * are stored by ordinal.
 */
final class FeatureCodec {

    private static final AttributeType[] TYPES = AttributeType.values();
    private static final CorridorType[] CORRIDOR_TYPES = CorridorType.values();

    private final WKBWriter writer2d = new WKBWriter(2);
    private final WKBWriter writer3d = new WKBWriter(3);
    private final WKBReader reader = new WKBReader(new GeometryFactory());

    void write(PlanFeature f, DataOutput out) throws IOException {
        if (f instanceof Zone z) {
            out.writeByte(0);
            text(out, z.code());
        } else if (f instanceof ControlArea c) {
            out.writeByte(1);
            text(out, c.controlKind().token());
        } else if (f instanceof Corridor c) {
            out.writeByte(2);
            out.writeByte(c.corridorType().ordinal());
            text(out, c.corridorClass());
            text(out, c.crossBorderRef());
        } else {
            Facility fa = (Facility) f;
            out.writeByte(3);
            text(out, fa.category());
            text(out, fa.nimbyCategory());
            out.writeBoolean(fa.impactRadius() != null);
            if (fa.impactRadius() != null) {
                out.writeDouble(fa.impactRadius());
            }
        }
        text(out, f.id());
        text(out, f.name());
        geometry(out, f.geometry());
        attributes(out, f.attributes());
    }

    PlanFeature read(DataInput in) throws IOException {
        int kind = in.readUnsignedByte();
        return switch (kind) {
            case 0 -> {
                String code = text(in);
                String id = text(in);
                yield new Zone(id, code, text(in), geometry(in), attributes(in));
            }
            case 1 -> {
                ControlKind k = new ControlKind(text(in));
                String id = text(in);
                yield new ControlArea(id, k, text(in), geometry(in), attributes(in));
            }
            case 2 -> {
                CorridorType t = CORRIDOR_TYPES[in.readUnsignedByte()];
                String corridorClass = text(in);
                String ref = text(in);
                String id = text(in);
                yield new Corridor(id, t, corridorClass, ref, text(in), geometry(in), attributes(in));
            }
            case 3 -> {
                String category = text(in);
                String nimby = text(in);
                Double radius = in.readBoolean() ? in.readDouble() : null;
                String id = text(in);
                yield new Facility(id, category, nimby, radius, text(in), geometry(in), attributes(in));
            }
            default -> throw new IOException("unknown feature kind " + kind + " in the spool");
        };
    }

    private void geometry(DataOutput out, Geometry g) throws IOException {
        if (g == null) {
            out.writeInt(-1);
            return;
        }
        byte[] wkb = (hasZ(g) ? writer3d : writer2d).write(g);
        out.writeInt(wkb.length);
        out.write(wkb);
    }

    private Geometry geometry(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] wkb = new byte[length];
        in.readFully(wkb);
        try {
            return reader.read(wkb);
        } catch (ParseException e) {
            throw new IOException("damaged geometry in the spool: " + e.getMessage(), e);
        }
    }

    private static void attributes(DataOutput out, Attributes attributes) throws IOException {
        out.writeInt(attributes.size());
        for (Map.Entry<String, AttributeValue> e : attributes.asMap().entrySet()) {
            text(out, e.getKey());
            AttributeValue v = e.getValue();
            out.writeByte(v.type().ordinal());
            out.writeBoolean(v instanceof AttributeValue.Null);
            if (v instanceof AttributeValue.Text t) {
                text(out, t.value());
            } else if (v instanceof AttributeValue.Int i) {
                out.writeLong(i.value());
            } else if (v instanceof AttributeValue.Decimal d) {
                out.writeInt(d.value().scale());
                byte[] unscaled = d.value().unscaledValue().toByteArray();
                out.writeInt(unscaled.length);
                out.write(unscaled);
            } else if (v instanceof AttributeValue.Bool b) {
                out.writeBoolean(b.value());
            } else if (v instanceof AttributeValue.Date d) {
                out.writeLong(d.value().toEpochDay());
            }
        }
    }

    private static Attributes attributes(DataInput in) throws IOException {
        int n = in.readInt();
        Attributes.Builder b = Attributes.builder(n);
        for (int i = 0; i < n; i++) {
            String name = text(in);
            AttributeType type = TYPES[in.readUnsignedByte()];
            if (in.readBoolean()) {
                b.put(name, new AttributeValue.Null(type));
                continue;
            }
            b.put(name, switch (type) {
                case STRING -> new AttributeValue.Text(text(in));
                case INTEGER -> new AttributeValue.Int(in.readLong());
                case DECIMAL -> {
                    int scale = in.readInt();
                    byte[] unscaled = new byte[in.readInt()];
                    in.readFully(unscaled);
                    yield new AttributeValue.Decimal(new BigDecimal(new BigInteger(unscaled), scale));
                }
                case BOOLEAN -> new AttributeValue.Bool(in.readBoolean());
                case DATE -> new AttributeValue.Date(LocalDate.ofEpochDay(in.readLong()));
            });
        }
        return b.build();
    }

    private static void text(DataOutput out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Whether any coordinate of {@code g} has a Z value. */
    private static boolean hasZ(Geometry g) {
        ZFinder finder = new ZFinder();
        g.apply(finder);
        return finder.found;
    }

    /** Stops at the first coordinate with a Z value. */
    private static final class ZFinder implements CoordinateSequenceFilter {
        private boolean found;

        @Override
        public void filter(CoordinateSequence seq, int i) {
            found = seq.hasZ() && !Double.isNaN(seq.getZ(i));
        }

        @Override
        public boolean isDone() {
            return found;
        }

        @Override
        public boolean isGeometryChanged() {
            return false;
        }
    }
}
