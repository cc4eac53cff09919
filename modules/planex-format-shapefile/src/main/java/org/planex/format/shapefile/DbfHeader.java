package org.planex.format.shapefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * The header of a dBase III/IV table as shapefiles use it.
 *
 * @param version the version byte
 * @param recordCount the number of records, deleted ones included
 * @param headerLength the offset of the first record
 * @param recordLength the length of a record, deletion flag included
 * @param languageDriver the language driver id (byte 29), 0 when absent
 * @param fields the field descriptors
 */
record DbfHeader(int version, long recordCount, int headerLength, int recordLength, int languageDriver,
        List<DbfField> fields) {

    /** The fixed part of the header. */
    static final int PREFIX = 32;
    /** The most fields a header may declare. */
    static final int MAX_FIELDS = 2046;

    /** Reads the 32-byte prefix: record count, header length, record length and language driver. */
    static DbfHeader readPrefix(ByteBuffer b) {
        b.order(ByteOrder.LITTLE_ENDIAN);
        return new DbfHeader(b.get(0) & 0xFF, b.getInt(4) & 0xFFFFFFFFL, b.getShort(8) & 0xFFFF,
                b.getShort(10) & 0xFFFF, b.get(29) & 0xFF, List.of());
    }

    /**
     * Reads the field descriptors that follow the prefix.
     *
     * @param b the bytes from offset 32 to the header length
     * @param names the charset of the field names
     * @return the header with its fields
     * @throws IllegalArgumentException with a one-line reason when the descriptors are inconsistent
     */
    DbfHeader withFields(ByteBuffer b, Charset names) {
        List<DbfField> list = new ArrayList<>();
        int offset = 1;
        for (int at = 0; at + 32 <= b.limit() && b.get(at) != 0x0D; at += 32) {
            int nameLength = 0;
            while (nameLength < 11 && b.get(at + nameLength) != 0) {
                nameLength++;
            }
            byte[] raw = new byte[nameLength];
            b.get(at, raw);
            String name = new String(raw, names).strip();
            char type = (char) (b.get(at + 11) & 0xFF);
            int length = b.get(at + 16) & 0xFF;
            int decimals = b.get(at + 17) & 0xFF;
            if (type == 'C' && decimals > 0 && length + 256 * decimals <= 65535 && offset + length + 256 * decimals
                    <= recordLength) {
                length += 256 * decimals;
                decimals = 0;
            }
            if (length == 0) {
                throw new IllegalArgumentException("field " + (list.size() + 1) + " ('" + name
                        + "') has width 0");
            }
            list.add(new DbfField(name, type, offset, length, decimals));
            offset += length;
        }
        if (offset > recordLength) {
            throw new IllegalArgumentException("the fields need " + offset + " bytes per record but the header"
                    + " declares " + recordLength);
        }
        return new DbfHeader(version, recordCount, headerLength, recordLength, languageDriver, List.copyOf(list));
    }
}
