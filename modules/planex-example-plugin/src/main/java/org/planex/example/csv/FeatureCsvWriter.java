package org.planex.example.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.locationtech.jts.io.WKTWriter;
import org.planex.model.ControlArea;
import org.planex.model.Corridor;
import org.planex.model.Facility;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.model.Zone;
import org.planex.spi.Location;
import org.planex.spi.PlanWriter;
import org.planex.spi.PlanexException;
import org.planex.spi.io.AtomicOutput;

/**
 * Writes the CSV through an {@link AtomicOutput}: to a uniquely named temporary file beside the target, moved
 * into place on finish, so two conversions in one folder never collide.
 */
final class FeatureCsvWriter implements PlanWriter {

    private final Path target;
    private final AtomicOutput output;
    private final char separator;
    private final WKTWriter wkt = new WKTWriter();
    private final BufferedWriter out;
    private boolean done;

    FeatureCsvWriter(Path target, char separator) throws PlanexException {
        this.target = target;
        this.separator = separator;
        this.output = AtomicOutput.file(target);
        try {
            this.out = Files.newBufferedWriter(output.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            output.abort();
            throw PlanexException.notWritable(Location.of(target), "cannot create: " + e.getMessage(), e);
        }
    }

    @Override
    public void begin(PlanHeader header) throws PlanexException {
        line("kind", "id", "name", "class", "wkt");
    }

    @Override
    public void write(PlanFeature f) throws PlanexException {
        if (done) {
            throw new IllegalStateException("write() after finish() or abort() of the CSV writer of " + target);
        }
        String cls;
        if (f instanceof Zone z) {
            cls = z.code();
        } else if (f instanceof ControlArea c) {
            cls = c.controlKind().token();
        } else if (f instanceof Facility fa) {
            cls = fa.category();
        } else {
            cls = ((Corridor) f).corridorType().token();
        }
        line(f.kind().token(), f.id(), f.name(), cls, f.geometry() == null ? "" : wkt.write(f.geometry()));
    }

    private void line(String... cells) throws PlanexException {
        try {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.write(separator);
                }
                out.write(quote(cells[i]));
            }
            out.write('\n');
        } catch (IOException e) {
            throw PlanexException.notWritable(Location.of(target), "cannot write: " + e.getMessage(), e);
        }
    }

    private String quote(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(separator) < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    @Override
    public void finish() throws PlanexException {
        if (done) {
            throw new IllegalStateException("finish() after finish() or abort() of the CSV writer of " + target);
        }
        try {
            out.close();
        } catch (IOException e) {
            abort();
            throw PlanexException.notWritable(Location.of(target), "cannot finish: " + e.getMessage(), e);
        }
        done = true;
        output.commit();
    }

    @Override
    public void abort() {
        if (done) {
            return;
        }
        done = true;
        try {
            out.close();
        } catch (IOException e) {
            // the file is deleted next: nothing of it is kept
        }
        output.abort();
    }

    @Override
    public void close() {
        abort();
    }
}
