package org.dyad.core.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The fixed division of every gold set into a <em>study</em> part, whose records engineers read
 * to write rules, and a <em>check</em> part, of which they only look at aggregate figures.
 *
 * <p>A record's part depends on its id alone: FNV-1a 64-bit over the id's UTF-8 bytes, XOR the
 * seed {@value #SEED_HEX}; an odd value is check, an even one study. The rule never changes, so a
 * record never moves between parts (docs/evaluation.md, "Study and check splits").
 */
public enum StudyCheckSplit {
    /** Records read while writing rules. */
    STUDY,
    /** Records scored only in aggregate, to see whether a rule generalises. */
    CHECK,
    /** Every record. */
    ALL;

    static final long SEED = 0x5EEDL;
    static final String SEED_HEX = "0x5EED";
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** The part {@code recordId} belongs to: {@link #STUDY} or {@link #CHECK}, never {@link #ALL}. */
    public static StudyCheckSplit of(String recordId) {
        if (recordId == null || recordId.isEmpty()) {
            throw new IllegalArgumentException("a record needs a non-empty id to be assigned a split");
        }
        return (hash(recordId) & 1L) == 1L ? CHECK : STUDY;
    }

    /** True when this selection includes the record with {@code recordId}. */
    public boolean includes(String recordId) {
        return this == ALL || of(recordId) == this;
    }

    /** Parses {@code study}, {@code check} or {@code all}, in any case. */
    public static StudyCheckSplit parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown split '" + name + "': use study, check or all", e);
        }
    }

    static long hash(String recordId) {
        long h = FNV_OFFSET;
        for (byte b : recordId.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= FNV_PRIME;
        }
        return h ^ SEED;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
