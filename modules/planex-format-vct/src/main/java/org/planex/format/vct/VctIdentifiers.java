package org.planex.format.vct;

import java.util.Arrays;

/**
 * The identifiers a writer has given out, in 8 bytes each: a growing array that stays sorted while identifiers
 * come in ascending order (the usual case, answered by comparing with the last one) and is sorted again only
 * when one out of order must be looked up.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 */
final class VctIdentifiers {

    private long[] ids = new long[1024];
    private int size;
    private boolean sorted = true;

    /** Adds {@code id} unless present; returns whether it was added. */
    boolean add(long id) {
        if (size > 0 && id <= ids[size - 1] || !sorted) {
            if (!sorted) {
                Arrays.sort(ids, 0, size);
                sorted = true;
            }
            if (Arrays.binarySearch(ids, 0, size, id) >= 0) {
                return false;
            }
            sorted = id > ids[size - 1];
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
        return true;
    }
}
