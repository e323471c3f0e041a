package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.core.doc.Article;
import org.dyad.store.CodingProvenance;
import org.dyad.store.EventStore;
import org.dyad.store.IngestItem;
import org.dyad.store.IngestResult;
import org.dyad.store.NearDuplicateScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's near-duplicate links are the links a store ingest makes of the same articles taken in
 * the job's order (day, then id): checked on the 89 VOA stories with cut copies, copies of copies,
 * a copy outside the seven-day window and a copy dated before its original.
 */
class DuplicateLinkerTest {
    @TempDir
    Path dir;

    @Test
    void links_agree_with_a_store_ingest_in_day_and_id_order() {
        List<Article> articles = corpus();
        List<DuplicateLinker.Link> links = DuplicateLinker.link(bucketPairs(articles));

        List<String> stored = new ArrayList<>();
        try (EventStore store = EventStore.open(dir.resolve("dedup.duckdb"))) {
            articles.stream().sorted(Comparator.comparing((Article a) -> a.published().orElseThrow())
                    .thenComparing(Article::id)).forEach(a -> {
                        IngestResult r = store.store(IngestItem.of(a, List.of(), CodingProvenance.uncoded("test")));
                        r.duplicateOf().ifPresent(d -> stored.add(a.id() + " -> " + d.original() + " "
                                + d.similarity()));
                    });
        }
        List<String> job = links.stream().map(l -> l.article() + " -> " + l.duplicateOf() + " " + l.similarity())
                .toList();
        assertEquals(stored, job);
        assertTrue(job.size() >= 10, "the corpus has copies to link: " + job);
    }

    @Test
    void copies_link_to_the_first_of_their_cluster_and_a_copy_outside_the_window_to_nothing() {
        List<DuplicateLinker.Link> links = DuplicateLinker.link(bucketPairs(corpus()));
        Set<String> linked = new HashSet<>();
        for (DuplicateLinker.Link l : links) {
            linked.add(l.article());
            if (l.article().startsWith("cut")) {
                // The copy dated three days before the original is the first of the cluster.
                assertEquals("early-" + l.article().substring(l.article().indexOf('-') + 1), l.duplicateOf(),
                        l.article());
            }
        }
        String first = VoaStories.articles().get(0).id();
        assertTrue(linked.contains("cut2-" + first), "the second-generation copy is linked");
        assertTrue(!linked.contains("late-" + first), "a copy 30 days later is out of the window");
    }

    /** The stories, and for every seventh one copies with cuts, one of them dated too late to compare. */
    private static List<Article> corpus() {
        List<Article> stories = VoaStories.articles();
        List<Article> out = new ArrayList<>(stories);
        for (int i = 0; i < stories.size(); i += 7) {
            Article a = stories.get(i);
            LocalDate day = a.published().orElseThrow();
            String cut = a.text().substring(0, a.text().length() * 9 / 10);
            String cutTwice = cut.substring(cut.length() / 12);
            out.add(copy(a, "cut-" + a.id(), cut, day.plusDays(1)));
            out.add(copy(a, "cut2-" + a.id(), cutTwice, day.plusDays(2)));
            out.add(copy(a, "early-" + a.id(), cut, day.minusDays(3)));
            out.add(copy(a, "late-" + a.id(), a.text(), day.plusDays(30)));
        }
        return out;
    }

    private static Article copy(Article a, String id, String text, LocalDate day) {
        return new Article(id, text, java.util.Optional.of(day), a.url(), a.title());
    }

    /** Every pair of articles that share a band bucket, as the job's band join finds them. */
    static List<DuplicateLinker.Candidate> bucketPairs(List<Article> articles) {
        List<int[]> sigs = articles.stream().map(a -> NearDuplicateScheme.signature(a.text())).toList();
        List<DuplicateLinker.Candidate> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Set<Long> buckets = new HashSet<>();
            for (long b : NearDuplicateScheme.bands(sigs.get(i))) {
                buckets.add(b);
            }
            for (int j = i + 1; j < articles.size(); j++) {
                boolean shared = false;
                for (long b : NearDuplicateScheme.bands(sigs.get(j))) {
                    shared |= buckets.contains(b);
                }
                if (shared) {
                    Article a = articles.get(i);
                    Article b = articles.get(j);
                    out.add(new DuplicateLinker.Candidate(a.id(), a.published().orElseThrow(), b.id(),
                            b.published().orElseThrow(), NearDuplicateScheme.similarity(sigs.get(i), sigs.get(j))));
                }
            }
        }
        return out;
    }
}
