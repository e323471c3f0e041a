package org.dyad.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.EventActor;
import org.dyad.core.facts.PloverType;

/**
 * A judged precision sample (testdata/eval/precision-sample): events Dyad emitted on real
 * articles no gold set holds, each judged right or wrong by a reader against PLOVER's
 * definitions, the wrong ones with the mechanism that made them. Re-scoring codes the articles
 * again and looks each asserted event up by its key: events judged before count as judged, the
 * others are listed to be judged, and judged events no longer emitted are counted as removed.
 */
public final class JudgedSample {
    /** The material-conflict types of the real-news measure. */
    static final Set<PloverType> MATERIAL_CONFLICT = Set.of(PloverType.PROTEST, PloverType.SANCTION,
            PloverType.MOBILIZE, PloverType.COERCE, PloverType.ASSAULT);

    /** What identifies an emitted event: article, trigger offset in the raw text, CAMEO code, source and target codes. */
    public record Key(String article, int triggerStart, String cameo, String source, String target) {
        public Key {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(cameo, "cameo");
            source = source == null ? "" : source;
            target = target == null ? "" : target;
            if (triggerStart < 0) {
                throw new IllegalArgumentException("a trigger offset is never negative: " + triggerStart);
            }
        }

        public static Key of(Event e) {
            return new Key(e.articleId(), e.triggerSpan().start(), e.cameo(), e.source().code().code(),
                    e.target().map(EventActor::code).map(c -> c.code()).orElse(""));
        }

        @Override
        public String toString() {
            return article + "@" + triggerStart + " " + cameo + " " + source + " -> " + (target.isEmpty() ? "-" : target);
        }
    }

    /** One judged event: its key, PLOVER type (empty for a statement), verdict and, when wrong, the mechanism. */
    public record Judgment(Key key, Optional<PloverType> type, boolean right, String mechanism) {
        public Judgment {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(type, "type");
            mechanism = mechanism == null ? "" : mechanism;
            if (!right && mechanism.isBlank()) {
                throw new IllegalArgumentException("a wrong event names its mechanism: " + key);
            }
        }
    }

    /** Counts of one measure: emitted events judged right, judged wrong, not judged yet; judged events no longer emitted. */
    public record Tally(int right, int wrong, int unjudged, int removedRight, int removedWrong) {
        /** Precision among the emitted events that were judged. */
        public double precision() {
            return right + wrong == 0 ? 0 : (double) right / (right + wrong);
        }
    }

    /** The outcome: PLOVER-typed events, material conflict, statements, the wrong ones by mechanism, the events to judge. */
    public record Result(Tally typed, Tally materialConflict, Tally statements, Map<String, Integer> wrongByMechanism,
            List<Event> unjudged) {
        public Result {
            wrongByMechanism = Map.copyOf(wrongByMechanism);
            unjudged = List.copyOf(unjudged);
        }
    }

    private final Map<Key, Judgment> judgments;

    public JudgedSample(List<Judgment> judgments) {
        Map<Key, Judgment> byKey = new LinkedHashMap<>();
        for (Judgment j : judgments) {
            byKey.put(j.key(), j);
        }
        this.judgments = Map.copyOf(byKey);
    }

    /** Reads a judged file, one JSON object a line ({@code article, trigger_start, cameo, plover, source, target, verdict, mechanism}). */
    public static JudgedSample read(Reader in, String name) {
        ObjectMapper json = new ObjectMapper();
        List<Judgment> out = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(in)) {
            String line;
            int n = 0;
            while ((line = lines.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                out.add(judgment(json, line, name, n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return new JudgedSample(out);
    }

    private static Judgment judgment(ObjectMapper json, String line, String name, int n) {
        try {
            JsonNode o = json.readTree(line);
            String verdict = o.path("verdict").asText("");
            if (!verdict.equals("right") && !verdict.equals("wrong")) {
                throw new GoldFormatException(name, n, "verdict must be 'right' or 'wrong', not '" + verdict + "'");
            }
            Key key = new Key(o.path("article").asText(), o.path("trigger_start").asInt(-1), o.path("cameo").asText(),
                    o.path("source").asText(""), o.path("target").asText(""));
            Optional<PloverType> type = o.path("plover").isTextual()
                    ? Optional.of(PloverType.valueOf(o.path("plover").asText())) : Optional.empty();
            return new Judgment(key, type, verdict.equals("right"), o.path("mechanism").asText(""));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new GoldFormatException(name, n, "not a JSON object (" + e.getOriginalMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new GoldFormatException(name, n, e.getMessage());
        }
    }

    /** Scores the asserted events of one coding of the sample's articles. */
    public Result score(List<Event> events) {
        int[] typed = new int[3];
        int[] conflict = new int[3];
        int[] statements = new int[3];
        Map<String, Integer> mechanisms = new TreeMap<>();
        List<Event> unjudged = new ArrayList<>();
        java.util.Set<Key> seen = new java.util.HashSet<>();
        for (Event e : events) {
            Key key = Key.of(e);
            Judgment j = judgments.get(key);
            Optional<PloverType> type = e.plover().map(p -> p.type());
            int slot = j == null ? 2 : j.right() ? 0 : 1;
            if (j == null) {
                unjudged.add(e);
            } else {
                seen.add(key);
                if (!j.right() && type.isPresent()) {
                    mechanisms.merge(j.mechanism(), 1, Integer::sum);
                }
            }
            (type.isEmpty() ? statements : typed)[slot]++;
            if (type.filter(MATERIAL_CONFLICT::contains).isPresent()) {
                conflict[slot]++;
            }
        }
        int[] removedTyped = new int[2];
        int[] removedConflict = new int[2];
        int[] removedStatements = new int[2];
        for (Judgment j : judgments.values()) {
            if (seen.contains(j.key())) {
                continue;
            }
            int slot = j.right() ? 0 : 1;
            (j.type().isEmpty() ? removedStatements : removedTyped)[slot]++;
            if (j.type().filter(MATERIAL_CONFLICT::contains).isPresent()) {
                removedConflict[slot]++;
            }
        }
        return new Result(tally(typed, removedTyped), tally(conflict, removedConflict),
                tally(statements, removedStatements), mechanisms, unjudged);
    }

    private static Tally tally(int[] emitted, int[] removed) {
        return new Tally(emitted[0], emitted[1], emitted[2], removed[0], removed[1]);
    }
}
