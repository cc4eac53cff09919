package org.planex.cli;

import org.planex.crs.DatumShift;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --s-towgs84 dx,dy,dz[,rx,ry,rz,ds]} (PROJ's {@code +towgs84}, position vector). */
final class DatumShiftConverter implements ITypeConverter<DatumShift> {
    @Override
    public DatumShift convert(String value) {
        try {
            return DatumShift.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
