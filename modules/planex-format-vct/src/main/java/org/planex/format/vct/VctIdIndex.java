package org.planex.format.vct;

import java.util.Arrays;

/**
 * A primitive map from identifiers to two numbers (a byte offset and a count or line number), 24 bytes an
 * entry: appended while a section is scanned, then sorted by identifier (skipped when the identifiers came in
 * order, as planex writes them; sorting needs another 40 bytes an entry for a moment) and searched by binary
 * search.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 */
final class VctIdIndex {

    private long[] ids = new long[1024];
    private long[] first = new long[1024];
    private long[] second = new long[1024];
    private int size;

    /** Appends an entry. */
    void add(long id, long a, long b) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            first = Arrays.copyOf(first, size * 2);
            second = Arrays.copyOf(second, size * 2);
        }
        ids[size] = id;
        first[size] = a;
        second[size] = b;
        size++;
    }

    /**
     * Sorts the entries by identifier.
     *
     * @return the position of the second entry of an identifier given twice, or -1 if all are unique
     */
    int seal() {
        boolean sorted = true;
        for (int i = 1; i < size && sorted; i++) {
            sorted = ids[i] >= ids[i - 1];
        }
        if (!sorted) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> Long.compare(ids[x], ids[y]));
            long[] i2 = new long[size];
            long[] a2 = new long[size];
            long[] b2 = new long[size];
            for (int i = 0; i < size; i++) {
                i2[i] = ids[order[i]];
                a2[i] = first[order[i]];
                b2[i] = second[order[i]];
            }
            ids = i2;
            first = a2;
            second = b2;
        }
        for (int i = 1; i < size; i++) {
            if (ids[i] == ids[i - 1]) {
                return i;
            }
        }
        return -1;
    }

    /** The position of {@code id}, or a negative number if absent. */
    int find(long id) {
        return Arrays.binarySearch(ids, 0, size, id);
    }

    /** The identifier at {@code position}. */
    long id(int position) {
        return ids[position];
    }

    /** The first number of the entry at {@code position}. */
    long first(int position) {
        return first[position];
    }

    /** The second number of the entry at {@code position}. */
    long second(int position) {
        return second[position];
    }
}
