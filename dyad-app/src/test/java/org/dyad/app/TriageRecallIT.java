package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.app.eval.EvalReport;
import org.dyad.app.eval.GoldReader;
import org.dyad.app.eval.GoldRecord;
import org.dyad.codebooks.Codebooks;
import org.dyad.codebooks.tabari.TabariDictionaries;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.doc.Article;
import org.dyad.core.doc.Document;
import org.dyad.core.facts.Event;
import org.dyad.core.pipeline.SentenceTriage;
import org.dyad.core.text.Span;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast path's triage against the full path, with CoreNLP: every sentence in which the full
 * path codes an event (or a mention of one) must be one the triage selects from the cheap layers
 * alone, on the gold sets' texts (the PLOVER dev set, the PETRARCH suite with its own
 * dictionaries, the real-news texts) and on bundled VOA stories. A sentence set aside there is an
 * event the fast path loses; the test names it.
 */
class TriageRecallIT {
    private static final Path EVAL = Path.of("..", "testdata", "eval");
    private static final int VOA_STORIES = 12;
    private static CoreNlpAnnotator nlp;
    private static Codebooks books;

    @BeforeAll
    static void loadModels() {
        nlp = new CoreNlpAnnotator();
        books = Codebooks.bundled();
    }

    @Test
    void the_triage_selects_every_event_sentence_of_the_plover_dev_set() throws IOException {
        GoldReader reader = new GoldReader();
        Map<String, String> legacy;
        try (Reader in = new InputStreamReader(EvalReport.class.getResourceAsStream("plover_legacy_event_to_2021.tsv"),
                StandardCharsets.UTF_8)) {
            legacy = reader.legacyTypes(in, "plover_legacy_event_to_2021.tsv");
        }
        try (Reader in = Files.newBufferedReader(EVAL.resolve("plover-gsr/plover_gsr_dev.jsonl"))) {
            assertNoneSetAside(books, Conventions.PLOVER, articles(reader.plover(in, "plover_gsr_dev", legacy)));
        }
    }

    @Test
    void the_triage_selects_every_event_sentence_of_the_petrarch_suite() throws IOException {
        Path gold = EVAL.resolve("petrarch-unit/unit_tests_ud_cameo.jsonl");
        Codebooks suite = TabariDictionaries.fromDirectory(gold.getParent()).codebooks(books);
        try (Reader in = Files.newBufferedReader(gold)) {
            assertNoneSetAside(suite, Conventions.CAMEO,
                    articles(new GoldReader().petrarch(in, "unit_tests_ud_cameo", suite.cameo())));
        }
    }

    @Test
    void the_triage_selects_every_event_sentence_of_the_real_news_texts() throws IOException {
        try (BufferedReader in = Files.newBufferedReader(EVAL.resolve("realnews-dev/wikinews_events.jsonl"))) {
            assertNoneSetAside(books, Conventions.PLOVER, jsonLines(in, Integer.MAX_VALUE));
        }
    }

    @Test
    void the_triage_selects_every_event_sentence_of_voa_stories() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                TriageRecallIT.class.getResourceAsStream("/org/dyad/app/sample/voa_stories.jsonl"), StandardCharsets.UTF_8))) {
            double share = assertNoneSetAside(books, Conventions.PLOVER, jsonLines(in, VOA_STORIES));
            assertTrue(share < 1, "the triage sets some news sentences aside");
        }
    }

    private static List<Article> articles(List<GoldRecord> records) {
        return records.stream().map(r -> new Article(r.id(), r.text(), r.date(), Optional.empty(), Optional.empty()))
                .toList();
    }

    private static List<Article> jsonLines(BufferedReader in, int limit) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        String line;
        while (out.size() < limit && (line = in.readLine()) != null) {
            if (!line.isBlank()) {
                JsonNode n = json.readTree(line);
                out.add(Article.of(n.has("id") ? n.get("id").asText() : "line-" + (out.size() + 1), n.get("text").asText()));
            }
        }
        return out;
    }

    /** Asserts that no event sentence is set aside; returns the share of sentences selected. */
    private static double assertNoneSetAside(Codebooks codebooks, Conventions conventions, List<Article> articles) {
        Engine full = Engine.create(EngineConfig.defaults().withConventions(conventions).withNlpPath(Engine.NlpPath.FULL),
                codebooks, nlp);
        SentenceTriage triage = Engine.NlpPath.triage(codebooks, conventions);
        List<String> setAside = new ArrayList<>();
        int eventSentences = 0;
        int selected = 0;
        int sentences = 0;
        for (Article article : articles) {
            Document doc = full.process(article);
            boolean[] chosen = triage.select(tagged(doc));
            for (int s : eventSentences(doc)) {
                eventSentences++;
                if (!chosen[s]) {
                    setAside.add(doc.id() + " sentence " + s + ": " + doc.sentence(s).rawText());
                }
            }
            sentences += chosen.length;
            for (boolean c : chosen) {
                selected += c ? 1 : 0;
            }
        }
        assertTrue(eventSentences > 0, "the texts have events to keep");
        assertTrue(setAside.isEmpty(), "event sentences the triage set aside:\n" + String.join("\n", setAside));
        return (double) selected / sentences;
    }

    /** The sentences of the full path's events and of their merged mentions. */
    private static Set<Integer> eventSentences(Document doc) {
        Map<Span, Integer> bySpan = new HashMap<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            bySpan.put(doc.sentence(s).rawSpan(), s);
        }
        Set<Integer> out = new TreeSet<>();
        for (Event e : doc.events()) {
            out.add(e.sentenceIndex());
            for (Span m : e.mentions()) {
                Integer s = bySpan.get(m);
                if (s != null) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** The cheap layers of each sentence, as the fast path hands them to its triage. */
    private static List<SentenceTriage.TaggedSentence> tagged(Document doc) {
        List<SentenceTriage.TaggedSentence> out = new ArrayList<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            List<String> words = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            List<String> lemmas = new ArrayList<>();
            for (int t = doc.sentences().firstToken(s); t < doc.sentences().endToken(s); t++) {
                words.add(doc.tokens().word(t));
                tags.add(doc.pos().get(t));
                lemmas.add(doc.lemmas().get(t));
            }
            out.add(new SentenceTriage.TaggedSentence(words, tags, lemmas));
        }
        return out;
    }
}
