package org.dyad.app.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.dyad.core.doc.Document;
import org.dyad.core.event.CodingTrace;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.Factuality;

/**
 * Where gold events are lost and what produced the false ones, counted over records
 * (docs/evaluation.md, "Loss account"). A gold event type the record's scored events lack is
 * charged to the first stage that explains it: an event of that type coded but not scored (its
 * factuality, a target the record requires), built and then dropped, a reading of that type
 * that found no source or no dyad, the sentence set aside by the
 * triage, an event of another type, a reading of another type lost, no reading at all. A type
 * found with the wrong source country is counted by the source's basis. A scored event whose
 * type the gold lacks is counted by its pattern kind, its parties' bases and the mechanisms that
 * produced it. Aggregates only: no record is named. Not thread-safe.
 */
public final class LossAccount {
    /** Why a gold event type is missing from a record's scored events. */
    public enum Loss {
        NOT_SCORED("coded, not scored (factuality / no target)"),
        DROPPED_AFTER_CODING("built, then dropped (discards, merging, a noun's support verb)"),
        NO_SOURCE("a reading of the type, no source found"),
        NO_DYAD("a reading of the type with a source, no dyad (target missing)"),
        TRIAGE("sentence set aside by the triage (not parsed)"),
        OTHER_TYPE("events emitted, of another type"),
        OTHER_READING_LOST("only readings of other types, lost"),
        NO_READING("no verb or noun with a dictionary reading");

        private final String label;

        Loss(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A loss with what qualifies it (a factuality, a stage), or an empty detail. */
    public record Key(Loss loss, String detail) implements Comparable<Key> {
        public Key {
            if (loss == null || detail == null) {
                throw new IllegalArgumentException("a loss key needs its loss and a detail ('' for none)");
            }
        }

        public String label() {
            return detail.isEmpty() ? loss.label() : loss.label() + ": " + detail;
        }

        @Override
        public int compareTo(Key o) {
            int c = loss.compareTo(o.loss);
            return c != 0 ? c : detail.compareTo(o.detail);
        }
    }

    /**
     * One event the engine emitted for a record: its PLOVER type (empty for none), source code,
     * whether the evaluation scores it, its factuality, and the coder's record of it when found.
     */
    public record Emitted(Optional<String> type, String source, boolean scored, Factuality factuality,
            Optional<CodingTrace.Built> built) {
        public Emitted {
            if (type == null || source == null || factuality == null || built == null) {
                throw new IllegalArgumentException("an emitted event needs a type (empty for none), a source and a factuality");
            }
        }

        String country() {
            return source.length() <= 3 ? source : source.substring(0, 3);
        }
    }

    /** What the engine did with one record: the events it emitted and the coder's trace. */
    public record RecordCoding(List<Emitted> emitted, CodingTrace trace) {
        public RecordCoding {
            emitted = List.copyOf(emitted);
            if (trace == null) {
                throw new IllegalArgumentException("a record's coding needs its trace");
            }
        }

        /** A processed document's events, {@code scored} saying which the evaluation counts, with their trace. */
        public static RecordCoding of(Document doc, CodingTrace trace, Predicate<Event> scored) {
            List<CodingTrace.Built> built = trace.attempts().stream().flatMap(a -> a.built().stream()).toList();
            List<Emitted> emitted = doc.events().stream().map(e -> new Emitted(e.plover().map(p -> p.type().name()),
                    e.source().code().code(), scored.test(e), e.factuality(),
                    built.stream().filter(b -> b.isOf(e)).findFirst())).toList();
            return new RecordCoding(emitted, trace);
        }
    }

    private final Map<Key, Integer> losses = new TreeMap<>();
    private final Map<String, Integer> wrongCountry = new TreeMap<>();
    private final Map<String, Map<String, Integer>> falseEvents = new TreeMap<>();
    private int goldTypes;
    private int falseCount;

    /** Accounts for one record. */
    public void add(GoldRecord gold, RecordCoding coding) {
        Set<String> goldTypes = new LinkedHashSet<>();
        gold.events().forEach(e -> goldTypes.add(e.type()));
        List<Emitted> scored = coding.emitted().stream().filter(Emitted::scored).toList();
        for (String type : goldTypes) {
            this.goldTypes++;
            if (scored.stream().noneMatch(e -> e.type().filter(type::equals).isPresent())) {
                losses.merge(lossOf(type, coding, scored), 1, Integer::sum);
            }
        }
        for (GoldEvent e : gold.events()) {
            String country = country(e.source());
            List<Emitted> ofType = scored.stream().filter(p -> p.type().filter(e.type()::equals).isPresent()).toList();
            if (!country.isEmpty() && !ofType.isEmpty() && ofType.stream().noneMatch(p -> p.country().equals(country))) {
                wrongCountry.merge(ofType.get(0).built().map(b -> b.sourceBasis().name()).orElse("untraced"), 1,
                        Integer::sum);
            }
        }
        for (Emitted p : scored) {
            if (p.type().filter(goldTypes::contains).isEmpty()) {
                falseCount++;
                count("pattern", p.built().map(b -> b.pattern().name()).orElse("untraced"));
                count("source", p.built().map(b -> b.sourceBasis().name()).orElse("untraced"));
                count("target", p.built().map(b -> b.targetBasis().map(ActorBasis::name).orElse("none"))
                        .orElse("untraced"));
                p.built().ifPresentOrElse(b -> {
                    if (b.mechanisms().isEmpty()) {
                        count("mechanism", "none");
                    }
                    b.mechanisms().forEach(m -> count("mechanism", m.name()));
                }, () -> count("mechanism", "untraced"));
            }
        }
    }

    private static Key lossOf(String type, RecordCoding coding, List<Emitted> scored) {
        Predicate<Optional<?>> ofType = t -> t.map(o -> o instanceof Enum<?> en ? en.name() : o.toString())
                .filter(type::equals).isPresent();
        Optional<Emitted> unscored = coding.emitted().stream().filter(e -> !e.scored() && ofType.test(e.type()))
                .findFirst();
        if (unscored.isPresent()) {
            return new Key(Loss.NOT_SCORED, unscored.get().factuality().label());
        }
        List<CodingTrace.Attempt> attempts = coding.trace().attempts();
        if (attempts.stream().flatMap(a -> a.built().stream()).anyMatch(b -> ofType.test(b.type()))) {
            return new Key(Loss.DROPPED_AFTER_CODING, "");
        }
        Optional<CodingTrace.Attempt> lost = attempts.stream()
                .filter(a -> a.outcome() != CodingTrace.Outcome.CODED && ofType.test(a.type())).findFirst();
        if (lost.isPresent()) {
            return new Key(switch (lost.get().outcome()) {
                case NO_SOURCE -> Loss.NO_SOURCE;
                case NO_DYAD, NO_PATTERN, NOT_AN_EVENT, NO_CODE, CODED -> Loss.NO_DYAD;
            }, shape(lost.get()));
        }
        if (!coding.trace().parsed().isEmpty() && coding.trace().parsed().stream().noneMatch(p -> p)) {
            return new Key(Loss.TRIAGE, "");
        }
        if (!scored.isEmpty()) {
            return new Key(Loss.OTHER_TYPE, "");
        }
        Optional<CodingTrace.Attempt> other = attempts.stream().filter(a -> a.cameo().isPresent()
                && a.outcome() != CodingTrace.Outcome.CODED).findFirst();
        if (other.isPresent()) {
            String shape = shape(other.get());
            return new Key(Loss.OTHER_READING_LOST, other.get().outcome().name().toLowerCase(java.util.Locale.ROOT)
                    + (shape.isEmpty() ? "" : " (" + shape + ")"));
        }
        List<String> tried = new ArrayList<>();
        attempts.stream().map(a -> a.outcome().name().toLowerCase(java.util.Locale.ROOT)).distinct().forEach(tried::add);
        return new Key(Loss.NO_READING, tried.isEmpty() ? "no predicate parsed" : String.join(", ", tried));
    }

    /** What stood where a reading that found no source looked for one, as a detail; empty otherwise. */
    private static String shape(CodingTrace.Attempt a) {
        return a.subject().map(s -> s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).orElse("");
    }

    private void count(String dimension, String value) {
        falseEvents.computeIfAbsent(dimension, d -> new TreeMap<>()).merge(value, 1, Integer::sum);
    }

    /** The country a gold source names, or empty when it names none ({@link GoldEvent#ANY_PARTY}). */
    private static String country(String source) {
        return source.equals(GoldEvent.ANY_PARTY) || source.startsWith("-") ? ""
                : source.length() <= 3 ? source : source.substring(0, 3);
    }

    /** Gold event types over all records (each type once per record). */
    public int goldTypes() {
        return goldTypes;
    }

    /** Gold event types not found, by why. */
    public Map<Key, Integer> losses() {
        return Map.copyOf(losses);
    }

    /** Gold events whose type was found with no source of the gold's country, by the basis of the found event's source. */
    public Map<String, Integer> wrongSourceCountry() {
        return Map.copyOf(wrongCountry);
    }

    /** Scored events of a type the record's gold lacks. */
    public int falseEvents() {
        return falseCount;
    }

    /** The false events by dimension ({@code pattern}, {@code source}, {@code target}, {@code mechanism}) and value. */
    public Map<String, Map<String, Integer>> falseEventsBy() {
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        falseEvents.forEach((d, v) -> out.put(d, Map.copyOf(v)));
        return out;
    }
}
