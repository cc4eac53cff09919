package org.planex.cli;

import org.planex.crs.CrsService;
import org.planex.model.CrsRef;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code EPSG:N} (or an OGC CRS URI) and checks planex can transform it. */
final class CrsConverter implements ITypeConverter<CrsRef> {
    @Override
    public CrsRef convert(String value) {
        CrsRef crs;
        try {
            crs = CrsRef.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
        if (!CrsService.standard().supports(crs)) {
            throw new TypeConversionException(crs + " is not a CRS planex can transform (see docs/crs.md)");
        }
        return crs;
    }
}
