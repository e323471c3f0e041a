package org.dyad.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.store.NearDuplicateScheme;

/**
 * Links near-duplicate articles as a store ingest does, given the pairs that share an LSH bucket:
 * the articles are taken in the order of their day (published, else the run's day) and id, the
 * order in which a store that ingests them in that order stores them; each is compared with the
 * earlier articles it shares a bucket with and is dated at most {@link NearDuplicateScheme#WINDOW_DAYS}
 * apart from; the most similar one (the earliest of equals) decides, and at a similarity of at least
 * {@link NearDuplicateScheme#THRESHOLD} the article is linked to the root of that one's cluster (a
 * copy of a copy links to the original), with the similarity to the one it was compared with.
 */
final class DuplicateLinker {
    /** Two articles that share a bucket, with their days and the similarity of their signatures. */
    record Candidate(String a, LocalDate dayA, String b, LocalDate dayB, double similarity) {
        Candidate {
            if (a == null || b == null || dayA == null || dayB == null || a.equals(b)) {
                throw new IllegalArgumentException("a candidate pair needs two different dated articles");
            }
        }
    }

    /** {@code article} is a near-duplicate of {@code duplicateOf}, the first of its cluster. */
    record Link(String article, LocalDate day, String duplicateOf, double similarity) {}

    private record Key(LocalDate day, String id) {}

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::day).thenComparing(Key::id);

    private DuplicateLinker() {}

    /** The links among the candidates' articles, in article order. */
    static List<Link> link(List<Candidate> candidates) {
        TreeMap<Key, List<Key>> earlier = new TreeMap<>(ORDER);
        Map<Key, Map<Key, Double>> similarity = new HashMap<>();
        for (Candidate c : candidates) {
            if (Math.abs(c.dayA().toEpochDay() - c.dayB().toEpochDay()) > NearDuplicateScheme.WINDOW_DAYS) {
                continue;
            }
            Key a = new Key(c.dayA(), c.a());
            Key b = new Key(c.dayB(), c.b());
            Key first = ORDER.compare(a, b) < 0 ? a : b;
            Key later = first == a ? b : a;
            earlier.computeIfAbsent(later, k -> new ArrayList<>()).add(first);
            earlier.computeIfAbsent(first, k -> new ArrayList<>());
            similarity.computeIfAbsent(later, k -> new HashMap<>()).put(first, c.similarity());
        }
        Map<Key, String> roots = new HashMap<>();
        List<Link> links = new ArrayList<>();
        for (Map.Entry<Key, List<Key>> entry : earlier.entrySet()) {
            Key p = entry.getKey();
            Key best = null;
            double bestSim = -1;
            for (Key e : entry.getValue()) {
                double sim = similarity.get(p).get(e);
                if (sim > bestSim || (sim == bestSim && ORDER.compare(e, best) < 0)) {
                    bestSim = sim;
                    best = e;
                }
            }
            if (best != null && bestSim >= NearDuplicateScheme.THRESHOLD) {
                String root = roots.getOrDefault(best, best.id());
                if (!root.equals(p.id())) {
                    roots.put(p, root);
                    links.add(new Link(p.id(), p.day(), root, bestSim));
                }
            }
        }
        return links;
    }
}
