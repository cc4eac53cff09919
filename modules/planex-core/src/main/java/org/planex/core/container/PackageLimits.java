package org.planex.core.container;

/**
 * Bounds on what a package may hold, checked before and while it is read.
 *
 * @param maxEntries the most entries a ZIP may have
 * @param maxEntrySize the most bytes one entry may expand to
 * @param maxTotalSize the most bytes all entries together may expand to
 * @param maxRatio the highest uncompressed-to-compressed ratio of an entry larger than
 *     {@link #RATIO_THRESHOLD} bytes
 * @since 0.1
 */
public record PackageLimits(int maxEntries, long maxEntrySize, long maxTotalSize, double maxRatio) {

    /** Entries below this size are not checked for their ratio: a small file cannot be a bomb. */
    public static final long RATIO_THRESHOLD = 1 << 20;

    /** 10,000 entries, 8 GiB per entry and in total, ratio 100. */
    public static final PackageLimits DEFAULT = new PackageLimits(10_000, 8L << 30, 8L << 30, 100);

    /** Checks the values. */
    public PackageLimits {
        if (maxEntries <= 0 || maxEntrySize <= 0 || maxTotalSize <= 0 || maxRatio <= 1) {
            throw new IllegalArgumentException("package limits must be positive and the ratio above 1");
        }
    }
}
