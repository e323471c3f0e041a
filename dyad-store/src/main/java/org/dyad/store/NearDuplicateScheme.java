package org.dyad.store;

/**
 * The store's near-duplicate scheme for code outside the store that must link articles as an
 * ingest would (the Spark job): the MinHash signature of an article's text, its LSH band buckets,
 * the similarity of two signatures, the threshold and the date window. These are the very
 * functions the store uses, so the same texts give the same signatures and links.
 *
 * <pre>{@code
 * int[] sig = NearDuplicateScheme.signature(article.text());   // null for a text without words
 * long[] buckets = NearDuplicateScheme.bands(sig);
 * boolean copy = NearDuplicateScheme.similarity(sig, other) >= NearDuplicateScheme.THRESHOLD;
 * }</pre>
 */
public final class NearDuplicateScheme {
    /** Estimated Jaccard similarity at or above which an article is linked as a near-duplicate. */
    public static final double THRESHOLD = BatchWriter.DUPLICATE_THRESHOLD;
    /** Only articles dated at most this many days apart are compared. */
    public static final int WINDOW_DAYS = BatchWriter.DUPLICATE_WINDOW_DAYS;
    /** The signature family, as in the store's {@code articles.minhash_scheme}. */
    public static final int SCHEME = MinHash.SCHEME;
    /** Values in a signature. */
    public static final int HASHES = MinHash.HASHES;
    /** Band buckets of a signature. */
    public static final int BANDS = MinHash.BANDS;

    private NearDuplicateScheme() {}

    /** The MinHash signature of {@code text} ({@value #HASHES} values), or null when it has no words. */
    public static int[] signature(String text) {
        return MinHash.signature(text);
    }

    /** The LSH bucket of each of the signature's {@value #BANDS} bands. */
    public static long[] bands(int[] signature) {
        return MinHash.bands(signature);
    }

    /** The estimated Jaccard similarity of two signatures' word 3-shingle sets. */
    public static double similarity(int[] a, int[] b) {
        if (a.length != HASHES || b.length != HASHES) {
            throw new IllegalArgumentException("signatures have " + HASHES + " values, not " + a.length + " and "
                    + b.length);
        }
        return MinHash.similarity(a, b);
    }
}
