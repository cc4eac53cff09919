package org.planex.format.vct;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.planex.model.PlanHeader;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.ReadContext;
import org.planex.spi.RecordCursor;
import org.planex.spi.io.AbstractLayerReader;

/**
 * Reads a VCT file as layers, one per feature code, named by the feature code's attribute table (YDYH,
 * STBHHX, ...). Opening scans the file once ({@link VctDataset}); each cursor then streams its layer. The
 * lines of the {@code Line} section are spooled once, when the first polygon layer is opened, and shared by
 * all polygon layers until the reader is closed (24 bytes a line in memory, see {@link VctLineStore}). The
 * charset is the {@code encoding} option, else UTF-8 when the file starts with a UTF-8 byte order mark, else
 * GBK. VCT keeps no plan header.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 */
final class VctLayerReader extends AbstractLayerReader {

    private final VctDataset data;
    private final int bom;
    private VctLineStore lines;

    /** Opens and scans {@code context}'s source. */
    VctLayerReader(ReadContext context, Charset encoding) throws PlanexException {
        Path file = context.source();
        if (!Files.isRegularFile(file)) {
            throw PlanexException.unreadable(Location.of(file), "no such VCT file; check the path", null);
        }
        boolean hasBom = startsWithBom(file);
        this.bom = hasBom ? 3 : 0;
        Charset charset = encoding != null ? encoding : hasBom ? StandardCharsets.UTF_8 : VctFormatProvider.GBK;
        this.data = VctDataset.scan(file, charset, bom, context.warnings());
    }

    private static boolean startsWithBom(Path file) throws PlanexException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(3);
            return b.length == 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
        } catch (IOException e) {
            throw PlanexException.unreadable(Location.of(file), "cannot read the VCT file: " + e.getMessage(), e);
        }
    }

    @Override
    public List<LayerSchema> layers() {
        return data.schemas();
    }

    @Override
    protected RecordCursor openLayer(String layerName) throws PlanexException {
        VctLayer layer = data.layer(layerName);
        boolean polygons = layer.section() == VctSection.POLYGON && data.sections.containsKey(VctSection.LINE);
        if (polygons && lines == null) {
            lines = VctRecordCursor.spoolLines(data, bom);
        }
        return new VctRecordCursor(data, layer, bom, polygons ? lines : null);
    }

    /** Deletes the line spool, which every polygon layer of the file shares. */
    @Override
    protected void release() throws PlanexException {
        if (lines != null) {
            try {
                lines.close();
            } catch (IOException e) {
                throw PlanexException.unreadable(location(), "cannot delete the temporary line spool: "
                        + e.getMessage(), e);
            }
        }
    }

    @Override
    protected Location location() {
        return Location.of(data.file);
    }

    /** Always empty: VCT has no place for a plan header. */
    @Override
    public Optional<PlanHeader> planHeader() {
        return Optional.empty();
    }
}
