package org.planex.core.input;

import java.io.InputStream;
import org.planex.model.Attachment;
import org.planex.model.CrsRef;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanexException;

/** Declares another CRS for a plan's coordinates without changing them (for a wrong declaration). */
record DeclaredCrsPlanReader(PlanReader reader, CrsRef crs) implements PlanReader {
    @Override
    public PlanHeader header() {
        return reader.header().withCrs(crs, reader.header().boundary());
    }

    @Override
    public PlanFeature read() throws PlanexException {
        return reader.read();
    }

    @Override
    public InputStream openAttachment(Attachment attachment) throws PlanexException {
        return reader.openAttachment(attachment);
    }

    @Override
    public void close() throws PlanexException {
        reader.close();
    }
}
