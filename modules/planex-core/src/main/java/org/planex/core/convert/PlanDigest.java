package org.planex.core.convert;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.planex.model.AttributeValue;
import org.planex.model.ControlArea;
import org.planex.model.Corridor;
import org.planex.model.Facility;
import org.planex.model.PlanFeature;
import org.planex.model.Zone;
import org.planex.spi.Sha256;

/**
 * A SHA-256 over the content of a feature stream: kind, id, name, the fields of each kind, every attribute
 * (name, type, value) and the geometry as WKB, in stream order. Two plans with the same digest have the
 * same features with the same values and coordinates; any lost or changed value changes it.
 *
 * <p><b>Thread safety:</b> not thread-safe.
 *
 * @since 0.1
 */
public final class PlanDigest {

    private static final byte SEP = 0x1F;

    private final Sha256 md = new Sha256();
    private final WKBWriter wkb2 = new WKBWriter(2);
    private final WKBWriter wkb3 = new WKBWriter(3);

    /** A new digest. */
    public PlanDigest() {
    }

    /** Adds a feature. */
    public void add(PlanFeature f) {
        text(f.kind().token());
        text(f.id());
        text(f.name());
        if (f instanceof Zone z) {
            text(z.code());
        } else if (f instanceof ControlArea c) {
            text(c.controlKind().token());
        } else if (f instanceof Facility fa) {
            text(fa.category());
            text(fa.nimbyCategory());
            text(fa.impactRadius() == null ? null : Double.toString(fa.impactRadius()));
        } else if (f instanceof Corridor c) {
            text(c.corridorType().token());
            text(c.corridorClass());
            text(c.crossBorderRef());
        }
        for (Map.Entry<String, AttributeValue> e : f.attributes().asMap().entrySet()) {
            text(e.getKey());
            text(e.getValue().type().token());
            text(e.getValue().lexical());
        }
        Geometry g = f.geometry();
        if (g == null) {
            text(null);
        } else {
            boolean z = g.getCoordinate() != null && !Double.isNaN(g.getCoordinate().getZ());
            byte[] bytes = (z ? wkb3 : wkb2).write(g);
            md.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            md.update(bytes);
        }
        md.update((byte) 0x1E);
    }

    private void text(String s) {
        if (s == null) {
            md.update((byte) 0);
        } else {
            md.update((byte) 1);
            md.update(s.getBytes(StandardCharsets.UTF_8));
        }
        md.update(SEP);
    }

    /** The digest as 64 hex digits; the digest cannot be used afterwards. */
    public String hex() {
        return md.hex();
    }
}
