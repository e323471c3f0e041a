package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How well one-permutation MinHash estimates the Jaccard similarity of word 3-shingles, measured
 * on the {@link SampleStories} and on edited copies of them: cut, with words replaced, with another
 * story appended.
 *
 * <p>The tolerances are those of 128 independent minima: the estimate's standard error is at most
 * 0.044 (at a similarity of 0.5), so the mean error should stay under 0.035 and no error of several
 * hundred pairs should pass 0.16 (3.6 standard errors).
 */
class MinHashTest {
    private static List<String> stories;

    @BeforeAll
    static void readStories() {
        stories = SampleStories.texts();
        assertEquals(89, stories.size());
    }

    /** A story paired with an edited copy, and their exact Jaccard similarity. */
    private record Pair(String a, String b, double exact) {
        Pair(String a, String b) {
            this(a, b, jaccard(MinHash.shingles(a), MinHash.shingles(b)));
        }

        double estimate() {
            return MinHash.similarity(MinHash.signature(a), MinHash.signature(b));
        }

        boolean candidates() {
            long[] x = MinHash.bands(MinHash.signature(a));
            long[] y = MinHash.bands(MinHash.signature(b));
            for (int i = 0; i < x.length; i++) {
                if (x[i] == y[i]) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Six edits of each story, from a light cut (similarity about 0.75) to a rewrite (about 0.25). */
    private static List<Pair> editedCopies(int maxWords) {
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            String[] words = lead(stories.get(i), maxWords).split(" ");
            String story = String.join(" ", words);
            String other = lead(stories.get((i + 1) % stories.size()), maxWords);
            out.add(new Pair(story, String.join(" ", Arrays.copyOf(words, words.length * 3 / 4))));
            out.add(new Pair(story, String.join(" ", Arrays.copyOfRange(words, words.length / 3, words.length))));
            out.add(new Pair(story, replaceEvery(words, 12)));
            out.add(new Pair(story, replaceEvery(words, 5)));
            out.add(new Pair(story, story + " " + other));
            out.add(new Pair(story, String.join(" ", Arrays.copyOf(words, words.length / 2)) + " " + other));
        }
        return out;
    }

    private static String lead(String text, int maxWords) {
        String[] words = text.split(" ");
        return String.join(" ", Arrays.copyOf(words, Math.min(words.length, maxWords)));
    }

    private static String replaceEvery(String[] words, int step) {
        String[] w = words.clone();
        for (int k = 0; k < w.length; k += step) {
            w[k] = "replaced";
        }
        return String.join(" ", w);
    }

    private static double jaccard(long[] a, long[] b) {
        Set<Long> union = new HashSet<>();
        Arrays.stream(a).forEach(union::add);
        int shared = 0;
        for (long x : b) {
            if (!union.add(x)) {
                shared++;
            }
        }
        return shared / (double) union.size();
    }

    private static void assertEstimatesWithinTolerance(List<Pair> pairs) {
        double absolute = 0;
        double signed = 0;
        for (Pair p : pairs) {
            double error = p.estimate() - p.exact();
            assertTrue(Math.abs(error) <= 0.16, "estimate " + p.estimate() + " for exact " + p.exact());
            absolute += Math.abs(error);
            signed += error;
        }
        assertTrue(absolute / pairs.size() <= 0.035, "mean error " + absolute / pairs.size());
        assertTrue(Math.abs(signed / pairs.size()) <= 0.01, "bias " + signed / pairs.size());
    }

    @Test
    void the_estimate_is_within_the_tolerance_of_128_minima_on_edited_copies_of_news_stories() {
        assertEstimatesWithinTolerance(editedCopies(Integer.MAX_VALUE));
    }

    @Test
    void short_texts_whose_bins_are_mostly_borrowed_are_estimated_as_well() {
        // 60 words give about 58 shingles for 128 bins: most bins borrow their value.
        assertEstimatesWithinTolerance(editedCopies(60));
    }

    @Test
    void banding_makes_candidates_of_nearly_all_pairs_at_similarity_0_6_and_above() {
        List<Pair> similar = editedCopies(Integer.MAX_VALUE).stream().filter(p -> p.exact() >= 0.6).toList();
        assertTrue(similar.size() >= 250, "pairs at 0.6 and above: " + similar.size());
        long found = similar.stream().filter(Pair::candidates).count();
        // One band of four agrees with probability 1 - (1 - 0.6^4)^32 = 0.988 at similarity 0.6.
        assertTrue(found >= 0.98 * similar.size(), found + " of " + similar.size() + " found");
    }

    @Test
    void no_two_different_stories_reach_the_duplicate_threshold() {
        int[][] signatures = stories.stream().map(MinHash::signature).toArray(int[][]::new);
        int candidates = 0;
        int pairs = 0;
        for (int i = 0; i < signatures.length; i++) {
            for (int j = i + 1; j < signatures.length; j++) {
                assertTrue(MinHash.similarity(signatures[i], signatures[j]) < BatchWriter.DUPLICATE_THRESHOLD);
                pairs++;
                if (new Pair(stories.get(i), stories.get(j), 0).candidates()) {
                    candidates++;
                }
            }
        }
        assertTrue(candidates <= pairs / 100, candidates + " candidate pairs of " + pairs);
    }

    @Test
    void a_text_shorter_than_a_shingle_fills_every_bin_from_its_one_shingle() {
        int[] sig = MinHash.signature("Ceasefire holds");
        assertEquals(1, Arrays.stream(sig).distinct().count());
        assertEquals(1.0, MinHash.similarity(sig, MinHash.signature("CEASEFIRE, holds!")));
    }

    @Test
    void signatures_do_not_change_unnoticed_as_stored_ones_must_stay_comparable() {
        // A new signature family needs a new MinHash.SCHEME and a migration; then update this value.
        assertEquals(2, MinHash.SCHEME);
        assertEquals(-968_918_452, Arrays.hashCode(MinHash.signature(stories.get(0))));
    }
}
